# مۇنبەرنىڭ يىغىنلىرى (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    ۋاقتى: { $date } ({ $place } ۋاقتى)
    ئورنى: { $link }
    مېھمانلار: { $guests }
    كۈن تەرتىپى:
    { $agenda }
meeting-invitation-head = 📨 سىز مۇنبەرنىڭ يىغىنىغا تەكلىپ قىلىندىڭىز.
meeting-invitation-foot = قاتنىشامسىز؟ تۆۋەندە جاۋاب بېرىڭ؛ جاۋابىڭىزنى خالىغان ۋاقىتتا ئۆزگەرتەلەيسىز. كۈن تەرتىپىگە بىر تېما تەۋسىيە قىلماقچى بولسىڭىز، /proposal { $id } دىن كېيىن ماۋزۇ يېزىڭ، تېكىستىڭىزنى كېيىنكى قۇرلارغا يېزىڭ.
meeting-rsvp-yes = ھەئە
meeting-rsvp-no = ياق
meeting-rsvp-maybe = بەلكىم
meeting-rsvp-hint = جاۋاب بېرىش ئۈچۈن /rsvp { $id } دىن كېيىن yes (ھەئە)، no (ياق) ياكى maybe (بەلكىم) دەپ يېزىڭ.
meeting-rsvp-usage = /rsvp، يىغىننىڭ كودى ۋە جاۋابىڭىزنى يېزىڭ، مەسىلەن: /rsvp mt4k2x yes (ياكى no، ياكى maybe).
meeting-rsvp-saved-yes = ✅ خاتىرىلەندى: سىز كېلىدىكەنسىز. يىغىندا كۆرۈشەيلى!
meeting-rsvp-saved-no = خاتىرىلەندى: بۇ قېتىم كېلەلمەيدىكەنسىز. خەۋەر قىلغىنىڭىزغا رەھمەت.
meeting-rsvp-saved-maybe = خاتىرىلەندى: بەلكىم. جاۋابىڭىزنى خالىغان ۋاقىتتا ئۆزگەرتەلەيسىز.
meeting-is-cancelled = ❌ بۇ يىغىن ئەمەلدىن قالدۇرۇلدى.
meeting-is-over = بۇ يىغىن ئاخىرلاشتى.
meeting-unknown = «{ $id }» ناملىق يىغىننى بىلمەيمەن. /meeting كېلىدىغان يىغىنلارنى كۆرسىتىدۇ.
meeting-proposals-title = تەكلىپلەر ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [one] بىر ئەزا قوللىدى
       *[other] { $count } ئەزا قوللىدى
    }
meeting-rsvp-counts = جاۋابلار: { $yes } ھەئە، { $maybe } بەلكىم، { $no } ياق؛ { $none } كىشى تېخى جاۋاب بەرمىدى.
meeting-minutes-title = 📝 يىغىن خاتىرىسى:
meeting-none = تېخى پىلانلانغان يىغىن يوق.
meeting-list-title = كېلىدىغان يىغىنلار:
meeting-list-line = • { $id }: { $topic } — { $date } ({ $place } ۋاقتى)
meeting-usage = يىغىن بۇيرۇقلىرى (تەشكىللىگۈچىلەر ئۈچۈن):
    /meeting schedule، ئاندىن ھەر بىرى ئايرىم قۇردا (ساھە ناملىرى ئىنگلىزچە قالىدۇ):
      when: 2026-12-15 18:00 Europe/Istanbul (ياكى شەھەر نامى، ياكى UTC+3)
      link: https://…
      topic: …
      guests: ئىسىم; ئىسىم (ئۆزلىرى خالىغان شەكىلدە)
      agenda: تېما; تېما
    /meeting move <كود> <چېسلا ۋاقىت رايون> — يېڭى ۋاقىت (ئەزالارغا خەۋەر قىلىنىدۇ)
    /meeting cancel <كود> — ئەمەلدىن قالدۇرۇش (ئەزالارغا خەۋەر قىلىنىدۇ)
    /meeting list — كېلىدىغان يىغىنلار؛ /meeting show <كود> — بىر يىغىن، تەكلىپلىرى ۋە جاۋابلار
    /minutes <كود>، ئاندىن خاتىرە، پىلانغا ئايلانغان ھەر بىر تەكلىپ ئۈچۈن «plan: <تەكلىپ> <پىلان كىملىكى>» قۇرى
