# The influencer's video kit (/kit): slides for the end of a video, the description block, the plan page.
kit-kicker = { $forum } · our plan of action
kit-minutes = { $minutes ->
    [one] About one minute in all
   *[other] About { $minutes } minutes in all
}
kit-scan = Scan to join
kit-fallback = Shown in English: this plan is not yet available in { $language }
kit-description = Our plan of action this month: { $title }. { $tasks ->
    [one] One practical step
   *[other] { $tasks } practical steps
}, about { $minutes } minutes. Join and get the steps:
kit-label-telegram = Telegram:
kit-label-whatsapp = WhatsApp:
kit-label-page = The plan:
kit-intro = 🎬 Your kit for “{ $title }”. Two slides: 16:9 for the end of a video, 9:16 for Shorts, Reels and stories. The files keep full quality; the previews are only to look at. The text for your video's description follows.
kit-slide-landscape = 16:9 slide, for the end of a video
kit-slide-portrait = 9:16 slide, for Shorts, Reels and stories
kit-description-intro = Paste this under your video:
kit-none = No plan is open right now. When the forum publishes one, /kit makes its slides.
kit-unknown-plan = There is no open plan called “{ $id }”. Open plans: { $ids }
kit-failed = Sorry, I couldn't draw the slides just now. Please try /kit again in a few minutes.
report-page-visits = Plan page visits: { $visits } · joined: { $joined }
