# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = بۇ بۇيرۇق مۇنبەرنىڭ تەشكىللىگۈچىلىرى ئۈچۈن.
org-plan-usage = پىلان بۇيرۇقلىرى:
    • /propose ۋە كېيىنكى قۇرلاردا پىلاننىڭ YAML تېكىستى — پىلان تەۋسىيە قىلىش
    • /validate ۋە YAML — پىلاننى ساقلىماي تەكشۈرۈش
    • /preview <plan-id> [language] — ئەگەشكۈچى كۆرىدىغاندەك كۆرۈش
    • /approve <plan-id> — تەستىقلاش ({ $required } تەشكىللىگۈچى تەستىقلىشى كېرەك)
    • /publish <plan-id> [YYYY-MM-DDTHH:MM] — ھازىر ياكى بەلگىلىك ۋاقىتتا ئېلان قىلىش (UTC)
    • /cancel <plan-id> — توختىتىش
    • /status [plan-id] — پىلانلار ۋە ئەۋەتىشلەرنىڭ ھالىتى
    • /clitoken — پىلان CLI (npm run plan) ئۈچۈن شەخسىي ئاچقۇچىڭىز
org-plan-invalid = بۇ پىلاندا مەسىلە بار:
    { $errors }
org-plan-valid = ✅ «{ $id }» پىلانى توغرا: { $tasks } ۋەزىپە، تىللار: { $languages }.
org-plan-proposed = 📝 «{ $id }» پىلانى تەۋسىيە قىلىندى. ئوخشىمىغان تەشكىللىگۈچىلەردىن { $required } تەستىق كېرەك (/approve { $id }).
org-plan-locked = «{ $id }» پىلانى ئاللىقاچان ئەۋەتىلگەن، ئۆزگەرتكىلى بولمايدۇ.
org-plan-busy = باشقا بىر تەشكىللىگۈچى ھازىر «{ $id }» پىلانىنى ئۆزگەرتىۋاتىدۇ. بىر ئازدىن كېيىن قايتا سىناڭ.
org-plan-revised = سىز تەستىقلاۋاتقاندا «{ $id }» پىلانى ئۆزگەرتىلدى، شۇڭا تەستىقىڭىز پەقەت كونا نۇسخىغىلا ھېسابلىنىدۇ. يېڭىسىنى كۆرۈپ (/preview { $id }) قايتا تەستىقلاڭ.
org-plan-unknown = «{ $id }» دېگەن پىلاننى بىلمەيمەن.
org-plan-approved = 👍 تەستىقلاندى. «{ $id }» پىلانىنىڭ تەستىقى: { $count }/{ $required }.
org-plan-quorum = ✅ «{ $id }» پىلانىنىڭ { $required } تەستىقى تولدى، ئېلان قىلىشقا بولىدۇ (/publish { $id }).
org-plan-not-approved = «{ $id }» پىلانىغا ئالدى بىلەن { $required } تەستىق كېرەك؛ ھازىرچە { $count } تەستىق بار.
org-plan-scheduled = ⏰ «{ $id }» پىلانى ئېلان قىلىنىدىغان ۋاقىت: { $at } (UTC).
org-plan-publishing = 🚀 «{ $id }» پىلانى ھازىر ئەۋەتىلىۋاتىدۇ. /status { $id } ئىلگىرىلەشنى كۆرسىتىدۇ.
org-plan-cancelled = 🛑 «{ $id }» پىلانى بىكار قىلىندى. ئەمدى ھېچكىمگە ئەۋەتىلمەيدۇ.
org-plan-bad-state = «{ $id }» پىلانىنىڭ ھالىتى: { $status }؛ بۇنى ھازىر قىلغىلى بولمايدۇ.
org-plan-bad-time = بۇ ۋاقىتنى ئوقۇيالمىدىم. UTC بويىچە YYYY-MM-DDTHH:MM شەكلىدە يېزىڭ، مەسىلەن 2026-12-01T18:00.
org-status-line = { $id }: { $status } · تەستىق { $approvals }/{ $required } · ئەۋەتىلدى { $sent }، كۈتۈۋاتىدۇ { $pending }، مەغلۇپ { $failed }، توسۇلغان { $blocked }
org-status-none = تېخى پىلان يوق.
org-preview-note = 👀 كۆرۈنۈشى ({ $language }) — ئەگەشكۈچىلەر دەل مۇشۇنى كۆرىدۇ:

