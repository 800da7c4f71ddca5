# A plan's life after it went out: corrections, closing results, pausing a broadcast.

plan-corrected-note = ✏️ Corrected by the organisers: { $changes }
plan-change-task = task { $task } updated
plan-change-added = task { $task } added
plan-change-withdrawn = task { $task } withdrawn
plan-change-wording = wording updated
plan-change-language = now also in { $language }
plan-closing-title = 🏁 “{ $title }” has ended. Here is what all of us did together:
plan-closing-pledged = • { $count } of us pledged to act
plan-closing-task = • { $count } of us: { $task }
plan-closing-few = 🏁 “{ $title }” has ended. Too few of us took part for figures we can share safely, but every action counted.
plan-closing-thanks = Thank you for taking part.

org-correction-usage = Corrections and broadcasts of a plan that went out:
    /correct followed by the corrected YAML on the next lines — same id and topics, at least as many tasks; add "withdraw: [3]" to withdraw task 3
    /approve <plan-id> — approve its newest correction
    /pause <plan-id> and /resume <plan-id> — pause or resume what is being sent for it
    /broadcasts <plan-id> — the progress of each of its broadcasts
org-correction-proposed = ✏️ Correction { $revision } of “{ $id }” saved. It goes out once { $required } organisers approve it (/approve { $id }).
org-correction-approved = 👍 Approved. Correction { $revision } of “{ $id }”: { $count } of { $required } approvals.
org-correction-applied = ✅ Correction { $revision } of “{ $id }” is approved and applied: everyone who got the plan gets the corrected checklist. /broadcasts { $id } shows the progress.
org-correction-none = “{ $id }” has no correction waiting for approval.
org-correction-not-live = “{ $id }” has not gone out yet: change it with /propose instead.
org-correction-ended = “{ $id }” has ended, so it can no longer be corrected.
org-correction-same = This correction changes nothing in “{ $id }”.
org-broadcast-paused = ⏸ Paused { $id }: no new messages start until /resume { $plan }.
org-broadcast-already-paused = { $id } was already paused; /resume { $plan } continues it.
org-broadcast-not-running = Nothing of “{ $id }” is being sent right now.
org-broadcast-not-paused = Nothing of “{ $id }” is paused.
org-broadcast-resumed = ▶️ Resumed “{ $id }”: sending continues where it stopped.
org-broadcast-line = { $id } ({ $kind }, { $state }): sent { $sent } · pending { $pending } · failed { $failed } · blocked { $blocked }
