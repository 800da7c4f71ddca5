# Les membres du forum et ses décisions (src/forum).

forum-members-only = Cette commande est réservée aux membres du Forum.
forum-member-usage = Commandes des membres (organisateurs) :
    /member add <identifiant telegram> influencer <codes d'audience> — ajouter un influenceur ou une organisation membre
    /member add <identifiant telegram> organiser — proposer un nouvel organisateur (le forum décide)
    /member remove <identifiant telegram> — retirer un membre (un organisateur sur décision du forum)
    /member approve <décision> — approuver une décision sur un organisateur
    /members — qui fait partie du forum
forum-member-exists = Cette personne est déjà membre du Forum.
forum-member-added = ✅ Ajouté comme influenceur, avec les audiences : { $codes }.
forum-member-unknown = Cette personne n'est pas membre du Forum.
forum-member-bootstrap = Cet organisateur fait partie des premiers organisateurs, fixés dans la configuration du bot (ADMIN_TELEGRAM_IDS). Seule la personne qui fait tourner le bot peut changer cela.
forum-member-removed = ✅ Retiré du Forum.
forum-left = Vous avez quitté le Forum. Vos approbations de plans encore en attente ne comptent plus. Merci pour tout ce que vous avez fait.
forum-not-member = Vous n'êtes pas membre du Forum.
forum-decision-unknown = Je ne connais pas de décision « { $id } ».
forum-decision-closed = La décision « { $id } » a déjà été appliquée.
forum-decision-add-proposed = 📝 Nouvel organisateur proposé (décision « { $id } »). Votre proposition vaut approbation : { $count } sur { $required }. Les autres organisateurs approuvent avec /member approve { $id }.
forum-decision-remove-proposed = 📝 Retrait d'un organisateur proposé (décision « { $id } »). Votre proposition vaut approbation : { $count } sur { $required }. Les autres organisateurs approuvent avec /member approve { $id }.
forum-decision-approved = 👍 Approuvé. La décision « { $id } » a { $count ->
        [one] { $count } approbation
        [many] { $count } d'approbations
       *[other] { $count } approbations
    } sur { $required }.
forum-decision-held = ✋ La décision « { $id } » est suspendue tant que des objections subsistent (objections : { $objections }). Elle avance si elles sont retirées, ou avec { $required } approbations plus une par objection (elle en a { $count }).
forum-decision-done = ✅ La décision « { $id } » est adoptée (approbations : { $count }) et a été appliquée.
forum-plan-held = ✋ Le plan « { $id } » est suspendu tant que des objections subsistent (objections : { $objections }). Il avance si elles sont retirées, ou avec { $required } approbations plus une par objection (il en a { $count }).
forum-objected = ✋ Votre objection à « { $id } » est enregistrée. Elle suspend la décision jusqu'à ce que vous la retiriez (/unobject { $id }) ou que assez de membres approuvent malgré tout.
forum-objected-already = Vous vous êtes déjà opposé à « { $id } ».
forum-objection-withdrawn = Votre objection à « { $id } » est retirée.
forum-objection-none = Vous n'avez pas d'objection à « { $id } » à retirer.
forum-object-usage = Écrivez /object suivi de l'identifiant d'un plan ou d'une décision (comme m.k3x9p2) ; /unobject retire votre objection.
forum-members = Le Forum aujourd'hui :
    Organisateurs : { $organisers } (dont { $bootstrap } fixés dans la configuration du bot)
    Influenceurs et organisations membres : { $influencers } (audiences : { $codes })
    Une décision demande en ce moment { $required } approbations.
help-forum = Pour les membres du forum :
    /members — qui fait partie du forum
    /object <plan ou décision> — suspendre une décision avec laquelle vous n'êtes pas d'accord ; /unobject la retire
    /leave — quitter le forum
    /profile — votre langue, votre fuseau horaire et les langues dans lesquelles vous pouvez relire un plan
    /record <plan ou décision> — qui a proposé, approuvé et objecté, et quand
    /member — ajouter et retirer des membres (organisateurs)
plan-agreed-by = 🤝 Adopté par { $count ->
        [one] un membre du forum
        [many] { $count } de membres du forum
       *[other] { $count } membres du forum
    } le { $date }.
plan-file-hint = 📎 Ce plan semble coupé : Telegram ne garde que les 4 096 premiers caractères d'un message. Envoyez plutôt le .yaml du plan comme fichier (en document, avec /propose ou /validate en légende).
forum-profile = Votre profil au forum :
    Langue : { $language }
    Fuseau horaire : { $zone }
    Langues dans lesquelles vous pouvez relire un plan : { $speaks }
    Votre nom dans les registres du forum : { $name }
    Pour le modifier : /profile language ur, /profile zone Karachi (une ville, un fuseau ou UTC+5) ou /profile speaks ur en.
forum-profile-usage = Je n'ai pas compris. Écrivez par exemple :
    /profile language fr
    /profile zone Istanbul (une ville, un fuseau comme Asia/Dhaka, ou UTC+3)
    /profile speaks ar en — les langues dans lesquelles vous pouvez relire la traduction d'un plan
    /profile name Amina K. — le nom que les registres du forum affichent pour vous (/profile name - le retire)
    Langues : ar, en, ur, tr, id, ms, fr, ug, bn.
forum-record-usage = Écrivez /record suivi de l'identifiant d'un plan ou d'une décision (par exemple m.k3x9p2).
forum-record-unknown = Je ne connais ni plan ni décision « { $id } ».
forum-record-plan = 📜 Registre du plan « { $id } » ({ $title }), version { $revision }
forum-record-decision-add = 📜 Registre de la décision « { $id } » : { $member } devient organisateur
forum-record-decision-remove = 📜 Registre de la décision « { $id } » : { $member } cesse d'être organisateur
forum-record-proposed = Proposé par { $who } le { $date }.
forum-record-approvals = Approbations :
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = Objections en cours :
forum-record-objected = ✋ { $who }, depuis le { $date }
forum-record-none = — aucune pour l'instant
forum-record-tally = Approbations prises en compte : { $count } sur { $required } · objections : { $objections }
forum-record-agreed = ✅ Adopté le { $date }.
forum-record-done = ✅ Exécutée le { $date }.
forum-record-ready = Elle a les approbations nécessaires et peut aller de l'avant.
forum-record-waiting = ⏳ Pas encore adopté.
forum-record-unnamed = un membre qui n'a pas indiqué de nom
forum-record-you = vous
forum-record-gone = (ne compte plus : ce membre ne peut plus approuver)
