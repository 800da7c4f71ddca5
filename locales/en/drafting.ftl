# /draft: a forum member drafts a plan in chat, step by step, instead of writing YAML.
draft-welcome = ✍️ Let's draft a plan together. I'll ask for its causes, title and reasons, then its tasks one by one (up to { $max }), and show it to you exactly as followers will get it before you propose it.
    Send /cancel at any time to drop the draft.
draft-language-note = Write the plan's texts in English: every plan needs them, as they are what followers get when their own language is missing. Other languages can be added later as YAML, with /propose and the same plan id.
draft-ask-causes = Which causes is this plan for? Its followers are the people who follow these causes.
draft-ask-title = What is the plan's title? (3 to { $max } characters)
draft-ask-id = Every plan has a short id, used in commands like /approve. I suggest “{ $id }”: tap it to keep it, or type your own (lower-case letters, digits and dashes).
draft-hint-button = Type your answer, or reply 1 to take the option above.
draft-id-taken = The id “{ $id }” is already used by another plan. Please choose a different one.
draft-ask-why = Why does this plan matter? Followers read this first, so say it in a few sentences. (3 to { $max } characters)
draft-ask-task-title = Task { $n }: what should followers do? Give it a short title. (3 to { $max } characters)
draft-ask-task-how = Task { $n }: how do they do it? Explain the steps simply. (3 to { $max } characters)
draft-ask-task-link = Task { $n }: is there a link where they do it (a petition, a form)? Send it, starting with https://, or tap “No link”.
draft-button-no-link = No link
draft-ask-task-minutes = Task { $n }: roughly how many minutes does it take? Send a number, for example 5.
draft-ask-task-source = Task { $n }: who checked that this task is sound and safe? Send their name, with a link to their work if there is one, or tap the button to name { $forum }.
draft-button-forum-source = Checked by { $forum }
draft-ask-more = That makes { $count ->
        [one] one task
       *[other] { $count } tasks
    }. Add another, or is that all?
draft-button-more = ➕ Add another task
draft-button-tasks-done = ✔️ That's all
draft-tasks-full = That makes { $max } tasks, as many as a plan can have.
draft-ask-ends = Does the plan have an end date? Send it like 2026-12-31, or tap “No end date”.
draft-button-no-end = No end date
draft-preview-intro = 👀 Here is the plan exactly as followers will get it:
draft-preview-too-long = ⚠️ This checklist is { $count } characters long, and one Telegram message holds { $max }: followers there would see it cut off. Please shorten some of the “how” texts (Change a part) before proposing.
draft-invalid = This draft can't be proposed as it is:
    { $errors }
draft-edits-used = You have made many changes to this draft. Propose it now (it can still be corrected with /propose and YAML), or cancel it and start again.
draft-ask-next = What would you like to do?
draft-button-propose = 📝 Propose it
draft-button-edit = ✏️ Change a part
draft-button-cancel = 🗑 Cancel the draft
draft-ask-part = Which part would you like to change?
draft-part-causes = Causes
draft-part-title = Title
draft-part-id = Plan id
draft-part-why = Why it matters
draft-part-task = Task { $n }: { $title }
draft-part-add-task = ➕ Add a task
draft-part-remove-task = ➖ Remove a task
draft-part-ends = End date
draft-ask-remove = Which task should go?
draft-proposed = 📝 Proposed: plan “{ $id }” now needs { $required } approvals from different organisers (/approve { $id }). Your draft is closed.
draft-already-proposed = This draft has just been proposed (by the same tap, reaching the bot twice). Send /status to see the plan.
draft-cancelled = 🗑 The draft is cancelled and nothing of it is kept. Send /draft to start a new one.
draft-in-progress = You already have a draft in progress: answer the last question above to carry on, or send /cancel to drop it and start again.
draft-too-long = That is { $count } characters; the most this can take is { $max }. Could you shorten it and send it again?
draft-too-short = That is a little short: please write at least { $min } characters.
draft-retry-id = A plan id uses lower-case letters, digits and dashes, 3 to 32 characters, and starts with a letter or digit, for example uyghur-2026-12. Please try another.
draft-retry-link = That doesn't look like a link I can use: it must start with https:// (secure links only). Send it again, or tap “No link”.
draft-retry-minutes = Please send the minutes as a whole number from 1 to 600, for example 5.
draft-retry-source = Please send the name of whoever checked this task (at least 2 characters), or tap the button below the question.
draft-retry-source-link = The link in that source doesn't look right. Send the name with a link starting with https://, or the name alone.
draft-retry-date = I couldn't read that date. Please send it like 2026-12-31, or tap “No end date”.
draft-retry-date-past = That date has already passed. Please send a date after today, or tap “No end date”.
help-drafting = Drafting a plan:
    /draft — write a plan step by step in chat, see it as followers will, then propose it
    /cancel — drop the draft in progress
