# اجتماعات المنتدى (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    الموعد: { $date } (بتوقيت { $place })
    المكان: { $link }
    الضيوف: { $guests }
    جدول الأعمال:
    { $agenda }
meeting-invitation-head = 📨 أنت مدعوّ إلى اجتماع للمنتدى.
meeting-invitation-foot = هل ستحضر؟ أجب بالأزرار أدناه، ويمكنك تغيير إجابتك متى شئت. لاقتراح بند على جدول الأعمال اكتب /proposal { $id } ثم عنوانًا، وضع نصّك في الأسطر التالية.
meeting-rsvp-yes = نعم
meeting-rsvp-no = لا
meeting-rsvp-maybe = ربما
meeting-rsvp-hint = أجب بكتابة /rsvp { $id } ثم yes (نعم) أو no (لا) أو maybe (ربما).
meeting-rsvp-usage = اكتب /rsvp ثم رمز الاجتماع وإجابتك، مثلًا: /rsvp mt4k2x yes (أو no أو maybe).
meeting-rsvp-saved-yes = ✅ سجّلنا حضورك. نراك هناك!
meeting-rsvp-saved-no = سجّلنا أنك لن تتمكن من الحضور هذه المرة. شكرًا لإبلاغنا.
meeting-rsvp-saved-maybe = سجّلنا إجابتك: ربما. يمكنك تغييرها متى شئت.
meeting-is-cancelled = ❌ أُلغي هذا الاجتماع.
meeting-is-over = انتهى هذا الاجتماع.
meeting-unknown = لا أعرف اجتماعًا باسم «{ $id }». الأمر /meeting يعرض الاجتماعات القادمة.
meeting-proposals-title = المقترحات ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [zero] لم يؤيّده أحد بعد
        [one] يؤيّده عضو واحد
        [two] يؤيّده عضوان
        [few] يؤيّده { $count } أعضاء
        [many] يؤيّده { $count } عضوًا
       *[other] يؤيّده { $count } عضو
    }
meeting-rsvp-counts = الإجابات: نعم { $yes }، ربما { $maybe }، لا { $no }؛ ولم يُجب بعد { $none }.
meeting-minutes-title = 📝 محضر الاجتماع:
meeting-none = لا اجتماعات مقرّرة بعد.
meeting-list-title = الاجتماعات القادمة:
meeting-list-line = • { $id }: { $topic } — { $date } (بتوقيت { $place })
meeting-usage = أوامر الاجتماعات (للمنظمين):
    /meeting schedule ثم سطر لكل حقل (تبقى أسماء الحقول بالإنجليزية):
      when: 2026-12-15 18:00 Europe/Istanbul (أو اسم مدينة، أو UTC+3)
      link: https://…
      topic: …
      guests: اسم; اسم (كما يحبّون أن تظهر أسماؤهم)
      agenda: بند; بند
    /meeting move <الرمز> <التاريخ الوقت المنطقة> — موعد جديد (يُبلَّغ الأعضاء)
    /meeting cancel <الرمز> — إلغاؤه (يُبلَّغ الأعضاء)
    /meeting list — الاجتماعات القادمة؛ /meeting show <الرمز> — اجتماع واحد ومقترحاته وإجاباته
    /minutes <الرمز> ثم المحضر، وسطر «plan: <المقترح> <معرّف الخطة>» لكل مقترح صار خطة
