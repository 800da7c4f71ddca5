# بىر داۋانىڭ ئەگەشكۈچىلىرىگە ئېلان قىلىنغان بىۋاسىتە يىغىلىشلار: تەكلىپ، جاۋاب، ئەسكەرتىش، ساھىبخانلارنىڭ بۇيرۇقلىرى.

gathering-title = 📣 بىۋاسىتە يىغىلىش: { $title }
gathering-host-forum = ساھىبخان: مۇنبەر
gathering-host-influencer = ساھىبخان: { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] 1 مىنۇت
   *[other] { $minutes } مىنۇت
}
gathering-guests = 🎙 مېھمانلار: { $guests }
gathering-cause = 🎗 داۋا: { $cause }
gathering-invite-line = قاتنىشامسىز؟ بارىدىغانلىقىڭىزنى ئېيتسىڭىز، بىر سائەت بۇرۇن ئەسكەرتىمىز.
gathering-you-are-going = ✅ بارىدىغانلىقىڭىزنى ئېيتتىڭىز. بىر سائەت بۇرۇن ئەسكەرتىمىز.
gathering-button-going = ✋ بارىمەن
gathering-button-not-going = بارالمايدىغان بولدۇم
gathering-hint = بارىدىغانلىقىڭىزنى ئېيتىش ئۈچۈن *بارىمەن* دەپ يېزىڭ.
gathering-hint-going = بارالمايدىغان بولسىڭىز *بارالمايمەن* دەپ يېزىڭ.

gathering-going-thanks = ئۇ يەردە كۆرۈشەيلى! بىر سائەت بۇرۇن ئەسكەرتىمىز.
gathering-going-already = بارىدىغانلىقىڭىزنى ئاللىقاچان ئېيتقانسىز. 👍
gathering-not-going-done = خاتىرىلىدۇق، تىزىملىكتىن چىقىرىلدىڭىز. ئۇقتۇرغىنىڭىزغا رەھمەت.
gathering-not-going-already = سىز بۇ يىغىلىشنىڭ تىزىملىكىدە يوق ئىدىڭىز.
gathering-cancelled-notice = بۇ يىغىلىش ئەمەلدىن قالدۇرۇلدى.
gathering-over-notice = بۇ يىغىلىش ئاللىقاچان ئۆتۈپ كەتتى.
gathering-not-invited = بۇ تەكلىپ باشقا بىر داۋانىڭ ئەگەشكۈچىلىرى ئۈچۈن ئىدى.
gathering-reminder = ⏰ بىر سائەتتىن كېيىن باشلىنىدۇ: { $title }
gathering-cancelled-message = ❌ «{ $title }» ({ $when }) ئەمەلدىن قالدۇرۇلدى، ئۆتكۈزۈلمەيدۇ. بارىدىغانلىقىڭىزنى ئېيتقىنىڭىزغا رەھمەت.

gatherings-none = ھازىرچە داۋالىرىڭىز ئۈچۈن يېقىندا ئۆتكۈزۈلىدىغان يىغىلىش يوق.
gatherings-intro = داۋالىرىڭىز ئۈچۈن يېقىندا ئۆتكۈزۈلىدىغان يىغىلىشلار ({ $count }):
gatherings-intro-whatsapp = داۋالىرىڭىز ئۈچۈن { $count } يىغىلىش بار. بىرىگە جاۋاب بېرىش ئۈچۈن *بارىمەن 1*، *بارىمەن 2*… دەپ يېزىڭ.
gathering-pick-number = قايسىسى؟ /gatherings تىزىملىكىدىكى نومۇرى بىلەن /going نى يوللاڭ (1 دىن { $count } گىچە)، مەسىلەن: /going 1
gathering-pick-number-whatsapp = قايسىسى؟ *يىغىلىشلار* تىزىملىكىدىكى نومۇرى بىلەن *بارىمەن* دەپ يېزىڭ (1 دىن { $count } گىچە)، مەسىلەن: *بارىمەن 1*
help-gatherings-hosts = بىۋاسىتە يىغىلىشلار ئۈچۈن:
    /gathering — بىر داۋانىڭ ئەگەشكۈچىلىرىگە يىغىلىش ئېلان قىلىش (مىسال ئۈچۈن /gathering help)
    /gathering list — يېقىندىكىلەر · /gathering cancel <id>
    /gatherings — سىز تەكلىپ قىلىنغانلار

