# فورم کے اجلاس (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    کب: { $date } ({ $place } کے وقت کے مطابق)
    کہاں: { $link }
    مہمان: { $guests }
    ایجنڈا:
    { $agenda }
meeting-invitation-head = 📨 آپ کو فورم کے اجلاس میں مدعو کیا جاتا ہے۔
meeting-invitation-foot = کیا آپ آئیں گے؟ نیچے جواب دیں؛ آپ اپنا جواب کسی بھی وقت بدل سکتے ہیں۔ ایجنڈے کے لیے کوئی نکتہ تجویز کرنے کو /proposal { $id } کے بعد عنوان لکھیں، اور اپنی تحریر اگلی سطروں میں۔
meeting-rsvp-yes = ہاں
meeting-rsvp-no = نہیں
meeting-rsvp-maybe = شاید
meeting-rsvp-hint = جواب کے لیے /rsvp { $id } کے بعد yes (ہاں)، no (نہیں) یا maybe (شاید) لکھیں۔
meeting-rsvp-usage = /rsvp، اجلاس کا کوڈ اور اپنا جواب لکھیں، مثلاً: /rsvp mt4k2x yes (یا no، یا maybe)۔
meeting-rsvp-saved-yes = ✅ درج کر لیا: آپ آ رہے ہیں۔ وہیں ملاقات ہو گی!
meeting-rsvp-saved-no = درج کر لیا: اس بار آپ نہیں آ سکتے۔ بتانے کا شکریہ۔
meeting-rsvp-saved-maybe = درج کر لیا: شاید۔ آپ اپنا جواب کسی بھی وقت بدل سکتے ہیں۔
meeting-is-cancelled = ❌ یہ اجلاس منسوخ کر دیا گیا ہے۔
meeting-is-over = یہ اجلاس ختم ہو چکا ہے۔
meeting-unknown = مجھے “{ $id }” نام کا کوئی اجلاس معلوم نہیں۔ /meeting آنے والے اجلاس دکھاتا ہے۔
meeting-proposals-title = تجاویز ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [one] ایک رکن کی حمایت
       *[other] { $count } اراکین کی حمایت
    }
meeting-rsvp-counts = جوابات: { $yes } ہاں، { $maybe } شاید، { $no } نہیں؛ { $none } نے ابھی جواب نہیں دیا۔
meeting-minutes-title = 📝 کارروائی:
meeting-none = ابھی کوئی اجلاس طے نہیں۔
meeting-list-title = آنے والے اجلاس:
meeting-list-line = • { $id }: { $topic } — { $date } ({ $place } کے وقت کے مطابق)
meeting-usage = اجلاس کی کمانڈز (منتظمین کے لیے):
    /meeting schedule، پھر ہر خانہ الگ سطر میں (خانوں کے نام انگریزی ہی میں رہیں گے):
      when: 2026-12-15 18:00 Europe/Istanbul (یا کسی شہر کا نام، یا UTC+3)
      link: https://…
      topic: …
      guests: نام; نام (جیسے وہ دکھانا چاہیں)
      agenda: نکتہ; نکتہ
    /meeting move <کوڈ> <تاریخ وقت زون> — نیا وقت (اراکین کو بتایا جاتا ہے)
    /meeting cancel <کوڈ> — منسوخ کریں (اراکین کو بتایا جاتا ہے)
    /meeting list — آنے والے اجلاس؛ /meeting show <کوڈ> — ایک اجلاس، اس کی تجاویز اور جوابات
    /minutes <کوڈ>، پھر کارروائی، اور ہر اُس تجویز کے لیے جو منصوبہ بنی ایک سطر “plan: <تجویز> <منصوبے کی شناخت>”
