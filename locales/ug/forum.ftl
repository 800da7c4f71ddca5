# مۇنبەر ئەزالىرى ۋە قارارلىرى (src/forum).

forum-members-only = بۇ بۇيرۇق مۇنبەر ئەزالىرى ئۈچۈن.
forum-member-usage = ئەزا بۇيرۇقلىرى (تەشكىللىگۈچىلەر ئۈچۈن):
    • /member add <telegram id> influencer <ئاۋدىتورىيە كودلىرى> — تەسىر كۆرسەتكۈچى ياكى ئەزا تەشكىلات قوشۇش
    • /member add <telegram id> organiser — يېڭى تەشكىللىگۈچى تەۋسىيە قىلىش (مۇنبەر قارار قىلىدۇ)
    • /member remove <telegram id> — ئەزانى چىقىرىۋېتىش (تەشكىللىگۈچىنى مۇنبەرنىڭ قارارى بىلەن)
    • /member approve <قارار> — تەشكىللىگۈچىگە ئائىت قارارنى تەستىقلاش
    • /members — مۇنبەردە كىملەر بار
forum-member-exists = بۇ كىشى ئاللىقاچان مۇنبەر ئەزاسى.
forum-member-added = ✅ تەسىر كۆرسەتكۈچى سۈپىتىدە قوشۇلدى، ئاۋدىتورىيەلىرى: { $codes }.
forum-member-unknown = بۇ كىشى مۇنبەر ئەزاسى ئەمەس.
forum-member-bootstrap = بۇ تەشكىللىگۈچى بوتنىڭ تەڭشىكىدە (ADMIN_TELEGRAM_IDS) بېكىتىلگەن تۇنجى تەشكىللىگۈچىلەرنىڭ بىرى. بۇنى پەقەت بوتنى ئىجرا قىلغۇچىلا ئۆزگەرتەلەيدۇ.
forum-member-removed = ✅ مۇنبەردىن چىقىرىۋېتىلدى.
forum-left = مۇنبەردىن ئايرىلدىڭىز. ساقلاۋاتقان پىلانلارغا بەرگەن تەستىقلىرىڭىز ئەمدى ھېسابلانمايدۇ. قىلغان بارلىق ئىشلىرىڭىزغا رەھمەت.
forum-not-member = سىز مۇنبەر ئەزاسى ئەمەس.
forum-decision-unknown = «{ $id }» دېگەن قارارنى بىلمەيمەن.
forum-decision-closed = «{ $id }» قارارى ئاللىقاچان ئىجرا قىلىنغان.
forum-decision-add-proposed = 📝 يېڭى تەشكىللىگۈچى تەۋسىيە قىلىندى («{ $id }» قارارى). تەۋسىيەڭىز تەستىقىڭىز ھېسابلىنىدۇ: { $count }/{ $required }. باشقا تەشكىللىگۈچىلەر /member approve { $id } ئارقىلىق تەستىقلايدۇ.
forum-decision-remove-proposed = 📝 بىر تەشكىللىگۈچىنى چىقىرىۋېتىش تەۋسىيە قىلىندى («{ $id }» قارارى). تەۋسىيەڭىز تەستىقىڭىز ھېسابلىنىدۇ: { $count }/{ $required }. باشقا تەشكىللىگۈچىلەر /member approve { $id } ئارقىلىق تەستىقلايدۇ.
forum-decision-approved = 👍 تەستىقلاندى. «{ $id }» قارارىنىڭ تەستىقى: { $count }/{ $required }.
forum-decision-held = ✋ «{ $id }» قارارى توختىتىپ قويۇلدى: { $objections } ئەزا قارشى پىكىر بەردى. قارشى پىكىر قايتۇرۇۋېلىنسا، ياكى { $required } تەستىققا ھەر بىر قارشى پىكىر ئۈچۈن يەنە بىر تەستىق قوشۇلسا داۋاملىشىدۇ (ھازىر { $count }).
forum-decision-done = ✅ «{ $id }» قارارى ماقۇللاندى ({ $count } تەستىق) ۋە ئىجرا قىلىندى.
forum-plan-held = ✋ «{ $id }» پىلانى توختىتىپ قويۇلدى: { $objections } ئەزا قارشى پىكىر بەردى. قارشى پىكىر قايتۇرۇۋېلىنسا، ياكى { $required } تەستىققا ھەر بىر قارشى پىكىر ئۈچۈن يەنە بىر تەستىق قوشۇلسا داۋاملىشىدۇ (ھازىر { $count }).
forum-objected = ✋ «{ $id }» غا بولغان قارشى پىكرىڭىز خاتىرىلەندى. ئۇنى قايتۇرۇۋالغۇچە (/unobject { $id }) ياكى يېتەرلىك ئەزا يەنىلا تەستىقلىغۇچە قارار توختاپ تۇرىدۇ.
forum-objected-already = «{ $id }» غا ئاللىقاچان قارشى پىكىر بەرگەنسىز.
forum-objection-withdrawn = «{ $id }» غا بولغان قارشى پىكرىڭىز قايتۇرۇۋېلىندى.
forum-objection-none = «{ $id }» غا قايتۇرۇۋالىدىغان قارشى پىكرىڭىز يوق.
forum-object-usage = /object ۋە ئۇنىڭدىن كېيىن پىلان ياكى قارارنىڭ id سىنى يېزىڭ (مەسىلەن m.k3x9p2)؛ /unobject قارشى پىكرىڭىزنى قايتۇرۇۋالىدۇ.
forum-members = بۈگۈنكى مۇنبەر:
    • تەشكىللىگۈچىلەر: { $organisers } (بۇنىڭدىن { $bootstrap } بوتنىڭ تەڭشىكىدىن)
    • تەسىر كۆرسەتكۈچىلەر ۋە ئەزا تەشكىلاتلار: { $influencers } (ئاۋدىتورىيەلەر: { $codes })
    • ھازىر بىر قارارغا { $required } تەستىق كېرەك.
