# The first conversation with a new follower.

onboarding-welcome = Assalamu alaikum, and welcome! 🌱
    I'm the Forum's action bot. When the Forum of Influencers agrees on practical steps for a cause, I'll send them to you as a short checklist you can tick off, right here.
onboarding-pick-language = First, which language would you like?
onboarding-pick-topics = Which causes do you want to act on? Tap each one you care about, then tap Done.
onboarding-pick-timezone = Where are you, roughly? I'll only send reminders at a reasonable hour for you.
onboarding-privacy = 🔒 Your privacy
    • I keep only your language, the causes you picked, your rough time zone, and which tasks you tick.
    • I never keep your name, username or phone number, and your chat id is stored encrypted.
    • Influencers only ever see totals, never who you are.
    • /stop pauses all messages. /forget erases everything about you.
onboarding-summary = All set! ✅
    Language: { $language }
    Causes: { $topics }
    Reminders timed for: { $timezone }

    What happens next: when the Forum publishes a plan for one of your causes, you'll get it here as a few simple tasks. Pledge, tick them off as you go, and that's it.
    You can change anything with /language, /topics or /timezone. /help lists everything.
