# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = Cette commande est réservée aux organisateurs du Forum.
org-plan-usage = Commandes des plans :
    /propose suivi du YAML du plan sur les lignes suivantes — proposer un plan
    /validate suivi du YAML — vérifier un plan sans l’enregistrer
    /preview <plan-id> [language] — le voir exactement comme un abonné le verra
    /approve <plan-id> — l’approuver ({ $required } organisateurs doivent l’approuver)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — le publier maintenant ou à une heure donnée (UTC)
    /cancel <plan-id> — l’arrêter
    /status [plan-id] — où en sont les plans et les envois
    /clitoken — votre jeton personnel pour l’outil de plans en ligne de commande (npm run plan)
org-plan-invalid = Ce plan comporte des problèmes :
    { $errors }
org-plan-valid = ✅ Le plan « { $id } » est valide : { $tasks } tâches, langues : { $languages }.
org-plan-proposed = 📝 Plan « { $id } » proposé. Il lui faut { $required } approbations d’organisateurs différents (/approve { $id }).
org-plan-locked = Le plan « { $id } » a déjà été envoyé et ne peut plus être modifié.
org-plan-busy = Un autre organisateur modifie le plan « { $id } » en ce moment. Réessayez dans un instant.
org-plan-revised = Le plan « { $id } » a été modifié pendant que vous l’approuviez : votre approbation ne vaut que pour l’ancienne version. Regardez la nouvelle (/preview { $id }) et approuvez-la à nouveau.
org-plan-unknown = Je ne connais aucun plan nommé « { $id } ».
org-plan-approved = 👍 Approuvé. Approbations du plan « { $id } » : { $count } sur { $required }.
org-plan-quorum = ✅ Le plan « { $id } » a obtenu ses { $required } approbations et peut être publié (/publish { $id }).
org-plan-not-approved = Le plan « { $id } » doit d’abord obtenir { $required } approbations ; il en a { $count }.
org-plan-scheduled = ⏰ Le plan « { $id } » sera publié le { $at } (UTC).
org-plan-publishing = 🚀 Le plan « { $id } » est en cours d’envoi. /status { $id } affiche la progression.
org-plan-cancelled = 🛑 Le plan « { $id } » est annulé. Personne d’autre ne le recevra.
org-plan-bad-state = Le plan « { $id } » est à l’état { $status } ; cette action est impossible pour le moment.
org-plan-bad-time = Je n’ai pas pu lire cette heure. Utilisez YYYY-MM-DDTHH:MM en UTC, par exemple 2026-12-01T18:00.
org-status-line = { $id } : { $status } · approbations { $approvals }/{ $required } · envoyés { $sent }, en attente { $pending }, échecs { $failed }, bloqués { $blocked }
org-status-none = Aucun plan pour l’instant.
org-preview-note = 👀 Aperçu ({ $language }) — exactement ce que verront les abonnés :

org-clitoken = 🔑 Votre jeton personnel pour l’outil de plans en ligne de commande. Il ne s’affiche qu’une seule fois ; un nouveau /clitoken le remplace.
    { $token }
    Utilisez-le ainsi : ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    Gardez-le secret : quiconque le possède peut approuver et publier des plans en votre nom. Vous pouvez supprimer ce message maintenant.
org-withdraw-usage = Usage : /withdraw <id du plan> <numéro de tâche>, par ex. /withdraw mon-plan 2. Effet immédiat, sans approbations.
org-withdraw-no-task = Le plan « { $id } » a les tâches 1 à { $total }.
org-withdraw-already = La tâche { $task } de « { $id } » est déjà retirée.
org-withdraw-done = La tâche { $task } de « { $id } » est retirée : ses boutons l'indiquent, les rappels l'ignorent et les rapports ne la comptent plus.
org-close-usage = Usage : /close <id du plan>. Le plan se termine maintenant : les rappels s'arrêtent et ses listes indiquent qu'il est terminé.
org-close-not-open = « { $id } » n'est pas ouvert ({ $status }) : rien à clore.
org-close-done = « { $id } » est clos : les rappels sont arrêtés et ses listes indiquent qu'il est terminé.
help-organiser-life = Une fois le plan publié :
    /withdraw <plan> <tâche> — retirer une tâche tout de suite (lien erroné, imitation frauduleuse)
    /close <plan> — clore un plan maintenant, avant sa date de fin

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 Diffusion de « { $id } »
bcast-watch-figures = Envoyés { $sent } · en attente { $pending } · échecs { $failed } · bloqués { $blocked }
bcast-watch-rate = { $rate } par seconde · encore environ { $left }
bcast-watch-rate-unknown = Mesure de la vitesse…
bcast-watch-done = ✅ Terminé en { $took }. Voici les chiffres définitifs.
