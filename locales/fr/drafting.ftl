# /draft : un membre du forum rédige un plan dans la conversation, étape par étape, sans écrire de YAML.
draft-welcome = ✍️ Rédigeons un plan ensemble. Je vais vous demander ses causes, son titre et ses raisons, puis ses tâches une à une (jusqu’à { $max }), et je vous le montrerai exactement tel que les abonnés le recevront avant que vous le proposiez.
    Envoyez /cancel à tout moment pour abandonner le brouillon.
draft-language-note = Rédigez les textes du plan en anglais : chaque plan en a besoin, car c’est ce que reçoivent les abonnés quand leur propre langue manque. D’autres langues pourront être ajoutées ensuite en YAML, avec /propose et le même identifiant.
draft-ask-causes = À quelles causes ce plan est-il destiné ? Il ira aux personnes qui suivent ces causes.
draft-ask-title = Quel est le titre du plan ? (de 3 à { $max } caractères)
draft-ask-id = Chaque plan a un identifiant court, utilisé dans des commandes comme /approve. Je propose « { $id } » : touchez-le pour le garder, ou tapez le vôtre (lettres minuscules, chiffres et tirets).
draft-hint-button = Tapez votre réponse, ou répondez 1 pour l’option ci-dessus.
draft-id-taken = L’identifiant « { $id } » est déjà pris par un autre plan. Choisissez-en un autre, s’il vous plaît.
draft-ask-why = Pourquoi ce plan compte-t-il ? C’est la première chose que lisent les abonnés : dites-le en quelques phrases. (de 3 à { $max } caractères)
draft-ask-task-title = Tâche { $n } : que doivent faire les abonnés ? Donnez-lui un titre court. (de 3 à { $max } caractères)
draft-ask-task-how = Tâche { $n } : comment s’y prennent-ils ? Expliquez les étapes simplement. (de 3 à { $max } caractères)
draft-ask-task-link = Tâche { $n } : y a-t-il un lien pour la faire (une pétition, un formulaire) ? Envoyez-le, en commençant par https://, ou touchez « Pas de lien ».
draft-button-no-link = Pas de lien
draft-ask-task-minutes = Tâche { $n } : combien de minutes faut-il à peu près ? Envoyez un nombre, par exemple 5.
draft-ask-task-source = Tâche { $n } : qui a vérifié que cette tâche est fiable et sans risque ? Envoyez son nom, avec un lien vers son travail s’il y en a un, ou touchez le bouton pour citer { $forum }.
draft-button-forum-source = Vérifié par { $forum }
draft-ask-more = Cela fait { $count ->
        [one] une tâche
        [many] { $count } de tâches
       *[other] { $count } tâches
    }. En ajouter une autre, ou est-ce tout ?
draft-button-more = ➕ Ajouter une tâche
draft-button-tasks-done = ✔️ C’est tout
draft-tasks-full = Cela fait { $max } tâches, le maximum pour un plan.
draft-ask-ends = Le plan a-t-il une date de fin ? Envoyez-la sous la forme 2026-12-31, ou touchez « Pas de date de fin ».
draft-button-no-end = Pas de date de fin
draft-preview-intro = 👀 Voici le plan exactement tel que les abonnés le recevront :
draft-preview-too-long = ⚠️ Cette liste fait { $count } caractères, et un message Telegram n’en contient que { $max } : les abonnés y verraient une liste coupée. Raccourcissez quelques textes « comment » (Modifier une partie) avant de proposer, s’il vous plaît.
draft-invalid = Ce brouillon ne peut pas être proposé en l’état :
    { $errors }
draft-edits-used = Vous avez beaucoup modifié ce brouillon. Proposez-le maintenant (il pourra encore être corrigé avec /propose et du YAML), ou annulez-le et recommencez.
draft-ask-next = Que voulez-vous faire ?
draft-button-propose = 📝 Le proposer
draft-button-edit = ✏️ Modifier une partie
draft-button-cancel = 🗑 Annuler le brouillon
draft-ask-part = Quelle partie voulez-vous modifier ?
draft-part-causes = Causes
draft-part-title = Titre
draft-part-id = Identifiant du plan
draft-part-why = Pourquoi il compte
draft-part-task = Tâche { $n } : { $title }
draft-part-add-task = ➕ Ajouter une tâche
draft-part-remove-task = ➖ Retirer une tâche
draft-part-ends = Date de fin
draft-ask-remove = Quelle tâche faut-il retirer ?
draft-proposed = 📝 Proposé : le plan « { $id } » a maintenant besoin de { $required } approbations d’organisateurs différents (/approve { $id }). Votre brouillon est clos.
draft-already-proposed = Ce brouillon vient d’être proposé (le même appui est arrivé deux fois au bot). Envoyez /status pour voir le plan.
draft-cancelled = 🗑 Le brouillon est annulé et rien n’en est gardé. Envoyez /draft pour en commencer un nouveau.
draft-in-progress = Vous avez déjà un brouillon en cours : répondez à la dernière question ci-dessus pour continuer, ou envoyez /cancel pour l’abandonner et recommencer.
draft-too-long = Cela fait { $count } caractères, et le maximum ici est de { $max }. Pourriez-vous raccourcir et renvoyer ?
draft-too-short = C’est un peu court : écrivez au moins { $min } caractères, s’il vous plaît.
draft-retry-id = Un identifiant de plan s’écrit en lettres minuscules, chiffres et tirets, de 3 à 32 caractères, et commence par une lettre ou un chiffre, par exemple uyghur-2026-12. Essayez-en un autre, s’il vous plaît.
draft-retry-link = Ce lien ne me semble pas utilisable : il doit commencer par https:// (liens sécurisés uniquement). Renvoyez-le, ou touchez « Pas de lien ».
draft-retry-minutes = Envoyez les minutes sous forme de nombre entier de 1 à 600, par exemple 5.
draft-retry-source = Envoyez le nom de la personne ou de l’organisation qui a vérifié cette tâche (au moins 2 caractères), ou touchez le bouton sous la question.
draft-retry-source-link = Le lien de cette source ne semble pas correct. Envoyez le nom avec un lien commençant par https://, ou le nom seul.
draft-retry-date = Je n’ai pas pu lire cette date. Envoyez-la sous la forme 2026-12-31, ou touchez « Pas de date de fin ».
draft-retry-date-past = Cette date est déjà passée. Envoyez une date postérieure à aujourd’hui, ou touchez « Pas de date de fin ».
help-drafting = Rédiger un plan :
    /draft — écrire un plan étape par étape dans la conversation, le voir comme les abonnés, puis le proposer
    /cancel — abandonner le brouillon en cours
