# أعضاء المنتدى وقراراته (src/forum).

forum-members-only = هذا الأمر لأعضاء المنتدى فقط.
forum-member-usage = أوامر الأعضاء (للمنظمين):
    /member add <معرّف تيليجرام> influencer <رموز الجمهور> — إضافة مؤثر أو منظمة عضو
    /member add <معرّف تيليجرام> organiser — اقتراح منظم جديد (والقرار للمنتدى)
    /member remove <معرّف تيليجرام> — إزالة عضو (وإزالة منظم تكون بقرار من المنتدى)
    /member approve <القرار> — الموافقة على قرار يخص منظمًا
    /members — من هم أعضاء المنتدى
forum-member-exists = هذا الشخص عضو في المنتدى بالفعل.
forum-member-added = ✅ أُضيف بصفته مؤثرًا، وجمهوره: { $codes }.
forum-member-unknown = هذا الشخص ليس عضوًا في المنتدى.
forum-member-bootstrap = هذا المنظم من المنظمين الأوائل المحددين في إعدادات البوت (ADMIN_TELEGRAM_IDS). لا يغيّر ذلك إلا من يدير البوت.
forum-member-removed = ✅ أُزيل من المنتدى.
forum-left = غادرتَ المنتدى. لم تعد موافقاتك على الخطط التي ما زالت تنتظر تُحتسب. شكرًا لك على كل ما قدّمته.
forum-not-member = لستَ عضوًا في المنتدى.
forum-decision-unknown = لا أعرف قرارًا باسم «{ $id }».
forum-decision-closed = القرار «{ $id }» نُفّذ من قبل.
forum-decision-add-proposed = 📝 اقتُرح منظم جديد (القرار «{ $id }»). يُحتسب اقتراحك موافقةً منك: { $count } من { $required }. يوافق المنظمون الآخرون بالأمر /member approve { $id }
forum-decision-remove-proposed = 📝 اقتُرحت إزالة منظم (القرار «{ $id }»). يُحتسب اقتراحك موافقةً منك: { $count } من { $required }. يوافق المنظمون الآخرون بالأمر /member approve { $id }
forum-decision-approved = 👍 تمت الموافقة. عدد موافقات القرار «{ $id }»: { $count } من { $required }.
forum-decision-held = ✋ القرار «{ $id }» معلّق: عدد الأعضاء المعترضين { $objections }. يمضي القرار إذا سُحب الاعتراض، أو إذا بلغ عدد الموافقات { $required } وزيادة موافقة عن كل اعتراض (عددها الآن { $count }).
forum-decision-done = ✅ اعتُمد القرار «{ $id }» (عدد الموافقات: { $count }) ونُفّذ.
forum-plan-held = ✋ الخطة «{ $id }» معلّقة: عدد الأعضاء المعترضين { $objections }. تمضي الخطة إذا سُحب الاعتراض، أو إذا بلغ عدد الموافقات { $required } وزيادة موافقة عن كل اعتراض (عددها الآن { $count }).
forum-objected = ✋ سُجّل اعتراضك على «{ $id }». يبقى القرار معلّقًا حتى تسحبه (/unobject { $id }) أو يوافق عليه عدد كافٍ من الأعضاء رغم ذلك.
forum-objected-already = سبق أن اعترضتَ على «{ $id }».
forum-objection-withdrawn = سُحب اعتراضك على «{ $id }».
forum-objection-none = ليس لديك اعتراض على «{ $id }» لتسحبه.
forum-object-usage = اكتب /object ثم معرّف خطة أو قرار (مثل m.k3x9p2)؛ والأمر /unobject يسحب اعتراضك.
forum-members = المنتدى اليوم:
    المنظمون: { $organisers } (منهم { $bootstrap } من إعدادات البوت)
    المؤثرون والمنظمات الأعضاء: { $influencers } (الجمهور: { $codes })
    عدد الموافقات اللازم للقرار الآن: { $required }.
