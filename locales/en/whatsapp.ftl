# WhatsApp and the console: no buttons and no slash commands, so followers type words and numbers.
# wa-words-* list the words (comma-separated) that work as commands; every language's words work
# for everyone, English included. Keys ending in -whatsapp replace the key without it on these channels.

wa-words-start = join, start, subscribe
wa-words-help = help, menu, commands
wa-words-stop = stop, unsubscribe, stop all
wa-words-done = done, did
wa-words-undo = undo
wa-words-pledge = pledge, i pledge
wa-words-plans = plans, my plans, tasks
wa-words-language = language
wa-words-topics = topics, causes
wa-words-timezone = timezone, time zone
wa-words-privacy = privacy
wa-words-forget = forget, forget me, erase

wa-media-only = Thanks! I can only read text messages, not photos, voice notes or files. Reply *menu* to see what I can do.

help-whatsapp = Here's what I can do — just reply with the word:
    • *plans* — your current actions
    • *done 2* — tick task 2 (*undo 2* to untick)
    • *pledge* — pledge to your newest plan
    • *topics* — choose the causes you follow
    • *language* — change language
    • *timezone* — change when reminders arrive
    • *privacy* — what I keep about you
    • *stop* — stop all messages
    • *forget* — erase everything about you
    • *menu* — this list
start-welcome-back-whatsapp = Welcome back! You're already signed up. Reply *plans* to see your actions, or *menu* for everything else.
start-resubscribed-whatsapp = Welcome back! You'll receive the Forum's plans again. Change your causes any time by replying *topics*.
privacy-whatsapp = 🔒 What I keep, and why
    • Your language, the causes you follow and your rough time zone — to send you the right plans at a reasonable hour.
    • Which influencer's link you joined by — so they can see how many people act, as totals only.
    • Which plans you received, pledged and which tasks you ticked — for your checklist and reminders.
    • Your WhatsApp address, encrypted — only to send you messages. I never keep your phone number in readable form, nor your name.
    Nobody, not even influencers or organisers, can see who you are in the reports.
    Reply *stop* to pause all messages, or *forget* to erase everything about you, for good.
stop-done-whatsapp = Done — you won't receive any more plans or reminders. Reply *join* whenever you want to come back. To erase your data too, reply *forget*.
stop-not-subscribed-whatsapp = You're not signed up, so there's nothing to stop. Reply *join* to sign up.
forget-done-whatsapp = Everything about you has been erased. Thank you for everything you did. If you ever want to come back, just reply *join*.
settings-pick-topics-whatsapp = Which causes do you want to follow? Reply with their numbers.
onboarding-pick-topics-whatsapp = Which causes do you want to act on? Reply with the numbers of every one you care about.
onboarding-privacy-whatsapp = 🔒 Your privacy
    • I keep only your language, the causes you picked, your rough time zone, and which tasks you tick.
    • I never keep your name, and your WhatsApp address is stored encrypted.
    • Influencers only ever see totals, never who you are.
    • Reply *stop* to pause all messages, or *forget* to erase everything about you.
onboarding-summary-whatsapp = All set! ✅
    Language: { $language }
    Causes: { $topics }
    Reminders timed for: { $timezone }

    What happens next: when the Forum publishes a plan for one of your causes, you'll get it here as a few simple tasks. Pledge, tick them off as you go, and that's it.
    Reply *language*, *topics* or *timezone* to change anything, or *menu* for everything I can do.
flow-reprompt-choose-one-whatsapp = Sorry, I didn't catch that. Please reply with a number from 1 to { $count }, or *menu* for help.
flow-reprompt-choose-many-whatsapp = Sorry, I didn't catch that. Please reply with the numbers you want, such as 1 3, or *menu* for help.
flow-reprompt-choose-many-keep-whatsapp = Sorry, I didn't catch that. Reply with the numbers you want, such as 1 3, or 0 to keep the ticked ones.
flow-pick-at-least-one-whatsapp = Please pick at least one: reply with its number.
unknown-command-whatsapp = I don't know that one. Reply *menu* to see what I can do.
fallback-whatsapp = Thanks for your message! I'm a bot, so I can't read free text. Reply *plans* for your actions, *done 1* to tick a task, or *menu* for everything else.
fallback-opted-out-whatsapp = You're not receiving plans right now. Reply *join* to start again, or *menu* for more.
wa-words-sources = sources, source
