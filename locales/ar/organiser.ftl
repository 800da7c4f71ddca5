# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = هذا الأمر مخصّص لمنظّمي المنتدى.
org-plan-usage = أوامر الخطط:
    /propose متبوعًا بنص الخطة بصيغة YAML في الأسطر التالية — لاقتراح خطة
    /validate متبوعًا بنص YAML — للتحقّق من خطة دون حفظها
    /preview <plan-id> [language] — لرؤيتها تمامًا كما سيراها المتابع
    /approve <plan-id> — للموافقة عليها (يلزم موافقة { $required } من المنظّمين)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — لنشرها الآن أو في وقت محدّد (بتوقيت UTC)
    /cancel <plan-id> — لإيقافها
    /status [plan-id] — لمعرفة حالة الخطط وعمليات الإرسال
    /clitoken — رمزك الشخصي لأداة الخطط في سطر الأوامر (npm run plan)
org-plan-invalid = في هذه الخطة مشكلات:
    { $errors }
org-plan-valid = ✅ الخطة «{ $id }» سليمة: عدد المهام { $tasks }، واللغات: { $languages }.
org-plan-proposed = 📝 تم اقتراح الخطة «{ $id }». عدد الموافقات المطلوبة من منظّمين مختلفين: { $required } (/approve { $id }).
org-plan-locked = الخطة «{ $id }» أُرسلت بالفعل ولا يمكن تعديلها.
org-plan-busy = منظِّم آخر يعدّل الخطة «{ $id }» الآن. حاول مرة أخرى بعد لحظات.
org-plan-revised = تغيّرت الخطة «{ $id }» أثناء موافقتك عليها، لذلك تُحسب موافقتك للنسخة القديمة فقط. راجع النسخة الجديدة (/preview { $id }) ثم وافق عليها من جديد.
org-plan-unknown = لا أعرف خطة باسم «{ $id }».
org-plan-approved = 👍 تمت الموافقة. الموافقات على الخطة «{ $id }»: { $count } من { $required }.
org-plan-quorum = ✅ اكتملت الموافقات المطلوبة على الخطة «{ $id }» ({ $required })، ويمكن نشرها الآن (/publish { $id }).
org-plan-not-approved = الخطة «{ $id }» تحتاج أولًا إلى الموافقات المطلوبة ({ $required })؛ وعدد موافقاتها حاليًا: { $count }.
org-plan-scheduled = ⏰ ستُنشر الخطة «{ $id }» في { $at } (بتوقيت UTC).
org-plan-publishing = 🚀 يجري الآن إرسال الخطة «{ $id }». يعرض الأمر /status { $id } مدى التقدّم.
org-plan-cancelled = 🛑 أُلغيت الخطة «{ $id }». لن تصل إلى أي شخص آخر.
org-plan-bad-state = حالة الخطة «{ $id }» هي: { $status }؛ ولا يمكن تنفيذ ذلك الآن.
org-plan-bad-time = لم أتمكّن من قراءة هذا الوقت. استخدم الصيغة YYYY-MM-DDTHH:MM بتوقيت UTC، مثلًا 2026-12-01T18:00.
org-status-line = { $id }: { $status } · الموافقات { $approvals }/{ $required } · أُرسلت: { $sent }، قيد الانتظار: { $pending }، فشلت: { $failed }، حُظر البوت: { $blocked }
org-status-none = لا توجد خطط بعد.
org-preview-note = 👀 معاينة باللغة: { $language } — هذا تمامًا ما سيراه المتابعون:

org-clitoken = 🔑 هذا رمزك الشخصي لأداة الخطط في سطر الأوامر. لن يظهر إلا هذه المرة، وأي طلب جديد لـ /clitoken يلغيه ويستبدله.
    { $token }
    استخدمه هكذا: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    احتفظ به سرًّا: من يملكه يستطيع الموافقة على الخطط ونشرها باسمك. يمكنك حذف هذه الرسالة الآن.
org-withdraw-usage = الاستخدام: /withdraw <معرّف الخطة> <رقم المهمة>، مثلًا /withdraw my-plan 2. يسري فورًا ودون موافقات.
org-withdraw-no-task = مهام الخطة «{ $id }» من 1 إلى { $total }.
org-withdraw-already = المهمة { $task } من «{ $id }» مسحوبة من قبل.
org-withdraw-done = سُحبت المهمة { $task } من «{ $id }»: أزرارها تقول ذلك الآن، ولا تُذكَّر بها أحدًا، ولا تُحتسب في التقارير.
org-close-usage = الاستخدام: /close <معرّف الخطة>. تنتهي الخطة الآن: تتوقف التذكيرات وتُظهر قوائم مهامها أنها انتهت.
org-close-not-open = «{ $id }» ليست مفتوحة ({ $status })، فلا شيء لإغلاقه.
org-close-done = أُغلقت «{ $id }»: توقفت التذكيرات، وتُظهر قوائم مهامها الآن أنها انتهت.
help-organiser-life = بعد نشر الخطة:
    /withdraw <الخطة> <المهمة> — سحب مهمة فورًا (رابط خاطئ، أو صفحة احتيال مشابهة)
    /close <الخطة> — إنهاء الخطة الآن، قبل موعد انتهائها

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 بثّ الخطة «{ $id }»
bcast-watch-figures = أُرسلت { $sent } · قيد الانتظار { $pending } · فشلت { $failed } · حظروا البوت { $blocked }
bcast-watch-rate = { $rate } في الثانية · يتبقّى نحو { $left }
bcast-watch-rate-unknown = جارٍ قياس السرعة…
bcast-watch-done = ✅ اكتمل البثّ في { $took }. هذه هي الأرقام النهائية.
