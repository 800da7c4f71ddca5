# Replies to the follower commands.

start-welcome-back = Bon retour parmi nous ! Votre inscription est déjà active. Envoyez /plans pour voir vos actions, ou /help pour tout le reste.
start-resubscribed = Bon retour parmi nous ! Vous recevrez de nouveau les plans du Forum. Changez vos causes à tout moment avec /topics.
start-topic-added = Bon retour parmi nous ! J’ai ajouté { $topic } à vos causes.
help = Voici ce que je peux faire :
    /plans — vos actions en cours
    /topics — choisir les causes que vous suivez
    /language — changer de langue
    /timezone — changer l’heure d’arrivée des rappels
    /privacy — ce que je conserve à votre sujet
    /stop — arrêter tous les messages
    /forget — effacer tout ce qui vous concerne
    /help — cette liste
privacy = 🔒 Ce que je conserve, et pourquoi
    • Votre langue, les causes que vous suivez et votre fuseau horaire approximatif — pour vous envoyer les plans qui vous concernent à une heure raisonnable.
    • Le lien d’influenceur par lequel vous nous avez rejoints — pour que l’influenceur puisse voir combien de personnes agissent, uniquement sous forme de totaux.
    • Les plans que vous avez reçus, vos engagements, les tâches que vous avez cochées et les rencontres auxquelles vous avez dit venir — pour votre liste de tâches et vos rappels.
    • Votre identifiant de conversation, chiffré — uniquement pour vous envoyer des messages. Je ne conserve ni nom, ni nom d’utilisateur, ni numéro de téléphone.
    Personne, pas même les influenceurs ou les organisateurs, ne peut savoir qui vous êtes dans les rapports.
    /stop met en pause tous les messages ; /forget efface définitivement tout ce qui vous concerne.
stop-done = C’est fait — vous ne recevrez plus de plans ni de rappels. Envoyez /start quand vous voudrez revenir. Pour effacer aussi vos données, envoyez /forget.
stop-not-subscribed = Vous n’avez pas d’inscription en cours, il n’y a donc rien à arrêter. Envoyez /start pour nous rejoindre.
settings-pick-language = Quelle langue préférez-vous ?
settings-language-saved = C’est noté ! Désormais, je vous écrirai dans cette langue : { $language }.
settings-pick-topics = Quelles causes voulez-vous suivre ? Touchez une cause pour la cocher ou la décocher, puis touchez Terminé.
settings-topics-saved = Enregistré. Vous suivez : { $topics }.
settings-pick-timezone = Où êtes-vous, à peu près ? Les rappels arriveront à une heure raisonnable chez vous.
settings-timezone-saved = Enregistré. Les rappels sont calés sur ce fuseau horaire : { $timezone }.
forget-confirm = Effacer tout ce qui vous concerne ? Vos réglages, vos engagements et votre progression seront supprimés définitivement, et vous ne recevrez plus aucun message. Cette action est irréversible.
forget-yes = Oui, tout effacer
forget-no = Non, garder mes données
forget-kept = Rien n’a été effacé. 👍
forget-done = Tout ce qui vous concerne a été effacé. Merci pour tout ce que vous avez fait. Si un jour vous souhaitez revenir, envoyez simplement /start.
forget-nothing = Je n’ai aucune donnée enregistrée à votre sujet.
help-organiser = Pour les organisateurs :
    /planhelp — proposer, approuver, publier et suivre les plans
    /report [code] — le rapport du forum, ou celui d’un influenceur
    /influencer add | invite | list — enregistrer les influenceurs
    /recount — recompter les chiffres des rapports à partir des enregistrements
help-influencer = Pour les influenceurs :
    /mylink — vos liens d’inscription et vos codes QR
    /report — le rapport de votre audience (/report csv pour un tableur)
    /weekly on|off — un rapport chaque semaine
    /summaries on|off — un résumé après l’envoi de chaque plan

# Telegram's command menu (short descriptions).
menu-plans = Vos actions en cours
menu-topics = Les causes que vous suivez
menu-language = Changer de langue
menu-timezone = Heure des rappels
menu-privacy = Ce qui est conservé sur vous
menu-stop = Arrêter tous les messages
menu-forget = Tout effacer vous concernant
menu-help = Tout ce que fait le bot
