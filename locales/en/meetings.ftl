# The forum's meetings (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    When: { $date } ({ $place } time)
    Where: { $link }
    Guests: { $guests }
    Agenda:
    { $agenda }
meeting-invitation-head = 📨 You are invited to a meeting of the Forum.
meeting-invitation-foot = Will you come? Answer below; you can change your answer at any time. To propose an item for the agenda: /proposal { $id } followed by a title, with your text on the next lines.
meeting-rsvp-yes = Yes
meeting-rsvp-no = No
meeting-rsvp-maybe = Maybe
meeting-rsvp-hint = Answer with /rsvp { $id } yes, no or maybe.
meeting-rsvp-usage = Write /rsvp, the meeting's code and your answer, for example: /rsvp mt4k2x yes (or no, or maybe).
meeting-rsvp-saved-yes = ✅ Noted: you are coming. See you there!
meeting-rsvp-saved-no = Noted: you can't come this time. Thank you for letting us know.
meeting-rsvp-saved-maybe = Noted: maybe. You can change your answer at any time.
meeting-is-cancelled = ❌ This meeting has been cancelled.
meeting-is-over = That meeting is over.
meeting-unknown = I don't know a meeting called “{ $id }”. /meeting lists the meetings to come.
meeting-proposals-title = Proposals ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [one] backed by one member
       *[other] backed by { $count } members
    }
meeting-rsvp-counts = Answers: { $yes } yes, { $maybe } maybe, { $no } no; { $none } not answered yet.
meeting-minutes-title = 📝 Minutes:
meeting-none = No meetings are planned yet.
meeting-list-title = Meetings to come:
meeting-list-line = • { $id }: { $topic } — { $date } ({ $place } time)
meeting-usage = Meeting commands (organisers):
    /meeting schedule, then one line each:
      when: 2026-12-15 18:00 Europe/Istanbul (or a city, or UTC+3)
      link: https://…
      topic: …
      guests: name; name (as they wish to be shown)
      agenda: item; item
    /meeting move <code> <date time zone> — a new time (members are told)
    /meeting cancel <code> — cancel it (members are told)
    /meeting list — the meetings to come; /meeting show <code> — one meeting, its proposals and answers
    /minutes <code>, then the minutes, and a line “plan: <proposal> <plan id>” for each proposal that became a plan
meeting-member-usage = /meeting list shows the meetings to come, and /meeting show followed by a meeting's code shows its agenda, the proposals and the answers so far.
meeting-schedule-errors = I couldn't schedule this meeting yet:
meeting-error-when = “when:” needs a date, a time and a zone, like 2026-12-15 18:00 Europe/Istanbul.
meeting-error-date = That date or time does not exist; please check the day, month and hour.
meeting-error-zone = I don't recognise that time zone or city. Try a zone such as Europe/Istanbul, a city such as Istanbul, or an offset such as UTC+3.
meeting-error-past = That time has already passed; please choose a time in the future.
meeting-error-missing-when = Please add a line “when:” with the date, time and zone.
meeting-error-missing-link = Please add a line “link:” with the meeting's address (starting with https://).
meeting-error-missing-topic = Please add a line “topic:” saying what the meeting is about.
meeting-error-link = The link must be a full address starting with https://.
meeting-error-long = One of the lines is too long (200 characters at most).
meeting-error-empty = One of the lines is empty.
meeting-error-guests = That is a lot of guests: 12 at most.
meeting-error-agenda = That is a long agenda: 15 items at most.
meeting-error-line = I don't understand this line: “{ $line }”. Each line starts with when:, link:, topic:, guests: or agenda:.
meeting-scheduled = ✅ Meeting { $id } is scheduled: { $topic }, { $date } ({ $place } time).
    Invitations going out: { $invited }, each in the member's own language and time zone.
meeting-unreachable = Members the bot cannot reach yet: { $unreachable }. It has never heard from them; they are invited as soon as they write to the bot.
meeting-moved = ✅ Meeting { $id } is moved to { $date } ({ $place } time). Members who were invited are told.
meeting-moved-notice = 🗓 The meeting “{ $topic }” has a new time: { $date } ({ $place } time). Link: { $link }
meeting-cancelled = Meeting { $id } is cancelled. Members who were invited are told.
meeting-cancelled-already = Meeting { $id } was already cancelled.
meeting-cancelled-notice = ❌ The meeting “{ $topic }” planned for { $date } ({ $place } time) is cancelled. Sorry for the change of plans.
meeting-reminder-day = ⏰ Tomorrow: “{ $topic }”, { $date } ({ $place } time). Link: { $link }
meeting-reminder-hour = ⏰ In one hour: “{ $topic }”, { $date } ({ $place } time). Link: { $link }
meeting-proposal-usage = To propose an item, write /proposal, the meeting's code and a title, then your text on the next lines, for example:
    /proposal mt4k2x A winter book drive
    Each influencer shares one list of books…
    To add a paper, send it as a document with the same words as its caption.
meeting-proposal-long = That is too long: a title of { $title } characters at most, and a text of { $text } at most.
meeting-proposed = ✅ Your proposal { $id } is on the agenda of meeting { $meeting }. Members can back it with /back { $id }.
meeting-proposal-unknown = I don't know a proposal called “{ $id }”.
meeting-backed = 👍 You back proposal { $id }. /unback { $id } withdraws it.
meeting-backed-already = You already back proposal { $id }.
meeting-unbacked = Your backing of proposal { $id } is withdrawn.
meeting-unbacked-none = You don't back proposal { $id }.
meeting-minutes-usage = Write /minutes and the meeting's code, then the minutes on the next lines, and for each proposal that became a plan a line like: plan: mt4k2x-1 winter-books
meeting-minutes-early = Meeting { $id } hasn't started yet: minutes come after it.
meeting-plan-unknown = I don't know a plan called “{ $id }”. Propose the plan first, then record it in the minutes.
meeting-minutes-long = The minutes are too long: { $max } characters at most. Keep them short; the plans carry the details.
meeting-minutes-saved = ✅ Minutes of meeting { $id } are recorded.
meeting-minutes-plans = Plans coming from this meeting: { $plans }.
meeting-plan-provenance = from meeting { $meeting }
help-meetings = Meetings:
    /meeting list — the meetings to come; /meeting show <code> — its agenda and proposals
    /rsvp <code> yes, no or maybe — your answer (or the buttons on the invitation)
    /proposal <code> <title> — propose an item, your text on the next lines
    /back <proposal> — back a proposal; /unback withdraws it
help-meetings-organiser = Meetings (organisers):
    /meeting — schedule, move, cancel, list and show meetings
    /minutes <code> — record the minutes and the plans that came from the meeting
    /rsvp, /proposal, /back and /unback — as every member
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = Proposal { $id } came with no document.
