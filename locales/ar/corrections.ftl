# حياة الخطة بعد إرسالها: التصحيحات، والنتائج الختامية، وإيقاف الإرسال مؤقتًا.

plan-corrected-note = ✏️ صحّحها المنظّمون: { $changes }
plan-change-task = عُدّلت المهمة { $task }
plan-change-added = أُضيفت المهمة { $task }
plan-change-withdrawn = سُحبت المهمة { $task }
plan-change-wording = عُدّلت الصياغة
plan-change-language = متاحة الآن أيضًا باللغة: { $language }
plan-closing-title = 🏁 انتهت خطة «{ $title }». هذا ما أنجزناه معًا:
plan-closing-pledged = • تعهّد { $count } منّا بالعمل
plan-closing-task = • { $count } منّا: { $task }
plan-closing-few = 🏁 انتهت خطة «{ $title }». كان عدد المشاركين أقل من أن نشارك أرقامًا بأمان، لكن كل خطوة كان لها أثرها.
plan-closing-thanks = شكرًا لمشاركتك.

org-correction-usage = تصحيح خطة أُرسلت وإدارة إرسالها:
    /correct متبوعًا بنص YAML المصحَّح في الأسطر التالية — بالمعرّف والقضايا نفسها، وبعدد مهام لا يقل عن السابق؛ أضف "withdraw: [3]" لسحب المهمة 3
    /approve <plan-id> — للموافقة على أحدث تصحيح لها
    /pause <plan-id> و /resume <plan-id> — لإيقاف ما يُرسل لها مؤقتًا أو استئنافه
    /broadcasts <plan-id> — لمعرفة تقدّم كل عملية إرسال لها
org-correction-proposed = ✏️ حُفظ التصحيح رقم { $revision } للخطة «{ $id }». سيُرسل بعد موافقة { $required } من المنظّمين (/approve { $id }).
org-correction-approved = 👍 تمت الموافقة. التصحيح رقم { $revision } للخطة «{ $id }»: { $count } من { $required } موافقات.
org-correction-applied = ✅ اعتُمد التصحيح رقم { $revision } للخطة «{ $id }» وطُبّق: سيصل كلَّ من استلم الخطة قائمةُ المهام المصحّحة. يعرض الأمر /broadcasts { $id } مدى التقدّم.
org-correction-none = لا يوجد تصحيح للخطة «{ $id }» بانتظار الموافقة.
org-correction-not-live = الخطة «{ $id }» لم تُرسل بعد: عدّلها بالأمر /propose بدلًا من ذلك.
org-correction-ended = انتهت الخطة «{ $id }»، فلم يعد ممكنًا تصحيحها.
org-correction-same = هذا التصحيح لا يغيّر شيئًا في الخطة «{ $id }».
org-broadcast-paused = ⏸ أُوقف إرسال { $id } مؤقتًا: لن تبدأ رسائل جديدة حتى /resume { $plan }.
org-broadcast-already-paused = إرسال { $id } متوقّف مؤقتًا بالفعل؛ الأمر /resume { $plan } يستأنفه.
org-broadcast-not-running = لا يُرسل شيء من «{ $id }» في هذه اللحظة.
org-broadcast-not-paused = لا يوجد إرسال متوقّف مؤقتًا للخطة «{ $id }».
org-broadcast-resumed = ▶️ استُؤنف إرسال «{ $id }» من حيث توقّف.
org-broadcast-line = { $id } ({ $kind }، { $state }): أُرسلت { $sent } · قيد الانتظار { $pending } · فشلت { $failed } · حُظر البوت { $blocked }