gathering-hosts-only = يىغىلىشنى پەقەت مۇنبەرنىڭ تەشكىللىگۈچىلىرى ۋە تەسىر كۆرسەتكۈچىلەرلا ئېلان قىلالايدۇ.
gathering-usage = بىۋاسىتە يىغىلىش ئېلان قىلىش ئۈچۈن /gathering ۋە ئۇنىڭ تەپسىلاتىنى ھەر قۇرغا بىردىن يېزىپ يوللاڭ:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Europe/Istanbul
    link: https://meet.example.org/live
    title: ئائىلىلەر بىلەن بىر ئاخشام
    guests: Abu Ali, Dr Amina Yusuf
    minutes: 90

    "starts" غا چېسلا، ۋاقىت ۋە ۋاقىت رايونى يېزىلىدۇ (ياكى 2026-12-05T18:00+03:00 دېگەندەك ISO ۋاقتى)؛ ھەر بىر ئەگەشكۈچى ئۇنى ئۆز ۋاقىت رايونىدا كۆرىدۇ. ئۇلانما https:// بىلەن باشلىنىشى كېرەك. مېھمانلار ۋە ۋاقىت ئۇزۇنلۇقى ئىختىيارىي (يېزىلمىسا 60 مىنۇت). بىر نەچچە ئاۋدىتورىيەسى بار تەسىر كۆرسەتكۈچى "audience: <كود>" قۇرىنى قوشىدۇ.
gathering-invalid = بۇ يىغىلىشنى تېخى ئېلان قىلغىلى بولمايدۇ:
    { $errors }

    مىسال كۆرۈش ئۈچۈن /gathering help نى يوللاڭ.
gathering-unknown-audience = { $audience } كودلۇق تەسىر كۆرسەتكۈچى يوق.
gathering-which-audience = قايسى ئاۋدىتورىيەڭىز ئۈچۈن؟ "audience: <كود>" قۇرىنى قوشۇڭ؛ سىزنىڭكى: { $codes }.
gathering-announced-forum = 📣 { $id } ئېلان قىلىندى: «{ $title }»، { $when }. تەكلىپ ھازىر { $cause } نىڭ بارلىق ئەگەشكۈچىلىرىگە ئەۋەتىلىۋاتىدۇ؛ بارىدىغانلىقىنى ئېيتقانلارغا بىر سائەت بۇرۇن ئەسكەرتىش بېرىلىدۇ.
    ئەمەلدىن قالدۇرۇش ئۈچۈن: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } ئېلان قىلىندى: «{ $title }»، { $when }. تەكلىپ ھازىر { $audience } ئاۋدىتورىيەسىدىكى { $cause } ئەگەشكۈچىلىرىگە ئەۋەتىلىۋاتىدۇ؛ بارىدىغانلىقىنى ئېيتقانلارغا بىر سائەت بۇرۇن ئەسكەرتىش بېرىلىدۇ.
    ئەمەلدىن قالدۇرۇش ئۈچۈن: /gathering cancel { $id }
gathering-list-none = يېقىندا ئۆتكۈزۈلىدىغان يىغىلىش يوق.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = سىز باشقۇرالايدىغان { $id } دېگەن يىغىلىش يوق.
gathering-cancelled = { $id } («{ $title }») ئەمەلدىن قالدۇرۇلدى. ئۇنىڭ ئۈچۈن ئەمدى تەكلىپ ياكى ئەسكەرتىش ئەۋەتىلمەيدۇ.

gathering-report-heading = 📣 يىغىلىشلار (تەكلىپ قىلىنغانلار ← بارىدىغانلىقىنى ئېيتقانلار)
gathering-report-line = { $title } · { $when }: { $invited } ← { $yes }
gathering-report-audience =     { $audience }: { $invited } ← { $yes }

wa-words-going = بارىمەن, قاتنىشىمەن
wa-words-notgoing = بارالمايمەن, قاتنىشالمايمەن, بارالمايدىغان بولدۇم
wa-words-gatherings = يىغىلىشلار, پائالىيەتلەر
