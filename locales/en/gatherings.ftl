# Live gatherings announced to a cause's followers: the invitation, answers, the reminder, hosts' commands.

gathering-title = 📣 Live gathering: { $title }
gathering-host-forum = Hosted by the Forum
gathering-host-influencer = Hosted by { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
gathering-guests = 🎙 With { $guests }
gathering-cause = 🎗 For { $cause }
gathering-invite-line = Will you join? Say you'll be there and we'll remind you an hour before.
gathering-you-are-going = ✅ You said you'll be there. We'll remind you an hour before.
gathering-button-going = ✋ I'll be there
gathering-button-not-going = I can't come after all
gathering-hint = Reply *going* to say you'll be there.
gathering-hint-going = Reply *not going* if you can't come after all.

gathering-going-thanks = See you there! We'll remind you an hour before.
gathering-going-already = You've already said you'll be there. 👍
gathering-not-going-done = Noted — you're off the list. Thanks for letting us know.
gathering-not-going-already = You weren't on the list for this one.
gathering-cancelled-notice = This gathering has been cancelled.
gathering-over-notice = This gathering has already taken place.
gathering-not-invited = This invitation was meant for followers of another cause.
gathering-reminder = ⏰ Starting in an hour: { $title }
gathering-cancelled-message = ❌ “{ $title }” ({ $when }) has been cancelled and won't take place. Thank you for saying you'd come.

gatherings-none = There are no gatherings coming up for your causes right now.
gatherings-intro = { $count } gatherings are coming up for your causes:
gatherings-intro-whatsapp = { $count } gatherings are coming up for your causes. Reply *going 1*, *going 2*… to answer one.
gathering-pick-number = Which one? Send /going with its number from /gatherings (1 to { $count }), e.g. /going 1.
gathering-pick-number-whatsapp = Which one? Reply *going* with its number from *gatherings* (1 to { $count }), e.g. *going 1*.

help-gatherings-hosts = For live gatherings:
    /gathering — announce one to a cause's followers (/gathering help for an example)
    /gathering list — those coming up · /gathering cancel <id>
    /gatherings — those you are invited to

# Hosts: organisers (forum-wide) and influencers (their own audience), on Telegram.
gathering-hosts-only = Only the forum's organisers and influencers can announce gatherings.
gathering-usage = To announce a live gathering, send /gathering followed by its details, one per line:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Europe/London
    link: https://meet.example.org/live
    title: An evening with the families
    guests: Abu Ali, Dr Amina Yusuf
    minutes: 90

    "starts" takes a date, a time and a time zone (or an ISO time such as 2026-12-05T18:00+03:00); each follower sees it in their own zone. The link must start with https://. Guests and minutes are optional (60 minutes if not given). An influencer with several audiences adds "audience: <code>".
gathering-invalid = That gathering can't be announced yet:
    { $errors }

    Send /gathering help for an example.
gathering-unknown-audience = No influencer has the code { $audience }.
gathering-which-audience = Which of your audiences is it for? Add a line "audience: <code>" — yours are { $codes }.
gathering-announced-forum = 📣 Announced { $id }: “{ $title }”, { $when }. It's going out now to every follower of { $cause }; those who say they'll come get a reminder an hour before.
    To cancel it: /gathering cancel { $id }
gathering-announced-audience = 📣 Announced { $id }: “{ $title }”, { $when }. It's going out now to the followers of { $cause } in { $audience }'s audience; those who say they'll come get a reminder an hour before.
    To cancel it: /gathering cancel { $id }
gathering-list-none = No gatherings are coming up.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = There is no gathering { $id } that you can manage.
gathering-cancelled = Cancelled { $id } (“{ $title }”). No more invitations or reminders will go out for it.

# /report
gathering-report-heading = 📣 Gatherings (invited → said they'd come)
gathering-report-line = { $title } · { $when }: { $invited } → { $yes }
gathering-report-audience =     { $audience }: { $invited } → { $yes }

wa-words-going = going, i'll be there, i will be there, attending
wa-words-notgoing = not going, can't come, cannot come, can't make it
wa-words-gatherings = gatherings, events
