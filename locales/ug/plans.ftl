# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (بۇ پىلان تېخى سىزنىڭ تىلىڭىزدا يوق، شۇڭا ئىنگلىزچە بېرىلدى.)
plan-minutes = { $minutes ->
    [one] 1 مىنۇت
   *[other] { $minutes } مىنۇت
}
plan-progress = تاماملاندى: { $done }/{ $total }
plan-all-done-line = 🎉 ھەممىسى تامام — رەھمەت!
plan-pledged-line = 🤝 بۇنى قىلىشقا ۋەدە بەردىڭىز.
plan-pledge-button = 🤝 قىلىشقا ۋەدە بېرىمەن
plan-sources-button = ℹ️ بۇلار قەيەردىن كەلدى
plan-text-hint = بىر ۋەزىپىنى تۈگەتكەندە، «تامام» ۋە ئۇنىڭ نومۇرىنى يوللاڭ (مەسىلەن: تامام 1). ۋەدە بېرىش ئۈچۈن «ۋەدە» نى، بەلگىنى ئېلىۋېتىش ئۈچۈن «قايتۇر 1» نى يوللاڭ.
plan-sources-title = ℹ️ مەنبەلەر: «{ $title }»
plan-source-line = { $vettedBy } تەكشۈرگەن، { $date }
plan-pledge-thanks = ۋەدە بەرگىنىڭىز ئۈچۈن رەھمەت! 🤝
plan-pledge-already = سىز ئاللىقاچان ۋەدە بەرگەن — رەھمەت!
plan-no-such-task = بۇ پىلاندىكى ۋەزىپىلەرنىڭ نومۇرى 1 – { $total }.
plan-complete-thanks = 🎉 ھەممە ۋەزىپىنى قىلدىڭىز — رەھمەت، ئاللاھ مۇكاپاتىڭىزنى بەرسۇن!
    تېخىمۇ كۆپەيتمەكچىمۇ؟ باشقىلارمۇ قوشۇلسۇن دەپ بۇ ئۇلانمىنى ھەمبەھىرلەڭ:
    { $link }
plan-complete-thanks-nolink = 🎉 ھەممە ۋەزىپىنى قىلدىڭىز — رەھمەت، ئاللاھ مۇكاپاتىڭىزنى بەرسۇن!
plan-gone = بۇ پىلان ئەمدى ئاكتىپ ئەمەس.
plans-none = ھازىر ئوچۇق پىلانىڭىز يوق. مۇنبەر داۋالىرىڭىز ئۈچۈن پىلان ئېلان قىلغاندا، ئۇ مۇشۇ يەرگە كېلىدۇ.
plans-intro = { $count ->
    [one] ئوچۇق پىلانىڭىز:
   *[other] { $count } ئوچۇق پىلانىڭىز:
}
plan-done-usage = ۋەزىپىنى بەلگىلەش ئۈچۈن «تامام» ۋە ئۇنىڭ نومۇرىنى يوللاڭ، مەسىلەن: تامام 2
reminder-nudge = 🌱 سىلىق بىر ئەسكەرتىش: مۇنۇ پىلانغا ۋەدە بەرگەنىدىڭىز: «{ $title }». ھازىرغىچە تاماملانغىنى: { $done }/{ $total } — ھەر بىر قەدەم ئەھمىيەتلىك. تىزىملىكىڭىز:

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = بىر ۋەزىپىنى تۈگەتكەندە، «تامام» ۋە ئۇنىڭ نومۇرىنى يوللاڭ (مەسىلەن: تامام 1)؛ ئەڭ ئاخىرقى ۋەزىپە ئۈچۈن «تامام» نىڭ ئۆزىلا يېتەرلىك. بەلگىنى ئېلىۋېتىش ئۈچۈن «قايتۇر 1» نى يوللاڭ.
