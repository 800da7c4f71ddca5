# ئەۋەتىلگەندىن كېيىنكى پىلان: تۈزىتىش، ئاخىرقى نەتىجە، ئەۋەتىشنى توختىتىپ تۇرۇش.

plan-corrected-note = ✏️ تەشكىللىگۈچىلەر تۈزەتتى: { $changes }
plan-change-task = { $task }-ۋەزىپە يېڭىلاندى
plan-change-added = { $task }-ۋەزىپە قوشۇلدى
plan-change-withdrawn = { $task }-ۋەزىپە قايتۇرۇۋېلىندى
plan-change-wording = ئىبارىسى تۈزىتىلدى
plan-change-language = ئەمدى { $language } تىلىدىمۇ بار
plan-closing-title = 🏁 «{ $title }» ئاخىرلاشتى. ھەممىمىز بىرلىكتە قىلغانلىرىمىز:
plan-closing-pledged = • ئارىمىزدىن { $count } كىشى ھەرىكەت قىلىشقا ۋەدە بەردى
plan-closing-task = • ئارىمىزدىن { $count } كىشى: { $task }
plan-closing-few = 🏁 «{ $title }» ئاخىرلاشتى. قاتناشقانلار سانى بىخەتەر ھالدا رەقەم ئېيتقۇدەك كۆپ ئەمەس، لېكىن ھەر بىر قەدەم ئەھمىيەتلىك بولدى.
plan-closing-thanks = قاتناشقىنىڭىزغا رەھمەت.

org-correction-usage = ئەۋەتىلگەن پىلاننى تۈزىتىش ۋە ئەۋەتىش:
    • /correct ۋە كېيىنكى قۇرلاردا تۈزىتىلگەن YAML — ئوخشاش id ۋە داۋالار، ۋەزىپە سانى ئازايمايدۇ؛ 3-ۋەزىپىنى قايتۇرۇۋېلىش ئۈچۈن "withdraw: [3]" قوشۇڭ
    • /approve <plan-id> — ئەڭ يېڭى تۈزىتىشنى تەستىقلاش
    • /pause <plan-id> ۋە /resume <plan-id> — ئۇنىڭ ئەۋەتىلىشىنى توختىتىش ياكى داۋاملاشتۇرۇش
    • /broadcasts <plan-id> — ھەر بىر ئەۋەتىشنىڭ ئىلگىرىلىشى
org-correction-proposed = ✏️ «{ $id }» نىڭ { $revision }-تۈزىتىشى ساقلاندى. { $required } تەشكىللىگۈچى تەستىقلىغاندىن كېيىن ئەۋەتىلىدۇ (/approve { $id }).
org-correction-approved = 👍 تەستىقلاندى. «{ $id }» نىڭ { $revision }-تۈزىتىشى: { $required } تەستىقتىن { $count }.
org-correction-applied = ✅ «{ $id }» نىڭ { $revision }-تۈزىتىشى تەستىقلىنىپ ئىجرا قىلىندى: پىلاننى تاپشۇرۇۋالغانلارنىڭ ھەممىسى تۈزىتىلگەن تىزىملىكنى ئالىدۇ. ئىلگىرىلىشى: /broadcasts { $id }
org-correction-none = «{ $id }» نىڭ تەستىق كۈتۈۋاتقان تۈزىتىشى يوق.
org-correction-not-live = «{ $id }» تېخى ئەۋەتىلمىدى: ئۇنى /propose ئارقىلىق ئۆزگەرتىڭ.
org-correction-ended = «{ $id }» ئاخىرلاشتى، شۇڭا ئەمدى تۈزەتكىلى بولمايدۇ.
org-correction-same = بۇ تۈزىتىش «{ $id }» دا ھېچنېمىنى ئۆزگەرتمەيدۇ.
org-broadcast-paused = ⏸ { $id } توختىتىلدى: /resume { $plan } بولمىغۇچە يېڭى ئۇچۇر ئەۋەتىلمەيدۇ.
org-broadcast-already-paused = { $id } ئاللىقاچان توختىتىلغان؛ /resume { $plan } ئۇنى داۋاملاشتۇرىدۇ.
org-broadcast-not-running = ھازىر «{ $id }» دىن ھېچنېمە ئەۋەتىلمەيۋاتىدۇ.
org-broadcast-not-paused = «{ $id }» دىن توختىتىلغان ھېچنېمە يوق.
org-broadcast-resumed = ▶️ «{ $id }» داۋاملاشتى: ئەۋەتىش توختىغان يېرىدىن داۋاملىشىدۇ.
org-broadcast-line = { $id } ({ $kind }، { $state }): ئەۋەتىلدى { $sent } · ساقلاۋاتىدۇ { $pending } · مەغلۇپ { $failed } · توسۇۋەتتى { $blocked }