meeting-member-usage = /meeting list آنے والے اجلاس دکھاتا ہے، اور /meeting show کے بعد اجلاس کا کوڈ اس کا ایجنڈا، تجاویز اور اب تک کے جوابات دکھاتا ہے۔
meeting-schedule-errors = میں یہ اجلاس ابھی طے نہیں کر سکا:
meeting-error-when = “when:” میں تاریخ، وقت اور زون ہونا چاہیے، جیسے 2026-12-15 18:00 Europe/Istanbul۔
meeting-error-date = یہ تاریخ یا وقت موجود نہیں؛ براہِ کرم دن، مہینہ اور گھنٹہ دیکھ لیں۔
meeting-error-zone = میں یہ ٹائم زون یا شہر نہیں پہچانتا۔ Asia/Karachi جیسا زون، کراچی جیسا شہر یا UTC+5 جیسا فرق آزمائیں۔
meeting-error-past = یہ وقت گزر چکا ہے؛ براہِ کرم آگے کا کوئی وقت چنیں۔
meeting-error-missing-when = براہِ کرم تاریخ، وقت اور زون کے ساتھ “when:” کی سطر شامل کریں۔
meeting-error-missing-link = براہِ کرم اجلاس کے پتے کے ساتھ (https:// سے شروع ہونے والا) “link:” کی سطر شامل کریں۔
meeting-error-missing-topic = براہِ کرم “topic:” کی سطر شامل کریں جو بتائے کہ اجلاس کس بارے میں ہے۔
meeting-error-link = لنک https:// سے شروع ہونے والا مکمل پتہ ہونا چاہیے۔
meeting-error-long = ایک سطر بہت لمبی ہے (زیادہ سے زیادہ 200 حروف)۔
meeting-error-empty = ایک سطر خالی ہے۔
meeting-error-guests = مہمان بہت زیادہ ہیں: زیادہ سے زیادہ 12۔
meeting-error-agenda = ایجنڈا لمبا ہے: زیادہ سے زیادہ 15 نکات۔
meeting-error-line = یہ سطر میری سمجھ میں نہیں آئی: “{ $line }”۔ ہر سطر when:، link:، topic:، guests: یا agenda: سے شروع ہوتی ہے۔
meeting-scheduled = ✅ اجلاس { $id } طے ہو گیا: { $topic }، { $date } ({ $place } کے وقت کے مطابق)۔
    بھیجے جا رہے دعوت نامے: { $invited }، ہر رکن کو اس کی اپنی زبان اور وقت کے مطابق۔
meeting-unreachable = جن اراکین تک بوٹ ابھی نہیں پہنچ سکتا: { $unreachable }۔ بوٹ کو ان کی طرف سے کبھی کوئی پیغام نہیں ملا؛ جیسے ہی وہ بوٹ کو لکھیں گے، انہیں دعوت مل جائے گی۔
meeting-moved = ✅ اجلاس { $id } اب { $date } ({ $place } کے وقت کے مطابق) کو ہو گا۔ مدعو اراکین کو بتایا جا رہا ہے۔
meeting-moved-notice = 🗓 اجلاس “{ $topic }” کا وقت بدل گیا ہے: { $date } ({ $place } کے وقت کے مطابق)۔ لنک: { $link }
meeting-cancelled = اجلاس { $id } منسوخ ہو گیا۔ مدعو اراکین کو بتایا جا رہا ہے۔
meeting-cancelled-already = اجلاس { $id } پہلے ہی منسوخ ہو چکا تھا۔
meeting-cancelled-notice = ❌ { $date } ({ $place } کے وقت کے مطابق) کو طے شدہ اجلاس “{ $topic }” منسوخ کر دیا گیا ہے۔ اس تبدیلی پر معذرت۔
meeting-reminder-day = ⏰ کل: “{ $topic }”، { $date } ({ $place } کے وقت کے مطابق)۔ لنک: { $link }
meeting-reminder-hour = ⏰ ایک گھنٹے بعد: “{ $topic }”، { $date } ({ $place } کے وقت کے مطابق)۔ لنک: { $link }
meeting-proposal-usage = کوئی نکتہ تجویز کرنے کے لیے /proposal، اجلاس کا کوڈ اور عنوان لکھیں، پھر اپنی تحریر اگلی سطروں میں، مثلاً:
    /proposal mt4k2x سردیوں کی کتاب مہم
    ہر انفلوئنسر کتابوں کی ایک فہرست شیئر کرے…
    کوئی مقالہ شامل کرنا ہو تو اسے دستاویز کے طور پر بھیجیں اور کیپشن میں یہی الفاظ لکھیں۔
meeting-proposal-long = یہ بہت لمبا ہے: عنوان زیادہ سے زیادہ { $title } حروف، اور تحریر زیادہ سے زیادہ { $text } حروف۔
meeting-proposed = ✅ آپ کی تجویز { $id } اجلاس { $meeting } کے ایجنڈے پر ہے۔ اراکین /back { $id } سے اس کی حمایت کر سکتے ہیں۔
meeting-proposal-unknown = مجھے “{ $id }” نام کی کوئی تجویز معلوم نہیں۔
meeting-backed = 👍 آپ تجویز { $id } کی حمایت کرتے ہیں۔ /unback { $id } سے حمایت واپس لے سکتے ہیں۔
meeting-backed-already = آپ پہلے ہی تجویز { $id } کی حمایت کر چکے ہیں۔
meeting-unbacked = تجویز { $id } سے آپ کی حمایت واپس لے لی گئی۔
meeting-unbacked-none = آپ تجویز { $id } کی حمایت نہیں کرتے۔
meeting-minutes-usage = /minutes اور اجلاس کا کوڈ لکھیں، پھر کارروائی اگلی سطروں میں، اور ہر اُس تجویز کے لیے جو منصوبہ بنی ایسی سطر: plan: mt4k2x-1 winter-books
meeting-minutes-early = اجلاس { $id } ابھی شروع نہیں ہوا: کارروائی اس کے بعد لکھی جاتی ہے۔
meeting-plan-unknown = مجھے “{ $id }” نام کا کوئی منصوبہ معلوم نہیں۔ پہلے منصوبہ تجویز کریں، پھر اسے کارروائی میں درج کریں۔
meeting-minutes-long = کارروائی بہت لمبی ہے: زیادہ سے زیادہ { $max } حروف۔ مختصر رکھیں؛ تفصیل منصوبوں میں ہوتی ہے۔
meeting-minutes-saved = ✅ اجلاس { $id } کی کارروائی درج ہو گئی۔
meeting-minutes-plans = اس اجلاس سے نکلنے والے منصوبے: { $plans }۔
meeting-plan-provenance = اجلاس { $meeting } سے
help-meetings = اجلاس:
    /meeting list — آنے والے اجلاس؛ /meeting show <کوڈ> — اس کا ایجنڈا اور تجاویز
    /rsvp <کوڈ> yes، no یا maybe — آپ کا جواب (یا دعوت نامے کے بٹن)
    /proposal <کوڈ> <عنوان> — کوئی نکتہ تجویز کریں، تحریر اگلی سطروں میں
    /back <تجویز> — کسی تجویز کی حمایت کریں؛ /unback حمایت واپس لیتا ہے
help-meetings-organiser = اجلاس (منتظمین کے لیے):
    /meeting — اجلاس طے کریں، وقت بدلیں، منسوخ کریں، فہرست اور تفصیل دیکھیں
    /minutes <کوڈ> — کارروائی اور اجلاس سے نکلنے والے منصوبے درج کریں
    /rsvp، /proposal، /back اور /unback — ہر رکن کی طرح
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = تجویز { $id } کے ساتھ کوئی دستاویز نہیں۔
