# Reach reports for influencers and organisers, and the influencer tools (/claim, /mylink, /report).

report-title-audience = 📊 يېتىش دوكلاتى — { $name }
report-title-forum = 📊 يېتىش دوكلاتى — پۈتۈن مۇنبەر
report-as-of = ۋاقتى: { $date } (UTC)
report-followers-heading = 👥 ئەگەشكۈچىلەر
report-joined = قوشۇلغانلار: { $all } · ئاخىرقى 7 كۈن: { $week } · ئاخىرقى 30 كۈن: { $month }
report-active = ئاكتىپلار: { $active } · تېخى تىزىملىتىۋاتقانلار: { $onboarding }
report-left = ئايرىلغانلار: { $optedOut } · بوتنى توسقانلار: { $blocked }
report-languages = 🗣 تىللار: { $list }
report-topics = 🏷 داۋالار: { $list }
report-breakdown-small = { $min } ئاكتىپ ئەگەشكۈچىدىن باشلاپ كۆرسىتىلىدۇ
report-others = باشقىلار
report-others-small = باشقىلار، ھەر بىرى { $min } كىشىدىن ئاز
report-plans-heading = 📋 پىلانلار
report-no-plans = 📋 تېخى ھېچقانداق پىلان ئەۋەتىلمىدى. سانلىرىڭىز بىرىنچى پىلاندىن كېيىن مۇشۇ يەردە كۆرۈنىدۇ.
report-more-plans = { $count ->
    [one] …ۋە يەنە 1 كونا پىلان CSV ھۆججىتىدە.
   *[other] …ۋە يەنە { $count } كونا پىلان CSV ھۆججىتىدە.
}
report-plan-title = «{ $title }» ({ $id })
report-line = { $label }: { $value }
report-stage-reached = يەتكەنلەر
report-stage-pledged = ۋەدە بەرگەنلەر
report-stage-task = { $number }-ۋەزىپە
report-stage-completed = ھەممە ۋەزىپىنى قىلغانلار
report-percent = %{ $value }
report-rate-of-reached = يەتكەنلەر ئىچىدە { $pct }
report-rate-of-pledged = ۋەدە بەرگەنلەر ئىچىدە { $pct }
report-rate-forum = مۇنبەر: { $pct }
report-privacy-note = 🔒 پەقەت ئومۇمىي سانلار، 5 كە يېقىنلاشتۇرۇلغان — ھېچكىمنى پەرقلەندۈرگىلى بولمايدۇ. «<10» 10 كىشىدىن ئاز دېگەنلىك؛ تەپسىلاتلار ۋە پىرسەنتلەر پەقەت چوڭراق گۇرۇپپىلاردىلا كۆرۈنىدۇ.
report-footer-influencer = • /mylink — ئۇلانمىلىرىڭىز ۋە QR كودلىرىڭىز · /report csv — بۇ سانلار جەدۋەل قىلىپ · /weekly on — بۇ دوكلات ھەر ھەپتىدە · /summaries on — ھەر پىلاندىن كېيىن قىسقىچە خۇلاسە
report-footer-organiser = • /report كود — بىر تەسىر كۆرسەتكۈچىنىڭ دوكلاتى · /report csv — جەدۋەل قىلىپ · /influencer list — بارلىق تەسىر كۆرسەتكۈچىلەر
report-usage = /report نى يالغۇز، ياكى جەدۋەل ھۆججىتى ئۈچۈن /report csv نى يوللاڭ.
report-not-yours = پەقەت ئۆزىڭىزنىڭ ئاڭلىغۇچىلىرىنىڭ دوكلاتىنىلا كۆرەلەيسىز.
report-chart-caption = ئەڭ يېڭى پىلانلارنىڭ باسقۇچلىرى: يەتكەنلەر ← ۋەدە بەرگەنلەر ← ھەر بىر ۋەزىپە ← ھەممە ۋەزىپە تامام.
report-chart-title-audience = پىلان باسقۇچلىرى — { $name }
report-chart-title-forum = پىلان باسقۇچلىرى — پۈتۈن مۇنبەر
report-csv-caption = 📄 يېتىش دوكلاتىڭىز جەدۋەل (CSV) قىلىپ. «<5» كۆرسەتكىلى بولمايدىغان دەرىجىدە كىچىك گۇرۇپپىلارنى بىلدۈرىدۇ.
report-csv-button = 📄 جەدۋەل (CSV)
report-csv-hint = جەدۋەل ھۆججىتى ئۈچۈن /report csv نى يوللاڭ.
report-csv-coming = جەدۋەل تەييارلىنىۋاتىدۇ…
report-weekly-intro = 🗓 ئەسسالامۇ ئەلەيكۇم! ھەپتىلىك يېتىش دوكلاتىڭىز.
report-weekly-footer = /weekly off ھەپتىلىك دوكلاتلارنى توختىتىدۇ. /report خالىغان ۋاقىتتا ئەڭ يېڭى سانلارنى كۆرسىتىدۇ.
report-weekly-on = ✅ يېتىش دوكلاتىڭىز ھەر ھەپتىدە كېلىدۇ. بىرىنچىسى: { $date }.
report-weekly-off = ھەپتىلىك دوكلاتلار توختىتىلدى. /report سانلىرىڭىزنى يەنىلا خالىغان ۋاقىتتا كۆرسىتىدۇ.
report-summaries-on = ✅ ھەر پىلان ھەممەيلەنگە ئەۋەتىلگەندىن كېيىن، سىزگە قىسقىچە خۇلاسە ئەۋەتىمەن.
report-summaries-off = پىلان خۇلاسىلىرى توختىتىلدى.
report-subscription-usage = /weekly on ياكى /weekly off، ۋە /summaries on ياكى /summaries off نى يوللاڭ.
report-summary-title = 📣 «{ $title }» ئەمدى ھەممەيلەنگە ئەۋەتىلدى.
report-summary-audience = ئاڭلىغۇچىلىرىڭىز: { $reached } كىشىگە يەتتى · ھازىرغىچە { $pledged } كىشى ۋەدە بەردى.
report-summary-rate = بۇ يەتكەنلەر ئىچىدە { $pct } دېگەنلىك — ئۇلارنى ئېلىپ كەلگىنىڭىز ئۈچۈن رەھمەت.
report-summary-forum = پۈتۈن مۇنبەر: { $reached } كىشىگە يەتتى.
report-summary-footer = /report تولۇق مەنزىرىنى كۆرسىتىدۇ.

