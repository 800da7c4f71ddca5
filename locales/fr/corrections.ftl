# La vie d'un plan après son envoi : corrections, résultats finaux, pause d'un envoi.

plan-corrected-note = ✏️ Corrigé par les organisateurs : { $changes }
plan-change-task = tâche { $task } modifiée
plan-change-added = tâche { $task } ajoutée
plan-change-withdrawn = tâche { $task } retirée
plan-change-wording = texte revu
plan-change-language = désormais aussi en { $language }
plan-closing-title = 🏁 « { $title } » est terminé. Voici ce que nous avons fait, tous ensemble :
plan-closing-pledged = • { $count } d'entre nous se sont engagés à agir
plan-closing-task = • { $count } d'entre nous : { $task }
plan-closing-few = 🏁 « { $title } » est terminé. Nous étions trop peu nombreux pour partager des chiffres sans risque, mais chaque action a compté.
plan-closing-thanks = Merci d'avoir participé.

org-correction-usage = Corrections et envois d'un plan déjà parti :
    /correct suivi du YAML corrigé sur les lignes suivantes — même id et mêmes causes, au moins autant de tâches ; ajoutez « withdraw: [3] » pour retirer la tâche 3
    /approve <plan-id> — approuver sa dernière correction
    /pause <plan-id> et /resume <plan-id> — mettre en pause ou reprendre ce qui est envoyé pour lui
    /broadcasts <plan-id> — l'avancement de chacun de ses envois
org-correction-proposed = ✏️ Correction { $revision } de « { $id } » enregistrée. Elle partira quand { $required } organisateurs l'auront approuvée (/approve { $id }).
org-correction-approved = 👍 Approuvé. Correction { $revision } de « { $id } » : { $count } approbation(s) sur { $required }.
org-correction-applied = ✅ La correction { $revision } de « { $id } » est approuvée et appliquée : tous ceux qui ont reçu le plan reçoivent la liste corrigée. /broadcasts { $id } montre l'avancement.
org-correction-none = « { $id } » n'a aucune correction en attente d'approbation.
org-correction-not-live = « { $id } » n'est pas encore parti : modifiez-le plutôt avec /propose.
org-correction-ended = « { $id } » est terminé et ne peut plus être corrigé.
org-correction-same = Cette correction ne change rien à « { $id } ».
org-broadcast-paused = ⏸ { $id } en pause : aucun nouveau message ne part avant /resume { $plan }.
org-broadcast-already-paused = { $id } était déjà en pause ; /resume { $plan } le reprend.
org-broadcast-not-running = Rien de « { $id } » n'est en cours d'envoi.
org-broadcast-not-paused = Rien de « { $id } » n'est en pause.
org-broadcast-resumed = ▶️ « { $id } » reprend : l'envoi continue là où il s'était arrêté.
org-broadcast-line = { $id } ({ $kind }, { $state }) : envoyés { $sent } · en attente { $pending } · échoués { $failed } · bloqués { $blocked }
