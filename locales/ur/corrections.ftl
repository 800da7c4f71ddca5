# بھیجے جانے کے بعد منصوبے کی زندگی: تصحیحات، آخری نتائج، بھیجنا روکنا۔

plan-corrected-note = ✏️ منتظمین نے تصحیح کی: { $changes }
plan-change-task = کام { $task } میں تبدیلی
plan-change-added = کام { $task } شامل کیا گیا
plan-change-withdrawn = کام { $task } واپس لے لیا گیا
plan-change-wording = الفاظ میں بہتری
plan-change-language = اب { $language } میں بھی دستیاب
plan-closing-title = 🏁 «{ $title }» ختم ہو گیا۔ ہم سب نے مل کر یہ کیا:
plan-closing-pledged = • ہم میں سے { $count } نے عمل کا عہد کیا
plan-closing-task = • ہم میں سے { $count }: { $task }
plan-closing-few = 🏁 «{ $title }» ختم ہو گیا۔ حصہ لینے والے اتنے کم تھے کہ اعداد محفوظ طریقے سے نہیں بتائے جا سکتے، لیکن ہر قدم کا اثر ہوا۔
plan-closing-thanks = حصہ لینے کا شکریہ۔

org-correction-usage = بھیجے گئے منصوبے کی تصحیح اور ترسیل:
    /correct اور اگلی سطروں میں درست کیا ہوا YAML — وہی id اور وہی مقاصد، کاموں کی تعداد کم نہ ہو؛ کام 3 واپس لینے کے لیے "withdraw: [3]" لکھیں
    /approve <plan-id> — اس کی تازہ ترین تصحیح منظور کریں
    /pause <plan-id> اور /resume <plan-id> — اس کی ترسیل روکیں یا دوبارہ شروع کریں
    /broadcasts <plan-id> — اس کی ہر ترسیل کی پیش رفت
org-correction-proposed = ✏️ «{ $id }» کی تصحیح { $revision } محفوظ ہو گئی۔ { $required } منتظمین کی منظوری کے بعد بھیجی جائے گی (/approve { $id })۔
org-correction-approved = 👍 منظور۔ «{ $id }» کی تصحیح { $revision }: { $required } میں سے { $count } منظوریاں۔
org-correction-applied = ✅ «{ $id }» کی تصحیح { $revision } منظور ہو کر لاگو ہو گئی: جس کو بھی منصوبہ ملا تھا اسے درست فہرست ملے گی۔ /broadcasts { $id } پیش رفت دکھاتا ہے۔
org-correction-none = «{ $id }» کی کوئی تصحیح منظوری کی منتظر نہیں۔
org-correction-not-live = «{ $id }» ابھی بھیجا نہیں گیا: اسے /propose سے بدلیں۔
org-correction-ended = «{ $id }» ختم ہو چکا ہے، اس لیے اب اس کی تصحیح نہیں ہو سکتی۔
org-correction-same = اس تصحیح سے «{ $id }» میں کچھ نہیں بدلتا۔
org-broadcast-paused = ⏸ { $id } روک دیا گیا: /resume { $plan } تک کوئی نیا پیغام نہیں جائے گا۔
org-broadcast-already-paused = { $id } پہلے ہی رکا ہوا تھا؛ /resume { $plan } اسے جاری کرتا ہے۔
org-broadcast-not-running = اس وقت «{ $id }» کا کچھ بھی نہیں بھیجا جا رہا۔
org-broadcast-not-paused = «{ $id }» کا کچھ بھی رکا ہوا نہیں۔
org-broadcast-resumed = ▶️ «{ $id }» دوبارہ شروع: ترسیل وہیں سے جاری ہے جہاں رکی تھی۔
org-broadcast-line = { $id } ({ $kind }، { $state }): بھیجے گئے { $sent } · باقی { $pending } · ناکام { $failed } · بلاک { $blocked }