influencer-telegram-only = تەسىر كۆرسەتكۈچى قوراللىرى پەقەت تېلېگرامدىلا ئىشلەيدۇ.
influencer-only = بۇ مۇنبەرنىڭ تەسىر كۆرسەتكۈچىلىرى ئۈچۈن. ئەگەر سىز شۇلارنىڭ بىرى بولسىڭىز، بىر تەشكىللىگۈچىدىن تەكلىپ كودى سوراڭ، ئاندىن /claim ۋە ئۇ كودنى يوللاڭ.
influencer-unknown = «{ $code }» كودلۇق تەسىر كۆرسەتكۈچىنى بىلمەيمەن.
influencer-claim-usage = /claim ۋە تەشكىللىگۈچى بەرگەن تەكلىپ كودىنى يوللاڭ، مەسىلەن: /claim ABCD234XYZ
influencer-claim-invalid = بۇ تەكلىپ كودى ئىناۋەتسىز ياكى ئاللىقاچان ئىشلىتىلگەن. بىر تەشكىللىگۈچىدىن يېڭىسىنى سوراڭ.
influencer-claimed = 🎉 خۇش كەلدىڭىز، { $name }! قوشۇلۇش كودىڭىز { $code }.
    • /mylink سىنلىرىڭىز ئۈچۈن قوشۇلۇش ئۇلانمىلىرى ۋە QR كودلىرىنى بېرىدۇ.
    • /report سىز ئارقىلىق قانچە كىشى قوشۇلۇپ ھەرىكەت قىلغانلىقىنى كۆرسىتىدۇ — پەقەت ئومۇمىي سان، ھەرگىز ئىسىم ئەمەس.