org-clitoken = 🔑 پىلان CLI ئۈچۈن شەخسىي ئاچقۇچىڭىز. ئۇ پەقەت بىر قېتىملا كۆرسىتىلىدۇ؛ يېڭى /clitoken ئۇنىڭ ئورنىنى ئالىدۇ.
    { $token }
    مۇنداق ئىشلىتىڭ: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    ئۇنى مەخپىي تۇتۇڭ: ئۇ كىمنىڭ قولىدا بولسا، سىزنىڭ نامىڭىزدا پىلانلارنى تەستىقلاپ ئېلان قىلالايدۇ. بۇ ئۇچۇرنى ھازىر ئۆچۈرسىڭىز بولىدۇ.
org-withdraw-usage = ئىشلىتىلىشى: /withdraw <پىلان> <ۋەزىپە نومۇرى>، مەسىلەن: /withdraw my-plan 2. تەستىقسىزلا دەرھال كۈچكە ئىگە بولىدۇ.
org-withdraw-no-task = «{ $id }» پىلانىدىكى ۋەزىپىلەرنىڭ نومۇرى 1 – { $total }.
org-withdraw-already = «{ $id }» پىلانىدىكى بۇ ۋەزىپە ئاللىقاچان قايتۇرۇۋېلىنغان: { $task }.
org-withdraw-done = «{ $id }» پىلانىدىكى ۋەزىپە قايتۇرۇۋېلىندى: { $task }. كۇنۇپكىلىرى ئەمدى شۇنى بىلدۈرىدۇ، ئەسكەرتىشلەر ئۇنى ئاتلاپ ئۆتىدۇ، دوكلاتلار ئۇنى ھېسابلىمايدۇ.
org-close-usage = ئىشلىتىلىشى: /close <پىلان>. پىلان ھازىرلا ئاخىرلىشىدۇ: ئەسكەرتىشلەر توختايدۇ، تىزىملىكلىرى ئاخىرلاشقانلىقىنى كۆرسىتىدۇ.
org-close-not-open = «{ $id }» ئوچۇق ئەمەس ({ $status })، تاقايدىغان نەرسە يوق.
org-close-done = «{ $id }» تاقالدى: ئەسكەرتىشلەر توختىدى، تىزىملىكلىرى ئەمدى ئاخىرلاشقانلىقىنى كۆرسىتىدۇ.
help-organiser-life = پىلان ئېلان قىلىنغاندىن كېيىن:
    • /withdraw <پىلان> <ۋەزىپە> — ۋەزىپىنى دەرھال قايتۇرۇۋېلىش (خاتا ئۇلانما، ئالدامچى ساختا بەت)
    • /close <پىلان> — پىلاننى ئاخىرلىشىش ۋاقتىدىن بۇرۇن ھازىرلا ئاخىرلاشتۇرۇش

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 «{ $id }» پىلانىنىڭ تارقىتىلىشى
bcast-watch-figures = ئەۋەتىلدى { $sent } · كۈتۈۋاتىدۇ { $pending } · مەغلۇپ { $failed } · توسۇلغان { $blocked }
bcast-watch-rate = سېكۇنتىغا { $rate } · تەخمىنەن { $left } قالدى
bcast-watch-rate-unknown = سۈرئەت ئۆلچىنىۋاتىدۇ…
bcast-watch-done = ✅ { $took } ئىچىدە تاماملاندى. بۇلار ئاخىرقى سانلار.