meeting-member-usage = /meeting list كېلىدىغان يىغىنلارنى كۆرسىتىدۇ؛ /meeting show دىن كېيىن يىغىن كودىنى يازسىڭىز، كۈن تەرتىپى، تەكلىپلەر ۋە ھازىرغىچە بولغان جاۋابلار كۆرۈنىدۇ.
meeting-schedule-errors = بۇ يىغىننى تېخى پىلانلىيالمىدىم:
meeting-error-when = «when:» قۇرىدا چېسلا، ۋاقىت ۋە ۋاقىت رايونى بولۇشى كېرەك، مەسىلەن 2026-12-15 18:00 Europe/Istanbul.
meeting-error-date = بۇنداق چېسلا ياكى ۋاقىت يوق؛ كۈن، ئاي ۋە سائەتنى تەكشۈرۈپ بېقىڭ.
meeting-error-zone = بۇ ۋاقىت رايونى ياكى شەھەرنى تونۇمىدىم. Europe/Istanbul دېگەندەك رايون، ئىستانبۇل دېگەندەك شەھەر ياكى UTC+3 دېگەندەك پەرقنى سىناپ بېقىڭ.
meeting-error-past = بۇ ۋاقىت ئۆتۈپ كەتتى؛ كەلگۈسىدىكى بىر ۋاقىتنى تاللاڭ.
meeting-error-missing-when = چېسلا، ۋاقىت ۋە رايون يېزىلغان «when:» قۇرىنى قوشۇڭ.
meeting-error-missing-link = يىغىن ئادرېسى (https:// بىلەن باشلانغان) يېزىلغان «link:» قۇرىنى قوشۇڭ.
meeting-error-missing-topic = يىغىننىڭ تېمىسىنى ئېيتىدىغان «topic:» قۇرىنى قوشۇڭ.
meeting-error-link = ئۇلانما https:// بىلەن باشلانغان تولۇق ئادرېس بولۇشى كېرەك.
meeting-error-long = قۇرلارنىڭ بىرى بەك ئۇزۇن (كۆپ بولسا 200 ھەرپ).
meeting-error-empty = قۇرلارنىڭ بىرى بوش.
meeting-error-guests = مېھمانلار بەك كۆپ: كۆپ بولسا 12.
meeting-error-agenda = كۈن تەرتىپى ئۇزۇن: كۆپ بولسا 15 تېما.
meeting-error-line = بۇ قۇرنى چۈشەنمىدىم: «{ $line }». ھەر بىر قۇر when:، link:، topic:، guests: ياكى agenda: بىلەن باشلىنىدۇ.
meeting-scheduled = ✅ { $id } يىغىنى پىلانلاندى: { $topic }، { $date } ({ $place } ۋاقتى).
    ئەۋەتىلىۋاتقان تەكلىپنامە: { $invited }، ھەر بىر ئەزاغا ئۆز تىلى ۋە ئۆز ۋاقتى بويىچە.
meeting-unreachable = بوت تېخى يېتەلمەيدىغان ئەزالار: { $unreachable }. بوت ئۇلاردىن ھېچقانداق ئۇچۇر تاپشۇرۇۋالمىغان؛ ئۇلار بوتقا يازغان ھامان تەكلىپ قىلىنىدۇ.
meeting-moved = ✅ { $id } يىغىنى { $date } ({ $place } ۋاقتى) غا يۆتكەلدى. تەكلىپ قىلىنغان ئەزالارغا خەۋەر قىلىنىۋاتىدۇ.
meeting-moved-notice = 🗓 «{ $topic }» يىغىنىنىڭ ۋاقتى ئۆزگەردى: { $date } ({ $place } ۋاقتى). ئۇلانما: { $link }
meeting-cancelled = { $id } يىغىنى ئەمەلدىن قالدۇرۇلدى. تەكلىپ قىلىنغان ئەزالارغا خەۋەر قىلىنىۋاتىدۇ.
meeting-cancelled-already = { $id } يىغىنى ئاللىقاچان ئەمەلدىن قالدۇرۇلغان.
meeting-cancelled-notice = ❌ { $date } ({ $place } ۋاقتى) غا پىلانلانغان «{ $topic }» يىغىنى ئەمەلدىن قالدۇرۇلدى. بۇ ئۆزگىرىش ئۈچۈن ئەپۇ سورايمىز.
meeting-reminder-day = ⏰ ئەتە: «{ $topic }»، { $date } ({ $place } ۋاقتى). ئۇلانما: { $link }
meeting-reminder-hour = ⏰ بىر سائەتتىن كېيىن: «{ $topic }»، { $date } ({ $place } ۋاقتى). ئۇلانما: { $link }
meeting-proposal-usage = بىر تېما تەۋسىيە قىلىش ئۈچۈن /proposal، يىغىن كودى ۋە ماۋزۇنى يېزىڭ، ئاندىن تېكىستىڭىزنى كېيىنكى قۇرلارغا يېزىڭ، مەسىلەن:
    /proposal mt4k2x قىشلىق كىتاب پائالىيىتى
    ھەر بىر تەسىر كۆرسەتكۈچى بىر كىتاب تىزىملىكى ھەمبەھىرلەيدۇ…
    بىر ماقالە قوشماقچى بولسىڭىز، ئۇنى ھۆججەت سۈپىتىدە ئەۋەتىپ، چۈشەندۈرۈشىگە ئوخشاش سۆزلەرنى يېزىڭ.
meeting-proposal-long = بۇ بەك ئۇزۇن: ماۋزۇ كۆپ بولسا { $title } ھەرپ، تېكىست كۆپ بولسا { $text } ھەرپ.
meeting-proposed = ✅ { $id } تەكلىپىڭىز { $meeting } يىغىنىنىڭ كۈن تەرتىپىدە. ئەزالار /back { $id } ئارقىلىق قوللىيالايدۇ.
meeting-proposal-unknown = «{ $id }» ناملىق تەكلىپنى بىلمەيمەن.
meeting-backed = 👍 سىز { $id } تەكلىپىنى قوللىدىڭىز. /unback { $id } قوللاشنى قايتۇرۇۋالىدۇ.
meeting-backed-already = سىز { $id } تەكلىپىنى ئاللىقاچان قوللىغانسىز.
meeting-unbacked = { $id } تەكلىپىگە بولغان قوللىشىڭىز قايتۇرۇۋېلىندى.
meeting-unbacked-none = سىز { $id } تەكلىپىنى قوللىمىغانسىز.
meeting-minutes-usage = /minutes ۋە يىغىن كودىنى يېزىڭ، ئاندىن خاتىرىنى كېيىنكى قۇرلارغا يېزىڭ؛ پىلانغا ئايلانغان ھەر بىر تەكلىپ ئۈچۈن مۇنداق بىر قۇر يېزىڭ: plan: mt4k2x-1 winter-books
meeting-minutes-early = { $id } يىغىنى تېخى باشلانمىدى: خاتىرە يىغىندىن كېيىن يېزىلىدۇ.
meeting-plan-unknown = «{ $id }» ناملىق پىلاننى بىلمەيمەن. ئاۋۋال پىلاننى تەكلىپ قىلىڭ، ئاندىن خاتىرىگە كىرگۈزۈڭ.
meeting-minutes-long = خاتىرە بەك ئۇزۇن: كۆپ بولسا { $max } ھەرپ. قىسقا يېزىڭ؛ تەپسىلاتلار پىلانلاردا بولىدۇ.
meeting-minutes-saved = ✅ { $id } يىغىنىنىڭ خاتىرىسى ساقلاندى.
meeting-minutes-plans = بۇ يىغىندىن چىققان پىلانلار: { $plans }.
meeting-plan-provenance = { $meeting } يىغىنىدىن
help-meetings = يىغىنلار:
    /meeting list — كېلىدىغان يىغىنلار؛ /meeting show <كود> — كۈن تەرتىپى ۋە تەكلىپلەر
    /rsvp <كود> yes، no ياكى maybe — جاۋابىڭىز (ياكى تەكلىپنامىدىكى كۇنۇپكىلار)
    /proposal <كود> <ماۋزۇ> — بىر تېما تەۋسىيە قىلىڭ، تېكىستىڭىز كېيىنكى قۇرلاردا
    /back <تەكلىپ> — بىر تەكلىپنى قوللاڭ؛ /unback قايتۇرۇۋالىدۇ
help-meetings-organiser = يىغىنلار (تەشكىللىگۈچىلەر ئۈچۈن):
    /meeting — يىغىن پىلانلاش، يۆتكەش، ئەمەلدىن قالدۇرۇش، تىزىملاش ۋە كۆرسىتىش
    /minutes <كود> — خاتىرىنى ۋە يىغىندىن چىققان پىلانلارنى كىرگۈزۈش
    /rsvp، /proposal، /back ۋە /unback — باشقا ئەزالارغا ئوخشاش
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = { $id } تەكلىپى بىلەن ھېچقانداق ھۆججەت ئەۋەتىلمىگەن.
