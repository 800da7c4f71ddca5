# تقارير الوصول للمؤثرين والمنظّمين، وأدوات المؤثرين (/claim و/mylink و/report).

report-title-audience = 📊 تقرير الوصول — { $name }
report-title-forum = 📊 تقرير الوصول — المنتدى كاملًا
report-as-of = حتى { $date } (بتوقيت UTC)
report-followers-heading = 👥 المتابعون
report-joined = المنضمّون: { $all } · آخر 7 أيام: { $week } · آخر 30 يومًا: { $month }
report-active = نشِطون: { $active } · لم يُكملوا التسجيل: { $onboarding }
report-left = ألغوا الاشتراك: { $optedOut } · حظروا البوت: { $blocked }
report-languages = 🗣 اللغات: { $list }
report-topics = 🏷 القضايا: { $list }
report-breakdown-small = تظهر ابتداءً من { $min } متابعًا نشطًا
report-others = أخرى
report-others-small = أخرى، أقل من { $min } لكلٍّ منها
report-plans-heading = 📋 الخطط
report-no-plans = 📋 لم تُرسَل أي خطة بعد. ستظهر أرقامك هنا بعد أول خطة.
report-more-plans = { $count ->
    [zero] لا خطط أقدم في ملف CSV.
    [one] …وخطة واحدة أقدم في ملف CSV.
    [two] …وخطّتان أقدم في ملف CSV.
    [few] …و{ $count } خطط أقدم في ملف CSV.
    [many] …و{ $count } خطة أقدم في ملف CSV.
   *[other] …و{ $count } خطة أقدم في ملف CSV.
}
report-plan-title = «{ $title }» ({ $id })
report-line = { $label }: { $value }
report-stage-reached = المستلمون
report-stage-pledged = المتعهّدون
report-stage-task = المهمة { $number }
report-stage-completed = من أنجزوا كل المهام
report-percent = { $value }٪
report-rate-of-reached = { $pct } من المستلمين
report-rate-of-pledged = { $pct } من المتعهّدين
report-rate-forum = المنتدى: { $pct }
report-privacy-note = 🔒 أرقام إجمالية فقط، مقرّبة إلى أقرب 5 — لا يمكن التعرّف على أحد. «<10» تعني أقل من 10 أشخاص، ولا تظهر التفاصيل والنسب إلا للمجموعات الأكبر.
report-footer-influencer = /mylink — روابطك ورموز QR · /report csv — هذه الأرقام في جدول · /weekly on — هذا التقرير كل أسبوع · /summaries on — ملخّص قصير بعد كل خطة
report-footer-organiser = /report الرمز — تقرير مؤثّر واحد · /report csv — في جدول · /influencer list — كل المؤثرين
report-usage = أرسل /report وحدها، أو /report csv لتحصل على ملف جدول.
report-not-yours = يمكنك الاطلاع على تقرير جمهورك أنت فقط.
report-chart-caption = مسار أحدث الخطط: المستلمون ← المتعهّدون ← كل مهمة ← من أنجزوا كل المهام.
report-chart-title-audience = مسار الخطط — { $name }
report-chart-title-forum = مسار الخطط — المنتدى كاملًا
report-csv-caption = 📄 تقرير الوصول في جدول (CSV). «<5» تشير إلى مجموعات أصغر من أن تُعرض.
report-csv-button = 📄 جدول (CSV)
report-csv-hint = أرسل /report csv لتحصل على ملف جدول.
report-csv-coming = جارٍ تجهيز الجدول…
report-weekly-intro = 🗓 السلام عليكم! هذا تقرير الوصول الأسبوعي الخاص بك.
report-weekly-footer = /weekly off يوقف التقارير الأسبوعية. و /report يعرض أحدث الأرقام في أي وقت.
report-weekly-on = ✅ سيصلك تقرير الوصول كل أسبوع، وأوّله في { $date }.
report-weekly-off = أُوقفت التقارير الأسبوعية. يمكنك دائمًا إرسال /report لرؤية أرقامك.
report-summaries-on = ✅ بعد أن تصل كل خطة إلى الجميع، سأرسل إليك ملخّصًا قصيرًا.
report-summaries-off = أُوقفت ملخّصات الخطط.
report-subscription-usage = أرسل /weekly on أو /weekly off، و /summaries on أو /summaries off.
report-summary-title = 📣 أُرسلت خطة «{ $title }» إلى الجميع.
report-summary-audience = جمهورك: وصلت إلى { $reached } · تعهّد { $pledged } حتى الآن.
report-summary-rate = أي { $pct } من المستلمين — جزاك الله خيرًا على دعوتهم.
report-summary-forum = المنتدى كاملًا: وصلت إلى { $reached }.
report-summary-footer = أرسل /report لترى الصورة كاملة.

