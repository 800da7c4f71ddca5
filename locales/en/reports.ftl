# Reach reports for influencers and organisers, and the influencer tools (/claim, /mylink, /report).

report-title-audience = 📊 Reach report — { $name }
report-title-forum = 📊 Reach report — the whole Forum
report-as-of = As of { $date } (UTC)
report-followers-heading = 👥 Followers
report-joined = Joined: { $all } · last 7 days: { $week } · last 30 days: { $month }
report-active = Active: { $active } · still signing up: { $onboarding }
report-left = Opted out: { $optedOut } · blocked the bot: { $blocked }
report-languages = 🗣 Languages: { $list }
report-topics = 🏷 Causes: { $list }
report-breakdown-small = shown from { $min } active followers
report-others = others
report-others-small = others, fewer than { $min } each
report-plans-heading = 📋 Plans
report-no-plans = 📋 No plan has gone out yet. Your figures will appear here after the first one.
report-more-plans = { $count ->
    [one] …and 1 older plan in the CSV file.
   *[other] …and { $count } older plans in the CSV file.
}
report-plan-title = “{ $title }” ({ $id })
report-line = { $label }: { $value }
report-stage-reached = Reached
report-stage-pledged = Pledged
report-stage-task = Task { $number }
report-stage-completed = Did every task
report-percent = { $value }%
report-rate-of-reached = { $pct } of reached
report-rate-of-pledged = { $pct } of pledged
report-rate-forum = Forum: { $pct }
report-privacy-note = 🔒 Totals only, rounded to 5 — nobody can be identified. “<10” means fewer than 10 people; breakdowns and percentages appear only for larger groups.
report-footer-influencer = /mylink — your links and QR codes · /report csv — these figures as a spreadsheet · /weekly on — this report every week · /summaries on — a short summary after each plan
report-footer-organiser = /report code — one influencer's report · /report csv — as a spreadsheet · /influencer list — all influencers
report-usage = Send /report on its own, or /report csv for a spreadsheet file.
report-not-yours = You can only see the report of your own audience.
report-chart-caption = The funnel of the latest plans: reached → pledged → each task → every task done.
report-chart-title-audience = Plan funnel — { $name }
report-chart-title-forum = Plan funnel — the whole Forum
report-csv-caption = 📄 Your reach report as a spreadsheet (CSV). “<5” marks groups too small to show.
report-csv-button = 📄 Spreadsheet (CSV)
report-csv-hint = Send /report csv for a spreadsheet file.
report-csv-coming = Preparing the spreadsheet…
report-weekly-intro = 🗓 Assalamu alaikum! Here is your weekly reach report.
report-weekly-footer = /weekly off stops these weekly reports. /report shows the latest figures any time.
report-weekly-on = ✅ You'll get your reach report every week, the first on { $date }.
report-weekly-off = Weekly reports are off. /report still shows your figures any time.
report-summaries-on = ✅ After each plan has been sent to everyone, I'll send you a short summary.
report-summaries-off = Plan summaries are off.
report-subscription-usage = Send /weekly on or /weekly off, and /summaries on or /summaries off.
report-summary-title = 📣 “{ $title }” has now been sent to everyone.
report-summary-audience = Your audience: { $reached } reached · { $pledged } pledged so far.
report-summary-rate = That is { $pct } of those reached — thank you for bringing them.
report-summary-forum = The whole Forum: { $reached } reached.
report-summary-footer = /report shows the full picture.

influencer-telegram-only = Influencer tools work in Telegram only.
influencer-only = This is for the Forum's influencers. If you are one, ask an organiser for an invite code, then send /claim followed by it.
influencer-unknown = I don't know an influencer with the code “{ $code }”.
influencer-claim-usage = Send /claim followed by the invite code an organiser gave you, for example: /claim ABCD234XYZ
influencer-claim-invalid = That invite code isn't valid, or it was already used. Please ask an organiser for a new one.
influencer-claimed = 🎉 Welcome, { $name }! Your join code is { $code }.
    /mylink gives you your join links and QR codes for your videos.
    /report shows how many people joined and acted through you — totals only, never names.
influencer-usage = Influencer commands:
    /influencer add code [Telegram user id] Display name — register an influencer
    /influencer invite code — a new invite code for them to /claim
    /influencer list — everyone registered
    /report code — one influencer's report; /report — the whole Forum
influencer-added = ✅ { $name } is registered with the join code { $code }.
influencer-invite = Invite for { $code }: ask them to send me this message — /claim { $invite }
    It works once.
influencer-owner-set = Their reports will go to the Telegram account you gave.
influencer-code-taken = The code “{ $code }” is already taken (by an influencer or a cause). Please choose another.
influencer-bad-args = I couldn't register that:
    { $problems }
    Use: /influencer add code [Telegram user id] Display name
influencer-list-heading = Influencers:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = No influencers registered yet. /influencer add registers one.
influencer-state-claimed = reports go to their account
influencer-state-invited = invite not claimed yet
influencer-state-none = no account yet

mylink-intro = 🔗 Your join links, { $name }:
mylink-topic-intro = 🔗 Your join links for { $topic }, { $name }:
mylink-telegram = Telegram: { $link }
mylink-whatsapp = WhatsApp: { $link }
mylink-topics-heading = One link per cause (that cause is ticked for whoever joins):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = Paste these into your video description; the QR codes below are for the video itself. /mylink followed by a cause gives that cause's QR codes.
mylink-qr-telegram = QR code — join on Telegram ({ $code })
mylink-qr-whatsapp = QR code — join on WhatsApp ({ $code })
mylink-none = No join links are set up yet (the bot has no Telegram name or WhatsApp number). Please tell an organiser.
mylink-unknown-topic = I don't know the cause “{ $topic }”. Causes: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Recounting every report figure from the records now. It runs in the background: /report shows the corrected figures in a few minutes.
