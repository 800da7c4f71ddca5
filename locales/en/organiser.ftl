# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = This command is for the Forum's organisers.
org-plan-usage = Plan commands:
    /propose followed by the plan's YAML on the next lines — propose a plan
    /validate followed by YAML — check a plan without saving it
    /preview <plan-id> [language] — see it exactly as a follower would
    /approve <plan-id> — approve it ({ $required } organisers must approve)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — publish now or at a time (UTC)
    /cancel <plan-id> — stop it
    /status [plan-id] — where plans and broadcasts are
    /clitoken — your personal token for the plan CLI (npm run plan)
org-plan-invalid = That plan has problems:
    { $errors }
org-plan-valid = ✅ The plan “{ $id }” is valid: { $tasks } tasks, languages: { $languages }.
org-plan-proposed = 📝 Plan “{ $id }” proposed. It needs { $required } approvals from different organisers (/approve { $id }).
org-plan-locked = Plan “{ $id }” has already gone out and can't be changed.
org-plan-busy = Another organiser is changing plan “{ $id }” right now. Try again in a moment.
org-plan-revised = Plan “{ $id }” was changed while you were approving it, so your approval counts only for the old version. Look at the new one (/preview { $id }) and approve it again.
org-plan-unknown = I don't know a plan called “{ $id }”.
org-plan-approved = 👍 Approved. Plan “{ $id }” has { $count } of { $required } approvals.
org-plan-quorum = ✅ Plan “{ $id }” has its { $required } approvals and can be published (/publish { $id }).
org-plan-not-approved = Plan “{ $id }” needs { $required } approvals first; it has { $count }.
org-plan-scheduled = ⏰ Plan “{ $id }” will be published at { $at } (UTC).
org-plan-publishing = 🚀 Plan “{ $id }” is being sent now. /status { $id } shows progress.
org-plan-cancelled = 🛑 Plan “{ $id }” is cancelled. Nobody else will receive it.
org-plan-bad-state = Plan “{ $id }” is { $status }; that can't be done now.
org-plan-bad-time = I couldn't read that time. Use YYYY-MM-DDTHH:MM in UTC, for example 2026-12-01T18:00.
org-status-line = { $id }: { $status } · approvals { $approvals }/{ $required } · sent { $sent }, pending { $pending }, failed { $failed }, blocked { $blocked }
org-status-none = No plans yet.
org-preview-note = 👀 Preview in { $language } — exactly what followers will see:

org-clitoken = 🔑 Your personal token for the plan CLI. It is shown only this once; a new /clitoken replaces it.
    { $token }
    Use it like this: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    Keep it secret: anyone who has it can approve and publish plans in your name. You can delete this message now.
org-withdraw-usage = Usage: /withdraw <plan id> <task number>, e.g. /withdraw my-plan 2. It takes effect at once, without approvals.
org-withdraw-no-task = Plan “{ $id }” has tasks 1 to { $total }.
org-withdraw-already = Task { $task } of “{ $id }” is already withdrawn.
org-withdraw-done = Task { $task } of “{ $id }” is withdrawn: its buttons now say so, reminders skip it and reports no longer count it.
org-close-usage = Usage: /close <plan id>. The plan ends now: reminders stop and its checklists say it has ended.
org-close-not-open = “{ $id }” is not open ({ $status }), so there is nothing to close.
org-close-done = “{ $id }” is closed: reminders have stopped and its checklists now say it has ended.
help-organiser-life = A plan once it is out:
    /withdraw <plan> <task> — withdraw a task at once (a bad link, a scam look-alike)
    /close <plan> — end a plan now, before its end date

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 Broadcast of “{ $id }”
bcast-watch-figures = Sent { $sent } · pending { $pending } · failed { $failed } · blocked { $blocked }
bcast-watch-rate = { $rate } a second · about { $left } left
bcast-watch-rate-unknown = Measuring the speed…
bcast-watch-done = ✅ Finished in { $took }. These are the final figures.