help-forum = مۇنبەر ئەزالىرى ئۈچۈن:
    • /members — مۇنبەردە كىملەر بار
    • /object <پىلان ياكى قارار> — قوشۇلمايدىغان قارارنى توختىتىش؛ /unobject قايتۇرۇۋالىدۇ
    • /leave — مۇنبەردىن ئايرىلىش
    • /profile — تىلىڭىز، ۋاقىت رايونىڭىز ۋە پىلانلارنى تەكشۈرەلەيدىغان تىللىرىڭىز
    • /record <پىلان ياكى قارار> — كىم تەكلىپ قىلدى، كىم قوشۇلدى، كىم قارشى چىقتى ۋە قاچان
    • /member — ئەزا قوشۇش ۋە چىقىرىش (تەشكىللىگۈچىلەر)
plan-agreed-by = 🤝 { $date } كۈنى { $count ->
        [one] مۇنبەرنىڭ بىر ئەزاسى
       *[other] مۇنبەرنىڭ { $count } ئەزاسى
    } ماقۇللىدى.
plan-file-hint = 📎 بۇ پىلان كېسىلىپ قالغاندەك قىلىدۇ: تېلېگرام بىر ئۇچۇرنىڭ پەقەت دەسلەپكى 4096 ھەرپىنىلا ساقلايدۇ. ئۇنىڭ ئورنىغا پىلاننىڭ yaml ھۆججىتىنى ئەۋەتىڭ (ھۆججەت سۈپىتىدە، ئىزاھاتىغا /propose ياكى /validate يېزىپ).
forum-profile = مۇنبەردىكى ئارخىپىڭىز:
    تىل: { $language }
    ۋاقىت رايونى: { $zone }
    پىلانلارنى تەكشۈرەلەيدىغان تىللىرىڭىز: { $speaks }
    مۇنبەر خاتىرىسىدىكى ئىسمىڭىز: { $name }
    ئۆزگەرتىش ئۈچۈن: /profile language ur ياكى /profile zone Karachi (شەھەر، ۋاقىت رايونى ياكى UTC+5) ياكى /profile speaks ur en.
forum-profile-usage = چۈشىنەلمىدىم. مەسىلەن مۇنداق يېزىڭ:
    /profile language fr
    /profile zone Istanbul (شەھەر، Asia/Dhaka غا ئوخشاش ۋاقىت رايونى ياكى UTC+3)
    /profile speaks ar en — پىلان تەرجىمىسىنى تەكشۈرەلەيدىغان تىللىرىڭىز
    /profile name ئامىنە ك. — مۇنبەر خاتىرىسىدە سىز ئۈچۈن كۆرسىتىلىدىغان ئىسىم (/profile name - ئۆچۈرىدۇ)
    تىللار: ar، en، ur، tr، id، ms، fr، ug، bn.
forum-record-usage = /record دىن كېيىن پىلان كىملىكى ياكى قارارنى يېزىڭ (مەسىلەن m.k3x9p2).
forum-record-unknown = «{ $id }» ناملىق پىلان ياكى قارارنى بىلمەيمەن.
forum-record-plan = 📜 «{ $id }» پىلانىنىڭ خاتىرىسى ({ $title })، { $revision }-نەشرى
forum-record-decision-add = 📜 «{ $id }» قارارىنىڭ خاتىرىسى: { $member } تەشكىللىگۈچى بولسۇن
forum-record-decision-remove = 📜 «{ $id }» قارارىنىڭ خاتىرىسى: { $member } تەشكىللىگۈچىلىكتىن چىقسۇن
forum-record-proposed = { $date } كۈنى { $who } تەكلىپ قىلغان.
forum-record-approvals = قوشۇلغانلار:
forum-record-approved = 👍 { $who }، { $date }
forum-record-objections = ئىناۋەتلىك قارشى پىكىرلەر:
forum-record-objected = ✋ { $who }، { $date } دىن بۇيان
forum-record-none = — تېخى يوق
forum-record-tally = ھېسابلىنىدىغان قوشۇلۇش: { $required } دىن { $count } · قارشى پىكىر: { $objections }
forum-record-agreed = ✅ { $date } كۈنى قوبۇل قىلىندى.
forum-record-done = ✅ { $date } كۈنى ئىجرا قىلىندى.
forum-record-ready = كېرەكلىك قوشۇلۇشقا ئېرىشتى، داۋاملاشتۇرۇشقا بولىدۇ.
forum-record-waiting = ⏳ تېخى قوبۇل قىلىنمىدى.
forum-record-unnamed = ئىسىم بەلگىلىمىگەن بىر ئەزا
forum-record-you = سىز
forum-record-gone = (ئەمدى ھېسابلانمايدۇ: بۇ ئەزانىڭ ھازىر قوشۇلۇش ھوقۇقى يوق)
