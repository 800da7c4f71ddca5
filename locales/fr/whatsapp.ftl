# WhatsApp et la console : ni boutons ni commandes avec barre oblique, on tape des mots et des numéros.

wa-words-start = rejoindre, commencer
wa-words-help = aide, menu
wa-words-stop = stop, arrêt, arrêter
wa-words-done = fait, fini
wa-words-undo = annuler
wa-words-pledge = engagement, je m'engage
wa-words-plans = plans, mes plans, tâches
wa-words-language = langue
wa-words-topics = sujets, mes causes
wa-words-timezone = fuseau, fuseau horaire
wa-words-privacy = confidentialité
wa-words-forget = oublier, oubliez-moi, effacer

wa-media-only = Merci ! Je ne sais lire que les messages écrits, pas les photos, les messages vocaux ni les fichiers. Répondez *menu* pour voir ce que je peux faire.

help-whatsapp = Voici ce que je peux faire — répondez simplement par le mot :
    • *plans* — vos actions en cours
    • *fait 2* — cocher la tâche 2 (*annuler 2* pour la décocher)
    • *engagement* — vous engager pour votre plan le plus récent
    • *sujets* — choisir les causes que vous suivez
    • *langue* — changer de langue
    • *fuseau* — changer l’heure des rappels
    • *confidentialité* — ce que je garde sur vous
    • *stop* — arrêter tous les messages
    • *oublier* — effacer tout ce qui vous concerne
    • *menu* — cette liste
start-welcome-back-whatsapp = Bon retour ! Vous êtes déjà inscrit·e. Répondez *plans* pour voir vos actions, ou *menu* pour tout le reste.
start-resubscribed-whatsapp = Bon retour ! Vous recevrez à nouveau les plans du Forum. Changez vos causes à tout moment en répondant *sujets*.
privacy-whatsapp = 🔒 Ce que je garde, et pourquoi
    • Votre langue, les causes que vous suivez et votre fuseau horaire approximatif — pour vous envoyer les plans qui vous concernent à une heure raisonnable.
    • Le lien d’influenceur par lequel vous êtes arrivé·e — pour qu’il voie combien de personnes agissent, en totaux uniquement.
    • Les plans reçus, vos engagements et les tâches cochées — pour votre liste et vos rappels.
    • Votre adresse WhatsApp, chiffrée — uniquement pour vous écrire. Je ne garde jamais votre numéro de téléphone sous une forme lisible, ni votre nom.
    Personne, pas même les influenceurs ou les organisateurs, ne peut savoir qui vous êtes dans les rapports.
    Répondez *stop* pour suspendre tous les messages, ou *oublier* pour effacer définitivement tout ce qui vous concerne.
stop-done-whatsapp = C’est fait — vous ne recevrez plus de plans ni de rappels. Répondez *rejoindre* quand vous voulez revenir. Pour effacer aussi vos données, répondez *oublier*.
stop-not-subscribed-whatsapp = Vous n’êtes pas inscrit·e, il n’y a donc rien à arrêter. Répondez *rejoindre* pour vous inscrire.
forget-done-whatsapp = Tout ce qui vous concerne a été effacé. Merci pour tout ce que vous avez fait. Si vous voulez revenir un jour, répondez simplement *rejoindre*.
settings-pick-topics-whatsapp = Quelles causes voulez-vous suivre ? Répondez avec leurs numéros.
onboarding-pick-topics-whatsapp = Pour quelles causes voulez-vous agir ? Répondez avec le numéro de chacune qui vous tient à cœur.
onboarding-privacy-whatsapp = 🔒 Votre vie privée
    • Je ne garde que votre langue, les causes choisies, votre fuseau horaire approximatif et les tâches que vous cochez.
    • Je ne garde jamais votre nom, et votre adresse WhatsApp est stockée chiffrée.
    • Les influenceurs ne voient que des totaux, jamais qui vous êtes.
    • Répondez *stop* pour suspendre tous les messages, ou *oublier* pour effacer tout ce qui vous concerne.
onboarding-summary-whatsapp = Tout est prêt ! ✅
    Langue : { $language }
    Causes : { $topics }
    Rappels réglés sur : { $timezone }

    Et ensuite : quand le Forum publiera un plan pour l’une de vos causes, vous le recevrez ici sous forme de quelques tâches simples. Engagez-vous, cochez-les au fur et à mesure, c’est tout.
    Répondez *langue*, *sujets* ou *fuseau* pour changer quoi que ce soit, ou *menu* pour tout ce que je peux faire.
flow-reprompt-choose-one-whatsapp = Désolé, je n’ai pas compris. Répondez avec un numéro de 1 à { $count }, ou *menu* pour de l’aide.
flow-reprompt-choose-many-whatsapp = Désolé, je n’ai pas compris. Répondez avec les numéros voulus, par exemple 1 3, ou *menu* pour de l’aide.
flow-reprompt-choose-many-keep-whatsapp = Désolé, je n’ai pas compris. Répondez avec les numéros voulus, par exemple 1 3, ou 0 pour garder ceux qui sont cochés.
flow-pick-at-least-one-whatsapp = Choisissez-en au moins un : répondez avec son numéro.
unknown-command-whatsapp = Je ne connais pas ce mot. Répondez *menu* pour voir ce que je peux faire.
fallback-whatsapp = Merci pour votre message ! Je suis un bot, je ne sais donc pas lire le texte libre. Répondez *plans* pour vos actions, *fait 1* pour cocher une tâche, ou *menu* pour tout le reste.
fallback-opted-out-whatsapp = Vous ne recevez pas de plans en ce moment. Répondez *rejoindre* pour recommencer, ou *menu* pour plus.
wa-words-sources = sources, source
