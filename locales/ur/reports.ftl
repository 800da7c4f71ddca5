# رسائی کی رپورٹیں (انفلوئنسرز اور منتظمین کے لیے) اور انفلوئنسرز کے ٹولز (/claim، /mylink، /report)۔

report-title-audience = 📊 رسائی کی رپورٹ — { $name }
report-title-forum = 📊 رسائی کی رپورٹ — پورا فورم
report-as-of = { $date } تک (UTC)
report-followers-heading = 👥 فالوورز
report-joined = شامل ہوئے: { $all } · پچھلے 7 دن: { $week } · پچھلے 30 دن: { $month }
report-active = فعال: { $active } · رجسٹریشن ادھوری: { $onboarding }
report-left = اشتراک ختم کیا: { $optedOut } · بوٹ کو بلاک کیا: { $blocked }
report-languages = 🗣 زبانیں: { $list }
report-topics = 🏷 مسائل: { $list }
report-breakdown-small = { $min } فعال پیروکاروں سے دکھائی جاتی ہے
report-others = دیگر
report-others-small = دیگر، ہر ایک { $min } سے کم
report-plans-heading = 📋 منصوبے
report-no-plans = 📋 ابھی تک کوئی منصوبہ نہیں بھیجا گیا۔ پہلے منصوبے کے بعد آپ کے اعداد یہاں نظر آئیں گے۔
report-more-plans = { $count ->
    [one] …اور 1 پرانا منصوبہ CSV فائل میں۔
   *[other] …اور { $count } پرانے منصوبے CSV فائل میں۔
}
report-plan-title = «{ $title }» ({ $id })
report-line = { $label }: { $value }
report-stage-reached = جن تک پہنچا
report-stage-pledged = عہد کیا
report-stage-task = کام { $number }
report-stage-completed = سارے کام مکمل
report-percent = { $value }٪
report-rate-of-reached = جن تک پہنچا ان کا { $pct }
report-rate-of-pledged = عہد کرنے والوں کا { $pct }
report-rate-forum = فورم: { $pct }
report-privacy-note = 🔒 صرف مجموعی اعداد، 5 کے قریب ترین عدد تک — کسی کی شناخت ممکن نہیں۔ «<10» کا مطلب ہے 10 سے کم لوگ؛ تفصیل اور شرح صرف بڑے گروہوں کے لیے دکھائی جاتی ہے۔
report-footer-influencer = /mylink — آپ کے لنکس اور QR کوڈ · /report csv — یہ اعداد اسپریڈشیٹ میں · /weekly on — یہ رپورٹ ہر ہفتے · /summaries on — ہر منصوبے کے بعد مختصر خلاصہ
report-footer-organiser = /report کوڈ — ایک انفلوئنسر کی رپورٹ · /report csv — اسپریڈشیٹ میں · /influencer list — تمام انفلوئنسرز
report-usage = صرف /report بھیجیں، یا اسپریڈشیٹ فائل کے لیے /report csv بھیجیں۔
report-not-yours = آپ صرف اپنے ناظرین کی رپورٹ دیکھ سکتے ہیں۔
report-chart-caption = تازہ منصوبوں کا سفر: جن تک پہنچا ← عہد کیا ← ہر کام ← سارے کام مکمل۔
report-chart-title-audience = منصوبوں کا سفر — { $name }
report-chart-title-forum = منصوبوں کا سفر — پورا فورم
report-csv-caption = 📄 آپ کی رسائی کی رپورٹ اسپریڈشیٹ (CSV) میں۔ «<5» ان گروہوں کے لیے ہے جو دکھانے کے لیے بہت چھوٹے ہیں۔
report-csv-button = 📄 اسپریڈشیٹ (CSV)
report-csv-hint = اسپریڈشیٹ فائل کے لیے /report csv بھیجیں۔
report-csv-coming = اسپریڈشیٹ تیار ہو رہی ہے…
report-weekly-intro = 🗓 السلام علیکم! یہ رہی آپ کی ہفتہ وار رسائی کی رپورٹ۔
report-weekly-footer = /weekly off سے ہفتہ وار رپورٹیں بند ہو جائیں گی۔ /report کسی بھی وقت تازہ اعداد دکھاتا ہے۔
report-weekly-on = ✅ آپ کو ہر ہفتے رسائی کی رپورٹ ملے گی، پہلی { $date } کو۔
report-weekly-off = ہفتہ وار رپورٹیں بند ہیں۔ /report سے آپ کسی بھی وقت اپنے اعداد دیکھ سکتے ہیں۔
report-summaries-on = ✅ ہر منصوبہ سب تک پہنچنے کے بعد میں آپ کو مختصر خلاصہ بھیجوں گا۔
report-summaries-off = منصوبوں کے خلاصے بند ہیں۔
report-subscription-usage = /weekly on یا /weekly off، اور /summaries on یا /summaries off بھیجیں۔
report-summary-title = 📣 «{ $title }» اب سب کو بھیج دیا گیا ہے۔
report-summary-audience = آپ کے ناظرین: { $reached } تک پہنچا · اب تک { $pledged } نے عہد کیا۔
report-summary-rate = یعنی جن تک پہنچا ان کا { $pct } — انہیں لانے کا شکریہ۔
report-summary-forum = پورا فورم: { $reached } تک پہنچا۔
report-summary-footer = پوری تصویر کے لیے /report بھیجیں۔