meeting-member-usage = الأمر /meeting list يعرض الاجتماعات القادمة، و /meeting show متبوعًا برمز الاجتماع يعرض جدول أعماله والمقترحات والإجابات حتى الآن.
meeting-schedule-errors = لم أتمكن من جدولة هذا الاجتماع بعد:
meeting-error-when = يحتاج سطر «when:» إلى تاريخ ووقت ومنطقة زمنية، مثل 2026-12-15 18:00 Europe/Istanbul.
meeting-error-date = هذا التاريخ أو الوقت غير موجود؛ راجع اليوم والشهر والساعة من فضلك.
meeting-error-zone = لا أعرف هذه المنطقة الزمنية أو المدينة. جرّب منطقة مثل Asia/Riyadh، أو مدينة مثل الرياض، أو فارقًا مثل UTC+3.
meeting-error-past = هذا الوقت مضى؛ اختر وقتًا قادمًا من فضلك.
meeting-error-missing-when = أضف من فضلك سطر «when:» فيه التاريخ والوقت والمنطقة.
meeting-error-missing-link = أضف من فضلك سطر «link:» فيه عنوان الاجتماع (يبدأ بـ https://).
meeting-error-missing-topic = أضف من فضلك سطر «topic:» يذكر موضوع الاجتماع.
meeting-error-link = يجب أن يكون الرابط عنوانًا كاملًا يبدأ بـ https://.
meeting-error-long = أحد الأسطر طويل جدًا (200 حرف على الأكثر).
meeting-error-empty = أحد الأسطر فارغ.
meeting-error-guests = هذا عدد كبير من الضيوف: 12 على الأكثر.
meeting-error-agenda = جدول الأعمال طويل: 15 بندًا على الأكثر.
meeting-error-line = لم أفهم هذا السطر: «{ $line }». يبدأ كل سطر بـ when: أو link: أو topic: أو guests: أو agenda:.
meeting-scheduled = ✅ جُدول الاجتماع { $id }: { $topic }، { $date } (بتوقيت { $place }).
    عدد الدعوات المرسلة: { $invited }، كلٌّ بلغة العضو وبتوقيته.
meeting-unreachable = أعضاء لا يستطيع البوت الوصول إليهم بعد: { $unreachable }. لم يتلقَّ منهم أي رسالة، وستصلهم الدعوة حالما يراسلونه.
meeting-moved = ✅ نُقل الاجتماع { $id } إلى { $date } (بتوقيت { $place }). يُبلَّغ الأعضاء المدعوّون.
meeting-moved-notice = 🗓 تغيّر موعد اجتماع «{ $topic }»: { $date } (بتوقيت { $place }). الرابط: { $link }
meeting-cancelled = أُلغي الاجتماع { $id }. يُبلَّغ الأعضاء المدعوّون.
meeting-cancelled-already = الاجتماع { $id } ملغى من قبل.
meeting-cancelled-notice = ❌ أُلغي اجتماع «{ $topic }» الذي كان مقرّرًا في { $date } (بتوقيت { $place }). نعتذر عن هذا التغيير.
meeting-reminder-day = ⏰ غدًا: «{ $topic }»، { $date } (بتوقيت { $place }). الرابط: { $link }
meeting-reminder-hour = ⏰ بعد ساعة: «{ $topic }»، { $date } (بتوقيت { $place }). الرابط: { $link }
meeting-proposal-usage = لاقتراح بند اكتب /proposal ثم رمز الاجتماع وعنوانًا، وضع نصّك في الأسطر التالية، مثلًا:
    /proposal mt4k2x حملة كتب في الشتاء
    يشارك كل مؤثّر قائمة واحدة من الكتب…
    ولإرفاق ورقة، أرسلها كمستند واكتب الكلمات نفسها في تعليقه.
meeting-proposal-long = هذا طويل جدًا: العنوان { $title } حرفًا على الأكثر، والنص { $text } حرفًا على الأكثر.
meeting-proposed = ✅ مقترحك { $id } على جدول أعمال الاجتماع { $meeting }. يستطيع الأعضاء تأييده بالأمر /back { $id }.
meeting-proposal-unknown = لا أعرف مقترحًا باسم «{ $id }».
meeting-backed = 👍 أنت تؤيّد المقترح { $id }. الأمر /unback { $id } يسحب تأييدك.
meeting-backed-already = أنت تؤيّد المقترح { $id } من قبل.
meeting-unbacked = سُحب تأييدك للمقترح { $id }.
meeting-unbacked-none = أنت لا تؤيّد المقترح { $id }.
meeting-minutes-usage = اكتب /minutes ثم رمز الاجتماع، وضع المحضر في الأسطر التالية، ولكل مقترح صار خطة سطرًا مثل: plan: mt4k2x-1 winter-books
meeting-minutes-early = لم يبدأ الاجتماع { $id } بعد: المحضر يأتي بعده.
meeting-plan-unknown = لا أعرف خطة باسم «{ $id }». اقترح الخطة أولًا ثم سجّلها في المحضر.
meeting-minutes-long = المحضر طويل جدًا: { $max } حرف على الأكثر. اجعله موجزًا، فالتفاصيل في الخطط.
meeting-minutes-saved = ✅ سُجّل محضر الاجتماع { $id }.
meeting-minutes-plans = عدد الخطط التي خرجت من هذا الاجتماع: { $plans }.
meeting-plan-provenance = من الاجتماع { $meeting }
help-meetings = الاجتماعات:
    /meeting list — الاجتماعات القادمة؛ /meeting show <الرمز> — جدول أعماله ومقترحاته
    /rsvp <الرمز> yes أو no أو maybe — إجابتك (أو أزرار الدعوة)
    /proposal <الرمز> <العنوان> — اقتراح بند، ونصّك في الأسطر التالية
    /back <المقترح> — تأييد مقترح؛ /unback يسحب التأييد
help-meetings-organiser = الاجتماعات (للمنظمين):
    /meeting — جدولة الاجتماعات ونقلها وإلغاؤها وعرضها
    /minutes <الرمز> — تسجيل المحضر والخطط التي خرجت من الاجتماع
    /rsvp و /proposal و /back و /unback — كسائر الأعضاء
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = لم يُرفق بالاقتراح { $id } أي مستند.
