# The influencer's video kit (/kit): slides for the end of a video, the description block, the plan page.
kit-kicker = { $forum } · ھەرىكەت پىلانىمىز
kit-minutes = { $minutes ->
    [one] جەمئىي تەخمىنەن بىر مىنۇت
   *[other] جەمئىي تەخمىنەن { $minutes } مىنۇت
}
kit-scan = قوشۇلۇش ئۈچۈن سكانىرلاڭ
kit-fallback = ئىنگلىزچە كۆرسىتىلدى: بۇ پىلان تېخى بۇ تىلدا يوق: { $language }
kit-description = بۇ ئايلىق ھەرىكەت پىلانىمىز: { $title }. { $tasks ->
    [one] بىر ئەمەلىي قەدەم
   *[other] { $tasks } ئەمەلىي قەدەم
}، تەخمىنەن { $minutes } مىنۇت. قوشۇلۇپ قەدەملەرنى تاپشۇرۇۋېلىڭ:
kit-label-telegram = تېلېگرام:
kit-label-whatsapp = ۋاتساپ:
kit-label-page = پىلان:
kit-intro = 🎬 «{ $title }» ئۈچۈن قوراللىرىڭىز: ئىككى سىلايد — 16:9 سىننىڭ ئاخىرى ئۈچۈن، 9:16 قىسقا سىن ۋە ھېكايىلەر ئۈچۈن. ھۆججەتلەر تولۇق سۈپەتتە؛ ئالدىن كۆرۈنۈشلەر پەقەت كۆرۈش ئۈچۈن. ئاندىن سىنىڭىزنىڭ چۈشەندۈرۈش تېكىستى كېلىدۇ.
kit-slide-landscape = 16:9 سىلايد، سىننىڭ ئاخىرى ئۈچۈن
kit-slide-portrait = 9:16 سىلايد، قىسقا سىن ۋە ھېكايىلەر ئۈچۈن
kit-description-intro = بۇنى سىنىڭىزنىڭ ئاستىغا چاپلاڭ:
kit-none = ھازىر ئوچۇق پىلان يوق. مۇنبەر پىلان ئېلان قىلغاندا، /kit ئۇنىڭ سىلايدلىرىنى تەييارلايدۇ.
kit-unknown-plan = «{ $id }» دېگەن ئوچۇق پىلان يوق. ئوچۇق پىلانلار: { $ids }
kit-failed = كەچۈرۈڭ، سىلايدلارنى ھازىر سىزالمىدىم. بىر نەچچە مىنۇتتىن كېيىن /kit نى قايتا سىناڭ.
report-page-visits = پىلان بېتىنى زىيارەت قىلغانلار: { $visits } · قوشۇلغانلار: { $joined }
