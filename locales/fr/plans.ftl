# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (Ce plan n’est pas encore disponible dans votre langue, le voici donc en anglais.)
plan-minutes = { $minutes ->
    [one] 1 min
    [many] { $minutes } min
   *[other] { $minutes } min
}
plan-progress = Progression : { $done } sur { $total }
plan-all-done-line = 🎉 Tout est fait — merci !
plan-pledged-line = 🤝 Vous avez pris l’engagement de le faire.
plan-pledge-button = 🤝 Je m’engage à le faire
plan-sources-button = ℹ️ D’où viennent ces actions
plan-text-hint = Quand vous terminez une tâche, répondez « fait » suivi de son numéro (par exemple : fait 1). Répondez « engagement » pour vous engager, ou « annuler 1 » pour décocher.
plan-sources-title = ℹ️ Sources pour « { $title } »
plan-source-line = Vérifié par { $vettedBy }, le { $date }
plan-pledge-thanks = Merci pour votre engagement ! 🤝
plan-pledge-already = Votre engagement est déjà enregistré — merci !
plan-no-such-task = Ce plan comporte les tâches 1 à { $total }.
plan-complete-thanks = 🎉 Vous avez accompli toutes les tâches — merci, qu’Allah vous récompense !
    Envie de multiplier l’impact ? Partagez ce lien pour que d’autres puissent nous rejoindre :
    { $link }
plan-complete-thanks-nolink = 🎉 Vous avez accompli toutes les tâches — merci, qu’Allah vous récompense !
plan-gone = Ce plan n’est plus actif.
plans-none = Vous n’avez aucun plan en cours pour le moment. Quand le Forum en publiera un pour vos causes, il arrivera ici.
plans-intro = { $count ->
    [one] Voici votre plan en cours :
    [many] Voici vos { $count } plans en cours :
   *[other] Voici vos { $count } plans en cours :
}
plan-done-usage = Pour cocher une tâche, répondez « fait » suivi de son numéro, par exemple : fait 2
reminder-nudge = 🌱 Petit rappel : vous avez pris l’engagement de réaliser « { $title } ». Où vous en êtes : { $done } sur { $total } — chaque pas compte. Votre liste :
plan-open-until = 🗓️ Ouvert jusqu'au { $date }
plan-ended-line = 🏁 Ce plan est terminé. Merci pour tout ce que vous avez fait.
plan-ended-notice = Ce plan est terminé : ses tâches ne peuvent plus être cochées. Merci d'y avoir participé ! 🌱
plan-task-withdrawn = retirée par le Forum
plan-task-withdrawn-notice = La tâche { $task } a été retirée par le Forum : il n'y a rien à faire pour elle. Merci !
plan-task-figure = { $count } l'ont faite
plans-finished = ✅ terminé
plans-none-open = Vous n'avez aucun plan en cours pour le moment.
plans-past-title = Plans passés :
plans-open-hint = Répondez « plans » suivi d'un numéro pour rouvrir cette liste (par exemple : plans 1), ou « sources 1 » pour voir d'où viennent ses tâches.
plans-pick-number = Ajoutez un numéro de 1 à { $total }, par exemple : plans 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Quand vous terminez une tâche, répondez « fait » suivi de son numéro (par exemple : fait 1), ou simplement « fait » pour la dernière. « annuler 1 » la décoche.