influencer-telegram-only = انفلوئنسر ٹولز صرف ٹیلیگرام میں کام کرتے ہیں۔
influencer-only = یہ فورم کے انفلوئنسرز کے لیے ہے۔ اگر آپ ان میں سے ہیں تو کسی منتظم سے دعوتی کوڈ لیں، پھر /claim کے ساتھ وہ کوڈ بھیجیں۔
influencer-unknown = مجھے «{ $code }» کوڈ والا کوئی انفلوئنسر معلوم نہیں۔
influencer-claim-usage = منتظم کا دیا ہوا دعوتی کوڈ /claim کے بعد بھیجیں، مثال کے طور پر: /claim ABCD234XYZ
influencer-claim-invalid = یہ دعوتی کوڈ درست نہیں یا پہلے استعمال ہو چکا ہے۔ براہِ کرم کسی منتظم سے نیا کوڈ لیں۔
influencer-claimed = 🎉 خوش آمدید، { $name }! آپ کا شمولیتی کوڈ { $code } ہے۔
    /mylink سے آپ کو اپنی ویڈیوز کے لیے شمولیتی لنکس اور QR کوڈ ملیں گے۔
    /report دکھاتا ہے کہ آپ کے ذریعے کتنے لوگ شامل ہوئے اور عمل کیا — صرف مجموعی اعداد، کبھی نام نہیں۔
influencer-usage = انفلوئنسر کمانڈز:
    /influencer add کوڈ [ٹیلیگرام یوزر آئی ڈی] ظاہری نام — انفلوئنسر رجسٹر کریں
    /influencer invite کوڈ — ان کے لیے نیا دعوتی کوڈ، جسے وہ /claim سے استعمال کریں
    /influencer list — تمام رجسٹرڈ
    /report کوڈ — ایک انفلوئنسر کی رپورٹ؛ /report — پورا فورم
influencer-added = ✅ { $name } کو شمولیتی کوڈ { $code } کے ساتھ رجسٹر کر دیا گیا۔
influencer-invite = { $code } کے لیے دعوت: ان سے کہیں کہ مجھے یہ پیغام بھیجیں — /claim { $invite }
    یہ صرف ایک بار کام کرتا ہے۔
influencer-owner-set = ان کی رپورٹیں آپ کے بتائے ہوئے ٹیلیگرام اکاؤنٹ پر جائیں گی۔
influencer-code-taken = کوڈ «{ $code }» پہلے سے استعمال میں ہے (کسی انفلوئنسر یا مسئلے کے لیے)۔ براہِ کرم کوئی اور کوڈ چنیں۔
influencer-bad-args = رجسٹریشن نہیں ہو سکی:
    { $problems }
    طریقہ: /influencer add کوڈ [ٹیلیگرام یوزر آئی ڈی] ظاہری نام
influencer-list-heading = انفلوئنسرز:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = ابھی کوئی انفلوئنسر رجسٹرڈ نہیں۔ /influencer add سے رجسٹر کریں۔
influencer-state-claimed = رپورٹیں ان کے اکاؤنٹ پر جاتی ہیں
influencer-state-invited = دعوت ابھی استعمال نہیں ہوئی
influencer-state-none = ابھی کوئی اکاؤنٹ نہیں

mylink-intro = 🔗 آپ کے شمولیتی لنکس، { $name }:
mylink-topic-intro = 🔗 { $topic } کے لیے آپ کے شمولیتی لنکس، { $name }:
mylink-telegram = ٹیلیگرام: { $link }
mylink-whatsapp = واٹس ایپ: { $link }
mylink-topics-heading = ہر مسئلے کا الگ لنک (شامل ہونے والے کے لیے وہ مسئلہ خود منتخب ہو جاتا ہے):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = یہ لنکس اپنی ویڈیو کی تفصیل میں لگائیں؛ نیچے دیے گئے QR کوڈ ویڈیو کے اندر دکھانے کے لیے ہیں۔ کسی مقصد کے QR کوڈ کے لیے /mylink کے بعد اس کا نام بھیجیں۔
mylink-qr-telegram = QR کوڈ — ٹیلیگرام پر شامل ہوں ({ $code })
mylink-qr-whatsapp = QR کوڈ — واٹس ایپ پر شامل ہوں ({ $code })
mylink-none = شمولیتی لنکس ابھی تیار نہیں (بوٹ کا ٹیلیگرام نام یا واٹس ایپ نمبر موجود نہیں)۔ براہِ کرم کسی منتظم کو بتائیں۔
mylink-unknown-topic = مجھے «{ $topic }» نام کا کوئی مسئلہ معلوم نہیں۔ مسائل: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 رپورٹ کے تمام اعداد اب ریکارڈ سے دوبارہ گنے جا رہے ہیں۔ یہ پس منظر میں ہوتا ہے؛ چند منٹ میں /report درست اعداد دکھائے گا۔
