# لقاءات مباشرة يُعلَن عنها لمتابعي قضية: الدعوة والردود والتذكير وأوامر المنظِّمين.

gathering-title = 📣 لقاء مباشر: { $title }
gathering-host-forum = يستضيفه المنتدى
gathering-host-influencer = يستضيفه { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
gathering-guests = 🎙 بمشاركة { $guests }
gathering-cause = 🎗 من أجل { $cause }
gathering-invite-line = هل ستنضم إلينا؟ أخبرنا بحضورك وسنذكّرك قبل الموعد بساعة.
gathering-you-are-going = ✅ أخبرتنا أنك ستحضر. سنذكّرك قبل الموعد بساعة.
gathering-button-going = ✋ سأحضر
gathering-button-not-going = لن أتمكن من الحضور
gathering-hint = أرسل *سأحضر* لتخبرنا أنك ستكون معنا.
gathering-hint-going = أرسل *لن أحضر* إن لم تعد قادرًا على الحضور.

gathering-going-thanks = نلقاك هناك! سنذكّرك قبل الموعد بساعة.
gathering-going-already = سبق أن أخبرتنا أنك ستحضر. 👍
gathering-not-going-done = تم، لم يعد اسمك في القائمة. شكرًا لإخبارنا.
gathering-not-going-already = لم تكن مسجّلًا في هذا اللقاء أصلًا.
gathering-cancelled-notice = أُلغي هذا اللقاء.
gathering-over-notice = انعقد هذا اللقاء بالفعل.
gathering-not-invited = هذه الدعوة موجّهة لمتابعي قضية أخرى.
gathering-reminder = ⏰ يبدأ بعد ساعة: { $title }
gathering-cancelled-message = ❌ أُلغي لقاء «{ $title }» ({ $when }) ولن يُعقد. شكرًا لأنك أبديت رغبتك في الحضور.

gatherings-none = لا توجد لقاءات قادمة لقضاياك حاليًا.
gatherings-intro = هذه اللقاءات القادمة لقضاياك ({ $count }):
gatherings-intro-whatsapp = عدد اللقاءات القادمة لقضاياك: { $count }. أرسل *سأحضر 1* أو *سأحضر 2*… للرد على أحدها.
gathering-pick-number = أيّ لقاء تقصد؟ أرسل /going مع رقمه في /gatherings (من 1 إلى { $count })، مثل: /going 1
gathering-pick-number-whatsapp = أيّ لقاء تقصد؟ أرسل *سأحضر* مع رقمه في *اللقاءات* (من 1 إلى { $count })، مثل: *سأحضر 1*
help-gatherings-hosts = للّقاءات المباشرة:
    /gathering — أعلن عن لقاء لمتابعي قضية (/gathering help لمثال)
    /gathering list — اللقاءات القادمة · /gathering cancel <id>
    /gatherings — اللقاءات المدعوّ إليها

gathering-hosts-only = الإعلان عن اللقاءات متاح لمنظّمي المنتدى والمؤثرين فقط.
gathering-usage = للإعلان عن لقاء مباشر، أرسل /gathering ثم تفاصيله، كلّ واحد في سطر:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Asia/Riyadh
    link: https://meet.example.org/live
    title: أمسية مع العائلات
    guests: أبو علي، د. أمينة يوسف
    minutes: 90

    يأخذ «starts» تاريخًا ووقتًا ومنطقة زمنية (أو وقتًا بصيغة ISO مثل 2026-12-05T18:00+03:00)، ويراه كل متابع بتوقيته. يجب أن يبدأ الرابط بـ https://. الضيوف والمدة اختياريان (60 دقيقة إن لم تُذكر). المؤثر الذي لديه أكثر من جمهور يضيف «audience: <الرمز>».
gathering-invalid = لا يمكن الإعلان عن هذا اللقاء بعد:
    { $errors }

    أرسل /gathering help لترى مثالًا.
gathering-unknown-audience = لا يوجد مؤثر بالرمز { $audience }.
gathering-which-audience = لأيّ جمهور من جماهيرك؟ أضف سطر «audience: <الرمز>»؛ جماهيرك: { $codes }.
gathering-announced-forum = 📣 أُعلن { $id }: «{ $title }»، { $when }. تُرسَل الدعوة الآن إلى جميع متابعي { $cause }، ومن يؤكد حضوره يصله تذكير قبل الموعد بساعة.
    لإلغائه: /gathering cancel { $id }
gathering-announced-audience = 📣 أُعلن { $id }: «{ $title }»، { $when }. تُرسَل الدعوة الآن إلى متابعي { $cause } في جمهور { $audience }، ومن يؤكد حضوره يصله تذكير قبل الموعد بساعة.
    لإلغائه: /gathering cancel { $id }
gathering-list-none = لا توجد لقاءات قادمة.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = لا يوجد لقاء { $id } يمكنك إدارته.
gathering-cancelled = أُلغي { $id } («{ $title }»). لن تُرسل له أي دعوات أو تذكيرات بعد الآن.

gathering-report-heading = 📣 اللقاءات (المدعوّون ← من أكّدوا الحضور)
gathering-report-line = { $title } · { $when }: { $invited } ← { $yes }
gathering-report-audience =     { $audience }: { $invited } ← { $yes }

wa-words-going = سأحضر, سأكون هناك, حاضر
wa-words-notgoing = لن أحضر, لا أستطيع الحضور, لن أتمكن من الحضور
wa-words-gatherings = اللقاءات, لقاءات, الفعاليات