help-forum = لأعضاء المنتدى:
    /members — من هم أعضاء المنتدى
    /object <خطة أو قرار> — تعليق قرار لا توافق عليه؛ والأمر /unobject يسحب الاعتراض
    /leave — مغادرة المنتدى
    /profile — لغتك ومنطقتك الزمنية واللغات التي تستطيع مراجعة الخطط بها
    /record <خطة أو قرار> — من اقترح ومن وافق ومن اعترض، ومتى
    /member — إضافة الأعضاء وإزالتهم (للمنظمين)
plan-agreed-by = 🤝 { $count ->
        [zero] اتفق عليها أعضاء المنتدى
        [one] اتفق عليها عضو واحد من أعضاء المنتدى
        [two] اتفق عليها عضوان من أعضاء المنتدى
        [few] اتفق عليها { $count } أعضاء من المنتدى
        [many] اتفق عليها { $count } عضوًا من أعضاء المنتدى
       *[other] اتفق عليها { $count } عضو من أعضاء المنتدى
    } في { $date }.
plan-file-hint = 📎 يبدو أن هذه الخطة مقطوعة: لا يحتفظ تيليجرام إلا بأول 4096 حرفًا من الرسالة. أرسل الخطة ملفًّا بصيغة YAML بدلًا من ذلك (مستندًا، مع /propose أو /validate تعليقًا عليه).
forum-profile = ملفك في المنتدى:
    اللغة: { $language }
    المنطقة الزمنية: { $zone }
    اللغات التي تستطيع مراجعة الخطط بها: { $speaks }
    اسمك في سجلات المنتدى: { $name }
    للتغيير اكتب مثلًا /profile language ur أو /profile zone Karachi (مدينة أو منطقة زمنية أو UTC+5) أو /profile speaks ur en.
forum-profile-usage = لم أفهم ما كتبت. اكتب مثلًا:
    /profile language fr
    /profile zone Istanbul (مدينة، أو منطقة زمنية مثل Asia/Dhaka، أو UTC+3)
    /profile speaks ar en — اللغات التي تستطيع مراجعة ترجمة الخطة بها
    /profile name أمينة ك. — الاسم الذي يظهر لك في سجلات المنتدى (والأمر /profile name - يحذفه)
    اللغات: ar، en، ur، tr، id، ms، fr، ug، bn.
forum-record-usage = اكتب /record ثم معرّف الخطة أو القرار (مثل m.k3x9p2).
forum-record-unknown = لا أعرف خطة أو قرارًا باسم «{ $id }».
forum-record-plan = 📜 سجل الخطة «{ $id }» ({ $title })، النسخة { $revision }
forum-record-decision-add = 📜 سجل القرار «{ $id }»: أن يصبح { $member } من المنظمين
forum-record-decision-remove = 📜 سجل القرار «{ $id }»: أن يكفّ { $member } عن أن يكون من المنظمين
forum-record-proposed = اقترحه { $who } في { $date }.
forum-record-approvals = الموافقات:
forum-record-approved = 👍 { $who }، { $date }
forum-record-objections = الاعتراضات القائمة:
forum-record-objected = ✋ { $who }، منذ { $date }
forum-record-none = — لا شيء حتى الآن
forum-record-tally = الموافقات المحتسبة: { $count } من { $required } · الاعتراضات: { $objections }
forum-record-agreed = ✅ أُقرّ في { $date }.
forum-record-done = ✅ نُفّذ في { $date }.
forum-record-ready = اكتملت له الموافقات اللازمة ويمكن المضيّ فيه.
forum-record-waiting = ⏳ لم يُقرّ بعد.
forum-record-unnamed = عضو لم يحدّد اسمًا
forum-record-you = أنت
forum-record-gone = (لم تعد تُحتسب: صاحبها لم يعد ممن يحق لهم الموافقة)