influencer-usage = تەسىر كۆرسەتكۈچى بۇيرۇقلىرى:
    • /influencer add كود [تېلېگرام ئىشلەتكۈچى نومۇرى] كۆرۈنىدىغان ئىسىم — تەسىر كۆرسەتكۈچى تىزىملاش
    • /influencer invite كود — ئۇلار /claim قىلىدىغان يېڭى تەكلىپ كودى
    • /influencer list — تىزىملانغانلارنىڭ ھەممىسى
    • /report كود — بىر تەسىر كۆرسەتكۈچىنىڭ دوكلاتى؛ /report — پۈتۈن مۇنبەر
influencer-added = ✅ { $name } { $code } قوشۇلۇش كودى بىلەن تىزىملاندى.
influencer-invite = { $code } ئۈچۈن تەكلىپ: ئۇنىڭدىن ماڭا بۇ ئۇچۇرنى يوللىشىنى سوراڭ — /claim { $invite }
    ئۇ پەقەت بىر قېتىم ئىشلەيدۇ.
influencer-owner-set = ئۇنىڭ دوكلاتلىرى سىز بەرگەن تېلېگرام ھېساباتىغا بارىدۇ.
influencer-code-taken = «{ $code }» كودى ئاللىقاچان ئىشلىتىلگەن (بىر تەسىر كۆرسەتكۈچى ياكى بىر داۋا تەرىپىدىن). باشقىسىنى تاللاڭ.
influencer-bad-args = بۇنى تىزىملىيالمىدىم:
    { $problems }
    ئىشلىتىش: /influencer add كود [تېلېگرام ئىشلەتكۈچى نومۇرى] كۆرۈنىدىغان ئىسىم
influencer-list-heading = تەسىر كۆرسەتكۈچىلەر:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = تېخى تىزىملانغان تەسىر كۆرسەتكۈچى يوق. /influencer add بىرىنى تىزىملايدۇ.
influencer-state-claimed = دوكلاتلار ئۇنىڭ ھېساباتىغا بارىدۇ
influencer-state-invited = تەكلىپ تېخى ئىشلىتىلمىدى
influencer-state-none = تېخى ھېسابات يوق

mylink-intro = 🔗 قوشۇلۇش ئۇلانمىلىرىڭىز، { $name }:
mylink-topic-intro = 🔗 { $topic } ئۈچۈن قوشۇلۇش ئۇلانمىلىرىڭىز، { $name }:
mylink-telegram = تېلېگرام: { $link }
mylink-whatsapp = ۋاتساپ: { $link }
mylink-topics-heading = ھەر بىر داۋا ئۈچۈن بىر ئۇلانما (قوشۇلغان كىشى ئۈچۈن شۇ داۋا بەلگىلىنىدۇ):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = بۇلارنى سىنىڭىزنىڭ چۈشەندۈرۈشىگە چاپلاڭ؛ تۆۋەندىكى QR كودلار سىننىڭ ئۆزى ئۈچۈن. /mylink ۋە بىر داۋانىڭ نامى شۇ داۋانىڭ QR كودلىرىنى بېرىدۇ.
mylink-qr-telegram = QR كودى — تېلېگرامدا قوشۇلۇش ({ $code })
mylink-qr-whatsapp = QR كودى — ۋاتساپتا قوشۇلۇش ({ $code })
mylink-none = تېخى قوشۇلۇش ئۇلانمىسى تەڭشەلمىگەن (بوتنىڭ تېلېگرام نامى ياكى ۋاتساپ نومۇرى يوق). بىر تەشكىللىگۈچىگە ئېيتىڭ.
mylink-unknown-topic = «{ $topic }» داۋاسىنى بىلمەيمەن. داۋالار: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 بارلىق دوكلات سانلىرى ھازىر خاتىرىلەردىن قايتا ھېسابلىنىۋاتىدۇ. بۇ ئارقا سۇپىدا ئىشلەيدۇ: بىر نەچچە مىنۇتتىن كېيىن /report تۈزىتىلگەن سانلارنى كۆرسىتىدۇ.
