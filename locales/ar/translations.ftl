# /review: عضو يتقن لغةً يوافق على نسخة الخطة بها قبل أن تُرسل (TRANSLATION_REVIEW).
review-usage = لمراجعة ترجمات خطة:
    /review <الخطة> — كل لغة وهل وُوفق عليها
    /review <الخطة> <اللغة> — اقرأ تلك النسخة كما ستصل إلى متابعيها
    /review <الخطة> <اللغة> ok — وافق عليها، فتُرسل بدلًا من الإنجليزية
review-status = ترجمات «{ $id }»:
    { $lines }
review-line-approved = ✅ { $language } — تمت الموافقة
review-line-held = ⏳ { $language } — بانتظار عضو يتقنها (/review { $id } { $lang })؛ ويصل متابعيها النص الإنجليزي إلى ذلك الحين
review-english-only = الخطة «{ $id }» بالإنجليزية فقط: لا توجد ترجمة لمراجعتها.
review-no-version = ليس للخطة «{ $id }» نسخة بلغة «{ $lang }» لمراجعتها. الإنجليزية هي الأصل ولا تحتاج إلى مراجعة.
review-not-yours = لا يوافق على هذه النسخة إلا عضو يتقن { $language }. إن كنت تتقنها فأضفها إلى ملفك أولًا: /profile speaks { $lang } (مع لغاتك الأخرى).
review-preview-note = هذه نسخة «{ $id }» بـ{ $language }، كما ستصل إلى متابعيها بعد الموافقة:
review-how-to-approve = إن كانت سليمة وتقول ما يقوله النص الإنجليزي، فوافق عليها: /review { $id } { $lang } ok
review-approved = ✅ تمت الموافقة: يصل «{ $id }» الآن بـ{ $language } إلى المتابعين الذين يقرؤونها.
review-already = سبقت الموافقة على نسخة «{ $id }» بـ{ $language }: تُرسل كما هي.
help-review = الترجمات:
    /review <الخطة> [اللغة] [ok] — اقرأ نسخة الخطة بلغة تتقنها، ووافق عليها
