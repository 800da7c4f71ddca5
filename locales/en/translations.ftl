# /review: a member who speaks a language approves a plan's version in it before it goes out (TRANSLATION_REVIEW).
review-usage = To review a plan's translations:
    /review <plan> — each language and whether it is approved
    /review <plan> <language> — read that version as its followers will get it
    /review <plan> <language> ok — approve it, so it goes out instead of the English
    /review <plan> ask — ask the members who read each waiting language to review it
review-status = Translations of “{ $id }”:
    { $lines }
review-line-approved = ✅ { $language } — approved
review-line-held = ⏳ { $language } — waiting for a member who speaks it (/review { $id } { $lang }); its followers get the English meanwhile
review-english-only = Plan “{ $id }” is in English only: there is no translation to review.
review-no-version = Plan “{ $id }” has no version in “{ $lang }” to review. English is the original and needs no review.
review-not-yours = Only a member who speaks { $language } can approve that version. If you do, add it to your profile first: /profile speaks { $lang } (with your other languages).
review-preview-note = Here is the { $language } version of “{ $id }”, as its followers will get it once approved:
review-how-to-approve = If it reads well and says the same as the English, approve it: /review { $id } { $lang } ok
review-approved = ✅ Approved: followers who read { $language } now get “{ $id }” in { $language }.
review-already = The { $language } version of “{ $id }” was already approved: it goes out as it is.
help-review = Translations:
    /review <plan> [language] [ok] — read a plan's version in a language you speak, and approve it
    /review <plan> ask — ask the members who read each waiting language to review it
review-ask = 📝 Plan “{ $id }” ({ $title }) has a { $language } version waiting for a review by a member who reads { $language }. Its followers get the English until someone approves it.
    Read it: /review { $id } { $lang }
    If it reads well: /review { $id } { $lang } ok
review-asked = Asked for reviews of “{ $id }”:
    { $lines }
review-asked-line = { $language }: asked now: { $asked } · members who read it: { $speakers } (each is asked once)
review-asked-nobody = { $language }: no member has said they read it yet (/profile speaks { $lang }), so its followers keep getting the English
review-ask-none-held = Every translation of “{ $id }” is already approved, or it is in English only: nobody needs asking.
