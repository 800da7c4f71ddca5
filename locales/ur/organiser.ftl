# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = یہ کمانڈ صرف فورم کے منتظمین کے لیے ہے۔
org-plan-usage = منصوبوں کی کمانڈز:
    /propose اور اگلی سطروں میں منصوبے کا YAML — منصوبہ تجویز کریں
    /validate اور اس کے بعد YAML — منصوبہ محفوظ کیے بغیر جانچیں
    /preview <plan-id> [language] — بالکل ویسا دیکھیں جیسا فالوور کو نظر آئے گا
    /approve <plan-id> — منظوری دیں ({ $required } منتظمین کی منظوری ضروری ہے)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — ابھی یا کسی مقررہ وقت پر شائع کریں (UTC)
    /cancel <plan-id> — منصوبہ روک دیں
    /status [plan-id] — منصوبوں اور ترسیل کی صورتحال
    /clitoken — منصوبوں کے کمانڈ لائن ٹول کے لیے آپ کا ذاتی ٹوکن (npm run plan)
org-plan-invalid = اس منصوبے میں یہ مسائل ہیں:
    { $errors }
org-plan-valid = ✅ منصوبہ «{ $id }» درست ہے: { $tasks } کام، زبانیں: { $languages }۔
org-plan-proposed = 📝 منصوبہ «{ $id }» تجویز کر دیا گیا۔ اسے مختلف منتظمین کی { $required } منظوریاں درکار ہیں (/approve { $id })۔
org-plan-locked = منصوبہ «{ $id }» پہلے ہی بھیجا جا چکا ہے اور اب اس میں تبدیلی نہیں ہو سکتی۔
org-plan-busy = ایک اور منتظم اس وقت منصوبہ «{ $id }» میں تبدیلی کر رہا ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
org-plan-revised = آپ کی منظوری کے دوران منصوبہ «{ $id }» بدل دیا گیا، اس لیے آپ کی منظوری صرف پرانے نسخے کے لیے شمار ہوئی ہے۔ نیا نسخہ دیکھیں (/preview { $id }) اور اسے دوبارہ منظور کریں۔
org-plan-unknown = مجھے «{ $id }» نام کا کوئی منصوبہ معلوم نہیں۔
org-plan-approved = 👍 منظور کر لیا گیا۔ منصوبہ «{ $id }» کو { $required } میں سے { $count } منظوریاں مل چکی ہیں۔
org-plan-quorum = ✅ منصوبہ «{ $id }» کو مطلوبہ { $required } منظوریاں مل گئی ہیں اور اب اسے شائع کیا جا سکتا ہے (/publish { $id })۔
org-plan-not-approved = منصوبہ «{ $id }» کو پہلے { $required } منظوریاں درکار ہیں؛ ابھی اسے { $count } ملی ہیں۔
org-plan-scheduled = ⏰ منصوبہ «{ $id }» { $at } (UTC) پر شائع ہوگا۔
org-plan-publishing = 🚀 منصوبہ «{ $id }» ابھی بھیجا جا رہا ہے۔ پیش رفت دیکھنے کے لیے /status { $id } بھیجیں۔
org-plan-cancelled = 🛑 منصوبہ «{ $id }» منسوخ کر دیا گیا۔ اب یہ کسی اور کو نہیں بھیجا جائے گا۔
org-plan-bad-state = منصوبہ «{ $id }» کی حالت { $status } ہے؛ یہ کام ابھی نہیں ہو سکتا۔
org-plan-bad-time = میں یہ وقت نہیں سمجھ سکا۔ UTC میں YYYY-MM-DDTHH:MM استعمال کریں، مثلاً 2026-12-01T18:00۔
org-status-line = { $id }: { $status } · منظوریاں { $approvals }/{ $required } · بھیجے گئے { $sent }، زیرِ التوا { $pending }، ناکام { $failed }، بلاک { $blocked }
org-status-none = ابھی کوئی منصوبہ نہیں ہے۔
org-preview-note = 👀 پیش نظارہ ({ $language }) — بالکل وہی جو فالوورز دیکھیں گے:

org-clitoken = 🔑 یہ منصوبوں کے کمانڈ لائن ٹول کے لیے آپ کا ذاتی ٹوکن ہے۔ یہ صرف اسی ایک بار دکھایا جائے گا؛ نیا /clitoken اس کی جگہ لے لے گا۔
    { $token }
    اسے یوں استعمال کریں: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    اسے راز میں رکھیں: جس کے پاس یہ ہو وہ آپ کے نام سے منصوبے منظور اور شائع کر سکتا ہے۔ آپ یہ پیغام اب حذف کر سکتے ہیں۔
org-withdraw-usage = طریقہ: /withdraw <منصوبے کی شناخت> <کام کا نمبر>، مثلاً /withdraw my-plan 2۔ یہ فوراً، بغیر منظوری کے نافذ ہوتا ہے۔
org-withdraw-no-task = منصوبے “{ $id }” کے کام 1 سے { $total } تک ہیں۔
org-withdraw-already = “{ $id }” کا کام { $task } پہلے ہی واپس لیا جا چکا ہے۔
org-withdraw-done = “{ $id }” کا کام { $task } واپس لے لیا گیا: اس کے بٹن اب یہی بتاتے ہیں، یاد دہانیاں اسے چھوڑ دیتی ہیں اور رپورٹیں اسے نہیں گنتیں۔
org-close-usage = طریقہ: /close <منصوبے کی شناخت>۔ منصوبہ ابھی ختم ہو جاتا ہے: یاد دہانیاں رک جاتی ہیں اور اس کی فہرستیں بتاتی ہیں کہ یہ ختم ہو گیا۔
org-close-not-open = “{ $id }” جاری نہیں ({ $status })، اس لیے بند کرنے کو کچھ نہیں۔
org-close-done = “{ $id }” بند کر دیا گیا: یاد دہانیاں رک گئیں اور اس کی فہرستیں اب بتاتی ہیں کہ یہ ختم ہو گیا۔
help-organiser-life = منصوبہ جاری ہونے کے بعد:
    /withdraw <منصوبہ> <کام> — کوئی کام فوراً واپس لیں (غلط لنک، دھوکے والی نقل)
    /close <منصوبہ> — منصوبہ اس کی آخری تاریخ سے پہلے ابھی ختم کریں

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 «{ $id }» کی نشریات
bcast-watch-figures = بھیجے گئے { $sent } · زیرِ التوا { $pending } · ناکام { $failed } · بلاک { $blocked }
bcast-watch-rate = { $rate } فی سیکنڈ · تقریباً { $left } باقی
bcast-watch-rate-unknown = رفتار ناپی جا رہی ہے…
bcast-watch-done = ✅ { $took } میں مکمل ہو گئی۔ یہ حتمی اعداد ہیں۔
