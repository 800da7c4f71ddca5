# Rencontres en direct annoncées aux abonnés d'une cause : l'invitation, les réponses, le rappel, les commandes des hôtes.

gathering-title = 📣 Rencontre en direct : { $title }
gathering-host-forum = Organisée par le Forum
gathering-host-influencer = Organisée par { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] 1 minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}
gathering-guests = 🎙 Avec { $guests }
gathering-cause = 🎗 Pour { $cause }
gathering-invite-line = Vous serez des nôtres ? Dites-le et nous vous le rappellerons une heure avant.
gathering-you-are-going = ✅ Vous avez dit que vous serez là. Nous vous le rappellerons une heure avant.
gathering-button-going = ✋ J'y serai
gathering-button-not-going = Finalement, je ne peux pas venir
gathering-hint = Répondez *je viens* pour dire que vous serez là.
gathering-hint-going = Répondez *je ne viens pas* si finalement vous ne pouvez pas venir.

gathering-going-thanks = À bientôt ! Nous vous le rappellerons une heure avant.
gathering-going-already = Vous avez déjà dit que vous serez là. 👍
gathering-not-going-done = C'est noté, vous n'êtes plus sur la liste. Merci de nous avoir prévenus.
gathering-not-going-already = Vous n'étiez pas inscrit à cette rencontre.
gathering-cancelled-notice = Cette rencontre a été annulée.
gathering-over-notice = Cette rencontre a déjà eu lieu.
gathering-not-invited = Cette invitation s'adressait aux abonnés d'une autre cause.
gathering-reminder = ⏰ Dans une heure : { $title }
gathering-cancelled-message = ❌ « { $title } » ({ $when }) est annulée et n'aura pas lieu. Merci d'avoir dit que vous viendriez.

gatherings-none = Aucune rencontre n'est prévue pour vos causes en ce moment.
gatherings-intro = { $count } rencontres sont prévues pour vos causes :
gatherings-intro-whatsapp = { $count } rencontres sont prévues pour vos causes. Répondez *je viens 1*, *je viens 2*… pour répondre à l'une d'elles.
gathering-pick-number = Laquelle ? Envoyez /going suivi de son numéro dans /gatherings (de 1 à { $count }), par exemple /going 1.
gathering-pick-number-whatsapp = Laquelle ? Répondez *je viens* suivi de son numéro dans *rencontres* (de 1 à { $count }), par exemple *je viens 1*.

help-gatherings-hosts = Pour les rencontres en direct :
    /gathering — en annoncer une aux abonnés d'une cause (/gathering help pour un exemple)
    /gathering list — celles à venir · /gathering cancel <id>
    /gatherings — celles auxquelles vous êtes invité

gathering-hosts-only = Seuls les organisateurs du forum et les influenceurs peuvent annoncer une rencontre.
gathering-usage = Pour annoncer une rencontre en direct, envoyez /gathering suivi de ses détails, un par ligne :
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Europe/Paris
    link: https://meet.example.org/live
    title: Une soirée avec les familles
    guests: Abu Ali, Dr Amina Yusuf
    minutes: 90

    « starts » prend une date, une heure et un fuseau horaire (ou une heure ISO comme 2026-12-05T18:00+01:00) ; chaque abonné la voit dans son propre fuseau. Le lien doit commencer par https://. Les invités et la durée sont facultatifs (60 minutes par défaut). Un influenceur qui a plusieurs audiences ajoute « audience: <code> ».
gathering-invalid = Cette rencontre ne peut pas encore être annoncée :
    { $errors }

    Envoyez /gathering help pour voir un exemple.
gathering-unknown-audience = Aucun influenceur n'a le code { $audience }.
gathering-which-audience = Pour laquelle de vos audiences ? Ajoutez une ligne « audience: <code> » ; les vôtres : { $codes }.
gathering-announced-forum = 📣 { $id } annoncée : « { $title } », { $when }. L'invitation part maintenant à tous les abonnés de la cause { $cause } ; ceux qui disent venir recevront un rappel une heure avant.
    Pour l'annuler : /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } annoncée : « { $title } », { $when }. L'invitation part maintenant aux abonnés de la cause { $cause } dans l'audience de { $audience } ; ceux qui disent venir recevront un rappel une heure avant.
    Pour l'annuler : /gathering cancel { $id }
gathering-list-none = Aucune rencontre n'est prévue.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = Il n'y a pas de rencontre { $id } que vous puissiez gérer.
gathering-cancelled = { $id } (« { $title } ») est annulée. Plus aucune invitation ni aucun rappel ne partira.

gathering-report-heading = 📣 Rencontres (invités → ont dit venir)
gathering-report-line = { $title } · { $when } : { $invited } → { $yes }
gathering-report-audience =     { $audience } : { $invited } → { $yes }

wa-words-going = je viens, j'y serai, présent, présente
wa-words-notgoing = je ne viens pas, je ne peux pas venir, absent, absente
wa-words-gatherings = rencontres, événements