influencer-telegram-only = أدوات المؤثرين متاحة في تيليجرام فقط.
influencer-only = هذه الخدمة لمؤثّري المنتدى. إن كنت منهم، فاطلب من أحد المنظّمين رمز دعوة، ثم أرسل /claim متبوعًا به.
influencer-unknown = لا أعرف مؤثّرًا بالرمز «{ $code }».
influencer-claim-usage = أرسل /claim متبوعًا برمز الدعوة الذي أعطاك إياه أحد المنظّمين، مثلًا: /claim ABCD234XYZ
influencer-claim-invalid = رمز الدعوة هذا غير صالح أو سبق استخدامه. يُرجى طلب رمز جديد من أحد المنظّمين.
influencer-claimed = 🎉 أهلًا بك يا { $name }! رمز الانضمام الخاص بك هو { $code }.
    /mylink يعطيك روابط الانضمام ورموز QR لمقاطعك.
    /report يعرض عدد من انضمّوا وعملوا عن طريقك — أرقامًا إجمالية فقط، دون أي أسماء.
influencer-usage = أوامر المؤثرين:
    /influencer add الرمز [معرّف تيليجرام] الاسم الظاهر — تسجيل مؤثّر
    /influencer invite الرمز — رمز دعوة جديد يرسله المؤثّر مع /claim
    /influencer list — كل المسجّلين
    /report الرمز — تقرير مؤثّر واحد؛ /report — المنتدى كاملًا
influencer-added = ✅ سُجِّل { $name } برمز الانضمام { $code }.
influencer-invite = دعوة { $code }: اطلب منه أن يرسل إليّ هذه الرسالة — /claim { $invite }
    تصلح مرة واحدة فقط.
influencer-owner-set = ستصل تقاريره إلى حساب تيليجرام الذي حدّدته.
influencer-code-taken = الرمز «{ $code }» مستخدم بالفعل (لمؤثّر أو لقضية). يُرجى اختيار رمز آخر.
influencer-bad-args = تعذّر التسجيل:
    { $problems }
    الصيغة: /influencer add الرمز [معرّف تيليجرام] الاسم الظاهر
influencer-list-heading = المؤثرون:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = لا يوجد مؤثرون مسجّلون بعد. استخدم /influencer add لتسجيل أحدهم.
influencer-state-claimed = تصل التقارير إلى حسابه
influencer-state-invited = لم تُستخدم الدعوة بعد
influencer-state-none = لا حساب بعد

mylink-intro = 🔗 روابط الانضمام الخاصة بك يا { $name }:
mylink-topic-intro = 🔗 روابط الانضمام الخاصة بك لقضية { $topic } يا { $name }:
mylink-telegram = تيليجرام: { $link }
mylink-whatsapp = واتساب: { $link }
mylink-topics-heading = رابط لكل قضية (تُختار القضية تلقائيًا لمن ينضمّ):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = الصق هذه الروابط في وصف مقطعك، ورموز QR أدناه لتضعها في المقطع نفسه. أرسل /mylink متبوعًا باسم القضية لتحصل على رموزها.
mylink-qr-telegram = رمز QR — الانضمام عبر تيليجرام ({ $code })
mylink-qr-whatsapp = رمز QR — الانضمام عبر واتساب ({ $code })
mylink-none = لم تُجهَّز روابط الانضمام بعد (لا يوجد اسم للبوت في تيليجرام ولا رقم واتساب). يُرجى إبلاغ أحد المنظّمين.
mylink-unknown-topic = لا أعرف القضية «{ $topic }». القضايا المتاحة: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 يُعاد الآن حساب كلّ أرقام التقارير من السجلات. يجري ذلك في الخلفية، وسيعرض /report الأرقام المصحّحة خلال دقائق.
