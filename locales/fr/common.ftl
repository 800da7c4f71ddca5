# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = Répondez avec un nombre de 1 à { $count }.
flow-hint-choose-many = Répondez avec les numéros de votre choix, par exemple : 1 3
flow-hint-choose-many-keep = Répondez avec les numéros de votre choix, par exemple : 1 3 — ou 0 pour garder ceux qui sont cochés.
flow-done-button = Terminé ✔️
flow-reprompt-choose-one = Désolé, je n’ai pas compris. Touchez l’un des boutons ci-dessus, ou répondez avec un nombre de 1 à { $count }.
flow-reprompt-choose-many = Désolé, je n’ai pas compris. Touchez les causes ci-dessus puis Terminé, ou répondez avec des numéros comme 1 3.
flow-reprompt-choose-many-keep = Désolé, je n’ai pas compris. Touchez les causes ci-dessus puis Terminé, répondez avec des numéros comme 1 3, ou envoyez 0 pour garder ceux qui sont cochés.
flow-pick-at-least-one = Faites au moins un choix avant de toucher Terminé.

button-expired = Ce bouton n’est plus actif. Utilisez le message le plus récent.
unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que je peux faire.
fallback = Merci pour votre message ! Je suis un bot, je ne peux donc pas lire les messages rédigés librement. Envoyez /help pour voir ce que je peux faire, ou /plans pour vos actions.
fallback-opted-out = Vous ne recevez pas de plans en ce moment. Envoyez /start pour nous rejoindre à nouveau, ou /help pour en savoir plus.
error-generic = Désolé, un problème est survenu de notre côté. Votre progression est enregistrée — réessayez dans un instant.
too-long = Ce message est trop long pour moi. Envoyez un message plus court.
flood-slow-down = Vous m’envoyez des messages plus vite que je ne peux les traiter, j’en ai donc ignoré certains. Ralentissez un peu, s’il vous plaît, et renvoyez votre réponse.

topic-uyghur = Ouïghours
topic-palestine = Palestine
topic-sudan = Soudan
topic-kashmir = Cachemire
topic-rohingya = Rohingyas
topic-yemen = Yémen
topic-syria = Syrie

tz-london = Londres (Royaume-Uni)
tz-paris = Paris, Bruxelles, Berlin
tz-istanbul = Istanbul
tz-cairo = Le Caire
tz-riyadh = La Mecque, Riyad, Doha
tz-dubai = Dubaï, Mascate
tz-karachi = Karachi, Lahore
tz-delhi = Delhi, Bombay
tz-dhaka = Dacca
tz-jakarta = Jakarta
tz-kuala_lumpur = Kuala Lumpur, Singapour
tz-new_york = New York, Toronto
tz-other = 🌍 Un autre endroit
tz-ask-place = Écrivez votre ville ou votre pays (par exemple : Dakar, Montréal, Maroc), ou votre décalage par rapport à UTC (par exemple : UTC+1, -5, +5:30).
tz-place-unknown = Désolé, je ne connais pas cet endroit. Essayez la grande ville la plus proche ou votre pays, ou un décalage par rapport à UTC comme UTC+1 ou -5.
