# فورم کے اراکین اور اس کے فیصلے (src/forum)۔

forum-members-only = یہ کمانڈ فورم کے اراکین کے لیے ہے۔
forum-member-usage = اراکین کی کمانڈز (منتظمین کے لیے):
    /member add <ٹیلیگرام آئی ڈی> influencer <سامعین کے کوڈ> — کسی انفلوئنسر یا رکن تنظیم کو شامل کریں
    /member add <ٹیلیگرام آئی ڈی> organiser — نئے منتظم کی تجویز دیں (فیصلہ فورم کرے گا)
    /member remove <ٹیلیگرام آئی ڈی> — کسی رکن کو نکالیں (منتظم کو فورم کے فیصلے سے)
    /member approve <فیصلہ> — کسی منتظم سے متعلق فیصلے کی منظوری دیں
    /members — فورم میں کون کون ہے
forum-member-exists = یہ شخص پہلے ہی فورم کا رکن ہے۔
forum-member-added = ✅ انفلوئنسر کے طور پر شامل کر لیا گیا، سامعین: { $codes }۔
forum-member-unknown = یہ شخص فورم کا رکن نہیں ہے۔
forum-member-bootstrap = یہ منتظم اُن پہلے منتظمین میں سے ہے جو بوٹ کی ترتیبات (ADMIN_TELEGRAM_IDS) میں درج ہیں۔ اسے صرف بوٹ چلانے والا بدل سکتا ہے۔
forum-member-removed = ✅ فورم سے نکال دیا گیا۔
forum-left = آپ فورم سے نکل گئے ہیں۔ زیرِ التوا منصوبوں پر آپ کی منظوریاں اب شمار نہیں ہوں گی۔ آپ نے جو کچھ کیا، اس کا بہت شکریہ۔
forum-not-member = آپ فورم کے رکن نہیں ہیں۔
forum-decision-unknown = مجھے “{ $id }” نام کا کوئی فیصلہ معلوم نہیں۔
forum-decision-closed = فیصلہ “{ $id }” پر پہلے ہی عمل ہو چکا ہے۔
forum-decision-add-proposed = 📝 نئے منتظم کی تجویز دی گئی (فیصلہ “{ $id }”)۔ آپ کی تجویز آپ کی منظوری شمار ہوتی ہے: { $required } میں سے { $count }۔ دوسرے منتظمین /member approve { $id } سے منظوری دیں۔
forum-decision-remove-proposed = 📝 ایک منتظم کو نکالنے کی تجویز دی گئی (فیصلہ “{ $id }”)۔ آپ کی تجویز آپ کی منظوری شمار ہوتی ہے: { $required } میں سے { $count }۔ دوسرے منتظمین /member approve { $id } سے منظوری دیں۔
forum-decision-approved = 👍 منظور۔ فیصلہ “{ $id }” کو { $required } میں سے { $count } منظوریاں مل چکی ہیں۔
forum-decision-held = ✋ فیصلہ “{ $id }” روکا ہوا ہے: { $objections } اراکین کو اعتراض ہے۔ اعتراض واپس ہونے پر، یا { $required } منظوریوں کے ساتھ ہر اعتراض کے بدلے ایک مزید منظوری ملنے پر یہ آگے بڑھے گا (ابھی { $count })۔
forum-decision-done = ✅ فیصلہ “{ $id }” منظور ہو گیا ({ $count } منظوریاں) اور اس پر عمل ہو گیا۔
forum-plan-held = ✋ منصوبہ “{ $id }” روکا ہوا ہے: { $objections } اراکین کو اعتراض ہے۔ اعتراض واپس ہونے پر، یا { $required } منظوریوں کے ساتھ ہر اعتراض کے بدلے ایک مزید منظوری ملنے پر یہ آگے بڑھے گا (ابھی { $count })۔
forum-objected = ✋ “{ $id }” پر آپ کا اعتراض درج ہو گیا۔ جب تک آپ اسے واپس نہ لیں (/unobject { $id }) یا کافی اراکین پھر بھی منظوری نہ دے دیں، فیصلہ رکا رہے گا۔
forum-objected-already = آپ “{ $id }” پر پہلے ہی اعتراض کر چکے ہیں۔
forum-objection-withdrawn = “{ $id }” پر آپ کا اعتراض واپس لے لیا گیا۔
forum-objection-none = “{ $id }” پر آپ کا کوئی اعتراض نہیں جسے واپس لیا جائے۔
forum-object-usage = /object لکھیں اور اس کے بعد کسی منصوبے یا فیصلے کی آئی ڈی (جیسے m.k3x9p2)؛ /unobject آپ کا اعتراض واپس لیتا ہے۔
forum-members = آج کا فورم:
    منتظمین: { $organisers } (جن میں سے { $bootstrap } بوٹ کی ترتیبات سے)
    انفلوئنسرز اور رکن تنظیمیں: { $influencers } (سامعین: { $codes })
    اس وقت کسی فیصلے کے لیے { $required } منظوریاں درکار ہیں۔
