# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = Reply with a number from 1 to { $count }.
flow-hint-choose-many = Reply with the numbers you want, for example: 1 3
flow-hint-choose-many-keep = Reply with the numbers you want, for example: 1 3 — or 0 to keep the ticked ones.
flow-done-button = Done ✔️
flow-reprompt-choose-one = Sorry, I didn't catch that. Please tap one of the buttons above, or reply with a number from 1 to { $count }.
flow-reprompt-choose-many = Sorry, I didn't catch that. Tap the topics above and then Done, or reply with numbers such as 1 3.
flow-reprompt-choose-many-keep = Sorry, I didn't catch that. Tap the topics above and then Done, reply with numbers such as 1 3, or 0 to keep the ticked ones.
flow-pick-at-least-one = Please pick at least one before tapping Done.

button-expired = That button is no longer active. Please use the latest message.
unknown-command = I don't know that command. Send /help to see what I can do.
fallback = Thanks for your message! I'm a bot, so I can't read free text. Send /help to see what I can do, or /plans for your actions.
fallback-opted-out = You're not receiving plans right now. Send /start to join again, or /help for more.
error-generic = Sorry, something went wrong on our side. Your progress is saved — please try again in a moment.
too-long = That message is too long for me. Please send something shorter.
flood-slow-down = You're sending messages faster than I can keep up with, so I've skipped some. Please slow down a little and send your answer again.

topic-uyghur = Uyghurs
topic-palestine = Palestine
topic-sudan = Sudan
topic-kashmir = Kashmir
topic-rohingya = Rohingya
topic-yemen = Yemen
topic-syria = Syria

tz-london = London (UK)
tz-paris = Paris, Brussels, Berlin
tz-istanbul = Istanbul
tz-cairo = Cairo
tz-riyadh = Makkah, Riyadh, Doha
tz-dubai = Dubai, Muscat
tz-karachi = Karachi, Lahore
tz-delhi = Delhi, Mumbai
tz-dhaka = Dhaka
tz-jakarta = Jakarta
tz-kuala_lumpur = Kuala Lumpur, Singapore
tz-new_york = New York, Toronto
tz-other = 🌍 Another place
tz-ask-place = Type your city or country (for example: Lagos, Sydney, Morocco), or your time as an offset from UTC (for example: UTC+3, +5:30, -5).
tz-place-unknown = Sorry, I don't know that place. Try the nearest big city or your country, or an offset from UTC such as UTC+3 or -5.
