# The public plan page (/p/<plan>/<code>), shown in a browser.
page-open-until = Open until { $date }
page-ended = This plan has ended. Thank you to everyone who took part: the next plan is on its way.
page-join-intro = Join to get these steps in your chat, tick them off as you go, and hear what all of us did together.
page-join-telegram = Join on Telegram
page-join-whatsapp = Join on WhatsApp
page-withdrawn = This step was withdrawn: please don't do it.
page-source = Checked by { $by } on { $date }
page-open-link = Open ({ $host })
page-minutes = { $minutes ->
    [one] About one minute
   *[other] About { $minutes } minutes
}
page-done = Done by { $count } of us so far
page-privacy = This page sets no cookies and loads nothing from any other site. We count visits only as a total.
page-languages = Languages
page-not-found-title = Page not found
page-not-found-body = This link doesn't lead to a plan. It may be mistyped, or the plan may not be public yet. Ask whoever shared it for the link again.
