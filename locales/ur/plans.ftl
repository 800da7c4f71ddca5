# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (یہ منصوبہ ابھی آپ کی زبان میں دستیاب نہیں، اس لیے یہاں انگریزی میں پیش ہے۔)
plan-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
plan-progress = { $total } میں سے { $done } مکمل
plan-all-done-line = 🎉 سب مکمل — شکریہ!
plan-pledged-line = 🤝 آپ نے یہ کرنے کا عہد کیا ہے۔
plan-pledge-button = 🤝 یہ کرنے کا عہد
plan-sources-button = ℹ️ یہ کام کہاں سے لیے گئے ہیں
plan-text-hint = کوئی کام مکمل کرنے پر «مکمل» اور اس کا نمبر بھیجیں (مثلاً: مکمل 1)۔ عہد کرنے کے لیے «عہد» بھیجیں، اور نشان ہٹانے کے لیے «واپس 1»۔
plan-sources-title = ℹ️ «{ $title }» کے ماخذ
plan-source-line = تصدیق: { $vettedBy }، { $date }
plan-pledge-thanks = عہد کرنے کا شکریہ! 🤝
plan-pledge-already = آپ پہلے ہی عہد کر چکے ہیں — شکریہ!
plan-no-such-task = اس منصوبے میں کام 1 سے { $total } تک ہیں۔
plan-complete-thanks = 🎉 آپ نے تمام کام مکمل کر لیے — شکریہ، اللہ آپ کو جزائے خیر دے!
    اس نیکی کو بڑھانا چاہتے ہیں؟ یہ لنک شیئر کریں تاکہ دوسرے بھی شامل ہو سکیں:
    { $link }
plan-complete-thanks-nolink = 🎉 آپ نے تمام کام مکمل کر لیے — شکریہ، اللہ آپ کو جزائے خیر دے!
plan-gone = یہ منصوبہ اب فعال نہیں رہا۔
plans-none = اس وقت آپ کا کوئی جاری منصوبہ نہیں ہے۔ جب فورم آپ کے مسائل کے لیے کوئی منصوبہ جاری کرے گا، تو وہ یہیں آئے گا۔
plans-intro = { $count ->
    [one] یہ رہا آپ کا جاری منصوبہ:
   *[other] یہ رہے آپ کے { $count } جاری منصوبے:
}
plan-done-usage = کسی کام پر نشان لگانے کے لیے «مکمل» اور اس کا نمبر بھیجیں، مثلاً: مکمل 2
reminder-nudge = 🌱 ایک نرم سی یاد دہانی: آپ نے «{ $title }» کا عہد کیا تھا۔ اب تک { $total } میں سے { $done } مکمل — ہر قدم اہمیت رکھتا ہے۔ آپ کی چیک لسٹ:
plan-open-until = 🗓️ { $date } تک جاری
plan-ended-line = 🏁 یہ منصوبہ ختم ہو گیا ہے۔ آپ نے جو کچھ کیا، اس کا شکریہ۔
plan-ended-notice = یہ منصوبہ ختم ہو چکا ہے، اس لیے اب اس کے کاموں پر نشان نہیں لگایا جا سکتا۔ شرکت کا شکریہ! 🌱
plan-task-withdrawn = فورم نے واپس لے لیا
plan-task-withdrawn-notice = کام { $task } فورم نے واپس لے لیا ہے، اس لیے اس کے لیے کچھ کرنے کی ضرورت نہیں۔ شکریہ!
plan-task-figure = { $count } نے کیا
plans-finished = ✅ مکمل
plans-none-open = اس وقت آپ کا کوئی جاری منصوبہ نہیں ہے۔
plans-past-title = پچھلے منصوبے:
plans-open-hint = کسی منصوبے کی فہرست کھولنے کے لیے "منصوبے" اور اس کا نمبر بھیجیں (مثلاً: منصوبے 1)، یا اس کے کاموں کا ماخذ دیکھنے کے لیے "ذرائع 1"۔
plans-pick-number = 1 سے { $total } تک کوئی نمبر ساتھ لکھیں، مثلاً: منصوبے 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = کوئی کام مکمل کرنے پر "مکمل" اور اس کا نمبر بھیجیں (مثلاً: مکمل 1)، یا آخری کام کے لیے صرف "مکمل"۔ نشان ہٹانے کے لیے "واپس 1" بھیجیں۔
