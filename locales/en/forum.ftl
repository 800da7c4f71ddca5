# The forum's members and decisions (src/forum).

forum-members-only = This command is for the Forum's members.
forum-member-usage = Member commands (organisers):
    /member add <telegram id> influencer <audience codes> — add an influencer or member organisation
    /member add <telegram id> organiser — propose a new organiser (the forum decides)
    /member remove <telegram id> — remove a member (an organiser by the forum's decision)
    /member approve <decision> — approve a decision about an organiser
    /members — who is in the forum
forum-member-exists = That person is already a member of the Forum.
forum-member-added = ✅ Added as an influencer, with the audiences: { $codes }.
forum-member-unknown = That person is not a member of the Forum.
forum-member-bootstrap = This organiser is one of the first organisers, set in the bot's configuration (ADMIN_TELEGRAM_IDS). Only whoever runs the bot can change that.
forum-member-removed = ✅ Removed from the Forum.
forum-left = You have left the Forum. Your approvals of plans still waiting no longer count. Thank you for everything you did.
forum-not-member = You are not a member of the Forum.
forum-decision-unknown = I don't know a decision called “{ $id }”.
forum-decision-closed = Decision “{ $id }” has already been carried out.
forum-decision-add-proposed = 📝 New organiser proposed (decision “{ $id }”). Your proposal counts as your approval: { $count } of { $required }. Other organisers approve with /member approve { $id }.
forum-decision-remove-proposed = 📝 Removal of an organiser proposed (decision “{ $id }”). Your proposal counts as your approval: { $count } of { $required }. Other organisers approve with /member approve { $id }.
forum-decision-approved = 👍 Approved. Decision “{ $id }” has { $count } of { $required } approvals.
forum-decision-held = ✋ Decision “{ $id }” is on hold while objections stand (objections: { $objections }). It goes ahead when they are withdrawn, or with { $required } approvals plus one for each objection (it has { $count }).
forum-decision-done = ✅ Decision “{ $id }” is agreed ({ $count } approvals) and has been carried out.
forum-plan-held = ✋ Plan “{ $id }” is on hold while objections stand (objections: { $objections }). It goes ahead when they are withdrawn, or with { $required } approvals plus one for each objection (it has { $count }).
forum-objected = ✋ Your objection to “{ $id }” is recorded. It holds the decision until you withdraw it (/unobject { $id }) or enough members approve anyway.
forum-objected-already = You have already objected to “{ $id }”.
forum-objection-withdrawn = Your objection to “{ $id }” is withdrawn.
forum-objection-none = You have no objection to “{ $id }” to withdraw.
forum-object-usage = Write /object followed by a plan id or a decision (like m.k3x9p2); /unobject withdraws your objection.
forum-members = The Forum today:
    Organisers: { $organisers } (of whom { $bootstrap } from the bot's configuration)
    Influencers and member organisations: { $influencers } (audiences: { $codes })
    A decision now needs { $required } approvals.
help-forum = For forum members:
    /members — who is in the forum
    /object <plan or decision> — hold a decision you disagree with; /unobject withdraws it
    /leave — leave the forum
    /profile — your language, time zone and the languages you can review
    /record <plan or decision> — who proposed, approved and objected, and when
    /member — add and remove members (organisers)
plan-agreed-by = 🤝 Agreed by { $count ->
        [one] one forum member
       *[other] { $count } forum members
    } on { $date }.
plan-file-hint = 📎 This plan looks cut off: Telegram keeps only the first 4,096 characters of a message. Send the plan's .yaml as a file instead (as a document, with /propose or /validate as its caption).
forum-profile = Your forum profile:
    Language: { $language }
    Time zone: { $zone }
    Languages you can review plans in: { $speaks }
    Name in the forum's records: { $name }
    Change it with /profile language ur, /profile zone Karachi (a city, a zone or UTC+5) or /profile speaks ur en.
forum-profile-usage = I didn't catch that. Write, for example:
    /profile language fr
    /profile zone Istanbul (a city, a zone such as Asia/Dhaka, or UTC+3)
    /profile speaks ar en — the languages you can review a plan's translation in
    /profile name Amina K. — the name the forum's records show for you (/profile name - removes it)
    Languages: ar, en, ur, tr, id, ms, fr, ug, bn.
forum-record-usage = Write /record followed by a plan id or a decision (like m.k3x9p2).
forum-record-unknown = I don't know a plan or decision called “{ $id }”.
forum-record-plan = 📜 The record of plan “{ $id }” ({ $title }), version { $revision }
forum-record-decision-add = 📜 The record of decision “{ $id }”: { $member } to become an organiser
forum-record-decision-remove = 📜 The record of decision “{ $id }”: { $member } to stop being an organiser
forum-record-proposed = Proposed by { $who } on { $date }.
forum-record-approvals = Approvals:
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = Objections standing:
forum-record-objected = ✋ { $who }, since { $date }
forum-record-none = — none yet
forum-record-tally = Approvals that count: { $count } of { $required } · objections: { $objections }
forum-record-agreed = ✅ Agreed on { $date }.
forum-record-done = ✅ Carried out on { $date }.
forum-record-ready = It has the approvals it needs and can go ahead.
forum-record-waiting = ⏳ Not agreed yet.
forum-record-unnamed = a member with no name set
forum-record-you = you
forum-record-gone = (no longer counts: not a member who may approve now)
