# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (هذه الخطة غير متوفرة بلغتك بعد، لذا إليك نصّها بالإنجليزية.)
plan-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
plan-progress = تم إنجاز { $done } من { $total }
plan-all-done-line = 🎉 أُنجز كل شيء — شكرًا لك!
plan-pledged-line = 🤝 لقد تعهّدت بتنفيذ هذه الخطة.
plan-pledge-button = 🤝 أتعهّد بتنفيذها
plan-sources-button = ℹ️ من أين جاءت هذه المهام
plan-text-hint = عندما تُنهي مهمة، أرسل «تم» متبوعة برقمها (مثلًا: تم 1). أرسل «أتعهد» للتعهّد، أو «تراجع 1» لإلغاء العلامة.
plan-sources-title = ℹ️ مصادر «{ $title }»
plan-source-line = تحقّق منها: { $vettedBy }، بتاريخ { $date }
plan-pledge-thanks = شكرًا لتعهّدك! 🤝
plan-pledge-already = لقد تعهّدت بالفعل — شكرًا لك!
plan-no-such-task = مهام هذه الخطة مرقّمة من 1 إلى { $total }.
plan-complete-thanks = 🎉 أنجزت جميع المهام — شكرًا لك، وجزاك الله خيرًا!
    هل تريد أن يتضاعف الأثر؟ شارك هذا الرابط ليتمكّن غيرك من الانضمام:
    { $link }
plan-complete-thanks-nolink = 🎉 أنجزت جميع المهام — شكرًا لك، وجزاك الله خيرًا!
plan-gone = هذه الخطة لم تعد فعّالة.
plans-none = ليست لديك خطط مفتوحة حاليًا. عندما ينشر المنتدى خطة لإحدى قضاياك، ستصلك هنا.
plans-intro = { $count ->
    [zero] ليست لديك خطط مفتوحة.
    [one] هذه خطتك المفتوحة:
    [two] هاتان خطّتاك المفتوحتان:
    [few] هذه خططك المفتوحة الـ{ $count }:
    [many] هذه خططك المفتوحة، وعددها { $count }:
   *[other] هذه خططك المفتوحة، وعددها { $count }:
}
plan-done-usage = لوضع علامة الإنجاز على مهمة، أرسل «تم» متبوعة برقمها، مثلًا: تم 2
reminder-nudge = 🌱 تذكير لطيف: لقد تعهّدت بتنفيذ «{ $title }». أنجزت حتى الآن { $done } من { $total } — وكل خطوة لها أثرها. قائمة مهامك:
plan-open-until = 🗓️ متاحة حتى { $date }
plan-ended-line = 🏁 انتهت هذه الخطة. شكرًا لك على كل ما قدّمته.
plan-ended-notice = انتهت هذه الخطة، فلم يعد بالإمكان تعليم مهامها. شكرًا لمشاركتك! 🌱
plan-task-withdrawn = سحبها المنتدى
plan-task-withdrawn-notice = سحب المنتدى المهمة { $task }، فلا شيء مطلوب منك فيها. شكرًا لك!
plan-task-figure = أنجزها { $count }
plans-finished = ✅ مكتملة
plans-none-open = ليست لديك خطط مفتوحة حاليًا.
plans-past-title = خطط سابقة:
plans-open-hint = أرسل "خطط" متبوعة برقم لفتح قائمة مهامها (مثلًا: خطط 1)، أو "مصادر 1" لمعرفة مصدر مهامها.
plans-pick-number = أضف رقمًا من 1 إلى { $total }، مثلًا: خطط 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = عندما تُنهي مهمة، أرسل "تم" متبوعة برقمها (مثلًا: تم 1)، أو "تم" وحدها للمهمة الأخيرة. أرسل "تراجع 1" لإلغاء العلامة.
