# Le kit vidéo de l'influenceur (/kit) : diapositives de fin de vidéo, texte de description, page du plan.
kit-kicker = { $forum } · notre plan d’action
kit-minutes = { $minutes ->
    [one] Environ une minute en tout
    [many] Environ { $minutes } minutes en tout
   *[other] Environ { $minutes } minutes en tout
}
kit-scan = Scannez pour nous rejoindre
kit-fallback = Affiché en anglais : ce plan n’existe pas encore en { $language }
kit-description = Notre plan d’action ce mois-ci : { $title }. { $tasks ->
    [one] Une action concrète
    [many] { $tasks } actions concrètes
   *[other] { $tasks } actions concrètes
}, environ { $minutes } minutes. Rejoignez-nous pour recevoir les étapes :
kit-label-telegram = Telegram :
kit-label-whatsapp = WhatsApp :
kit-label-page = Le plan :
kit-intro = 🎬 Votre kit pour « { $title } » : deux diapositives, en 16:9 pour la fin d’une vidéo et en 9:16 pour les Shorts, Reels et stories. Les fichiers sont en pleine qualité ; les aperçus servent seulement à les voir. Le texte de description de votre vidéo suit.
kit-slide-landscape = Diapositive 16:9, pour la fin d’une vidéo
kit-slide-portrait = Diapositive 9:16, pour les Shorts, Reels et stories
kit-description-intro = Collez ceci sous votre vidéo :
kit-none = Aucun plan n’est ouvert en ce moment. Dès que le forum en publiera un, /kit en préparera les diapositives.
kit-unknown-plan = Aucun plan ouvert ne s’appelle « { $id } ». Plans ouverts : { $ids }
kit-failed = Désolé, je n’ai pas pu dessiner les diapositives. Réessayez /kit dans quelques minutes.
report-page-visits = Visites des pages du plan : { $visits } · inscrits : { $joined }
