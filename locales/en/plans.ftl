# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (This plan isn't available in your language yet, so here it is in English.)
plan-minutes = { $minutes ->
    [one] 1 min
   *[other] { $minutes } min
}
plan-progress = { $done } of { $total } done
plan-all-done-line = 🎉 All done — thank you!
plan-pledged-line = 🤝 You pledged to do this.
plan-pledge-button = 🤝 I pledge to do this
plan-sources-button = ℹ️ Where these come from
plan-text-hint = When you finish a task, reply "done" and its number (for example: done 1). Reply "pledge" to pledge, "undo 1" to untick.
plan-sources-title = ℹ️ Sources for “{ $title }”
plan-source-line = Vetted by { $vettedBy }, { $date }
plan-pledge-thanks = Thank you for pledging! 🤝
plan-pledge-already = You've already pledged — thank you!
plan-no-such-task = This plan has tasks 1 to { $total }.
plan-complete-thanks = 🎉 You did every task — thank you, may Allah reward you!
    Want to multiply it? Share this link so others can join:
    { $link }
plan-complete-thanks-nolink = 🎉 You did every task — thank you, may Allah reward you!
plan-gone = This plan is no longer active.
plans-none = You have no open plans right now. When the Forum publishes one for your causes, it will arrive here.
plans-intro = { $count ->
    [one] Here is your open plan:
   *[other] Here are your { $count } open plans:
}
plan-done-usage = To tick a task, reply "done" and its number, for example: done 2
reminder-nudge = 🌱 A gentle reminder: you pledged to “{ $title }”. { $done } of { $total } done so far — every step counts. Your checklist:
plan-open-until = 🗓️ Open until { $date }
plan-ended-line = 🏁 This plan has ended. Thank you for everything you did.
plan-ended-notice = This plan has ended, so its tasks can't be ticked any more. Thank you for taking part! 🌱
plan-task-withdrawn = withdrawn by the Forum
plan-task-withdrawn-notice = Task { $task } was withdrawn by the Forum, so there's nothing to do for it. Thank you!
plan-task-figure = { $count } done
plans-finished = ✅ finished
plans-none-open = You have no open plans right now.
plans-past-title = Past plans:
plans-open-hint = Reply "plans" and a number to open that checklist (for example: plans 1), or "sources 1" to see where its tasks come from.
plans-pick-number = Please add a number from 1 to { $total }, for example: plans 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = When you finish a task, reply "done" and its number (for example: done 1), or just "done" for the last one. "undo 1" unticks.