help-forum = فورم کے اراکین کے لیے:
    /members — فورم میں کون کون ہے
    /object <منصوبہ یا فیصلہ> — جس فیصلے سے آپ متفق نہیں اسے روکیں؛ /unobject اعتراض واپس لیتا ہے
    /leave — فورم چھوڑیں
    /profile — آپ کی زبان، ٹائم زون اور وہ زبانیں جن میں آپ منصوبوں کا جائزہ لے سکتے ہیں
    /record <منصوبہ یا فیصلہ> — کس نے تجویز کیا، کس نے منظوری دی اور کس نے اعتراض کیا، اور کب
    /member — اراکین شامل کریں اور نکالیں (منتظمین)
plan-agreed-by = 🤝 { $date } کو { $count ->
        [one] فورم کے ایک رکن
       *[other] فورم کے { $count } اراکین
    } نے اس پر اتفاق کیا۔
plan-file-hint = 📎 لگتا ہے یہ منصوبہ کٹ گیا ہے: ٹیلیگرام کسی پیغام کے صرف پہلے 4096 حروف رکھتا ہے۔ اس کے بجائے منصوبے کی yaml فائل بھیجیں (دستاویز کے طور پر، کیپشن میں /propose یا /validate لکھ کر)۔
forum-profile = فورم میں آپ کا پروفائل:
    زبان: { $language }
    ٹائم زون: { $zone }
    وہ زبانیں جن میں آپ منصوبوں کا جائزہ لے سکتے ہیں: { $speaks }
    فورم کے ریکارڈ میں آپ کا نام: { $name }
    بدلنے کے لیے لکھیں: /profile language ur یا /profile zone Karachi (شہر، ٹائم زون یا UTC+5) یا /profile speaks ur en۔
forum-profile-usage = میں سمجھ نہیں سکا۔ مثال کے طور پر یوں لکھیں:
    /profile language fr
    /profile zone Istanbul (شہر، Asia/Dhaka جیسا ٹائم زون، یا UTC+3)
    /profile speaks ar en — وہ زبانیں جن میں آپ منصوبے کے ترجمے کا جائزہ لے سکتے ہیں
    /profile name آمنہ ک۔ — وہ نام جو فورم کے ریکارڈ میں آپ کے لیے دکھایا جائے (/profile name - اسے ہٹا دیتا ہے)
    زبانیں: ar، en، ur، tr، id، ms، fr، ug، bn۔
forum-record-usage = /record کے بعد منصوبے کی شناخت یا فیصلہ لکھیں (جیسے m.k3x9p2)۔
forum-record-unknown = مجھے «{ $id }» نام کا کوئی منصوبہ یا فیصلہ معلوم نہیں۔
forum-record-plan = 📜 منصوبہ «{ $id }» ({ $title }) کا ریکارڈ، نسخہ { $revision }
forum-record-decision-add = 📜 فیصلہ «{ $id }» کا ریکارڈ: { $member } کو منتظم بنانا
forum-record-decision-remove = 📜 فیصلہ «{ $id }» کا ریکارڈ: { $member } کو منتظمین سے ہٹانا
forum-record-proposed = { $who } نے { $date } کو تجویز کیا۔
forum-record-approvals = منظوریاں:
forum-record-approved = 👍 { $who }، { $date }
forum-record-objections = قائم اعتراضات:
forum-record-objected = ✋ { $who }، { $date } سے
forum-record-none = — ابھی کوئی نہیں
forum-record-tally = شمار ہونے والی منظوریاں: { $required } میں سے { $count } · اعتراضات: { $objections }
forum-record-agreed = ✅ { $date } کو طے پایا۔
forum-record-done = ✅ { $date } کو نافذ ہوا۔
forum-record-ready = اسے مطلوبہ منظوریاں مل چکی ہیں اور اب آگے بڑھا جا سکتا ہے۔
forum-record-waiting = ⏳ ابھی طے نہیں ہوا۔
forum-record-unnamed = ایک رکن جنہوں نے نام نہیں رکھا
forum-record-you = آپ
forum-record-gone = (اب شمار نہیں ہوتی: یہ رکن اب منظوری دینے کے مجاز نہیں)
