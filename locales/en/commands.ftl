# Replies to the follower commands.

start-welcome-back = Welcome back! You're already signed up. Send /plans to see your actions, or /help for everything else.
start-resubscribed = Welcome back! You'll receive the Forum's plans again. Change your causes any time with /topics.
start-topic-added = Welcome back! I've added { $topic } to your causes.
help = Here's what I can do:
    /plans — your current actions
    /topics — choose the causes you follow
    /language — change language
    /timezone — change when reminders arrive
    /privacy — what I keep about you
    /stop — stop all messages
    /forget — erase everything about you
    /help — this list
privacy = 🔒 What I keep, and why
    • Your language, the causes you follow and your rough time zone — to send you the right plans at a reasonable hour.
    • Which influencer's link you joined by — so they can see how many people act, as totals only.
    • Which plans you received, pledged and which tasks you ticked, and the gatherings you said you'll attend — for your checklist and reminders.
    • Your chat id, encrypted — only to send you messages. I keep no name, username or phone number.
    Nobody, not even influencers or organisers, can see who you are in the reports.
    /stop pauses all messages; /forget erases everything about you, for good.
stop-done = Done — you won't receive any more plans or reminders. Send /start whenever you want to come back. To erase your data too, send /forget.
stop-not-subscribed = You're not signed up, so there's nothing to stop. Send /start to join.
settings-pick-language = Which language would you like?
settings-language-saved = Done! I'll speak { $language } from now on.
settings-pick-topics = Which causes do you want to follow? Tap to tick or untick, then tap Done.
settings-topics-saved = Saved. You follow: { $topics }.
settings-pick-timezone = Where are you, roughly? Reminders will come at a reasonable hour there.
settings-timezone-saved = Saved. Reminders are timed for { $timezone }.
forget-confirm = Erase everything about you? This removes your settings, pledges and progress for good, and you won't get any more messages. This cannot be undone.
forget-yes = Yes, erase everything
forget-no = No, keep my data
forget-kept = Nothing was erased. 👍
forget-done = Everything about you has been erased. Thank you for everything you did. If you ever want to come back, just send /start.
forget-nothing = I don't have anything stored about you.
help-organiser = For organisers:
    /planhelp — propose, approve, publish and follow plans
    /report [code] — the forum's report, or one influencer's
    /influencer add | invite | list — register influencers
    /recount — rebuild the report figures from the records
help-influencer = For influencers:
    /mylink — your join links and QR codes
    /report — your audience's report (/report csv for a spreadsheet)
    /weekly on|off — a report every week
    /summaries on|off — a summary after each plan goes out

# Telegram's command menu (short descriptions).
menu-plans = Your current actions
menu-topics = Causes you follow
menu-language = Change language
menu-timezone = When reminders arrive
menu-privacy = What is kept about you
menu-stop = Stop all messages
menu-forget = Erase everything about you
menu-help = Everything the bot can do
