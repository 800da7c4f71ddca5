# Les réunions du forum (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    Quand : { $date } (heure de { $place })
    Où : { $link }
    Invités : { $guests }
    Ordre du jour :
    { $agenda }
meeting-invitation-head = 📨 Vous êtes invité(e) à une réunion du Forum.
meeting-invitation-foot = Serez-vous des nôtres ? Répondez ci-dessous ; vous pourrez changer d'avis à tout moment. Pour proposer un point à l'ordre du jour : /proposal { $id } suivi d'un titre, et votre texte sur les lignes suivantes.
meeting-rsvp-yes = Oui
meeting-rsvp-no = Non
meeting-rsvp-maybe = Peut-être
meeting-rsvp-hint = Répondez par /rsvp { $id } suivi de yes (oui), no (non) ou maybe (peut-être).
meeting-rsvp-usage = Écrivez /rsvp, le code de la réunion et votre réponse, par exemple : /rsvp mt4k2x yes (ou no, ou maybe).
meeting-rsvp-saved-yes = ✅ C'est noté : vous venez. À bientôt !
meeting-rsvp-saved-no = C'est noté : vous ne pouvez pas venir cette fois. Merci de nous avoir prévenus.
meeting-rsvp-saved-maybe = C'est noté : peut-être. Vous pouvez changer votre réponse à tout moment.
meeting-is-cancelled = ❌ Cette réunion est annulée.
meeting-is-over = Cette réunion est terminée.
meeting-unknown = Je ne connais pas de réunion « { $id } ». /meeting liste les réunions à venir.
meeting-proposals-title = Propositions ({ $count }) :
meeting-proposal-line = • { $id } : { $title } — { $count ->
        [one] soutenue par un membre
        [many] soutenue par { $count } de membres
       *[other] soutenue par { $count } membres
    }
meeting-rsvp-counts = Réponses : { $yes } oui, { $maybe } peut-être, { $no } non ; { $none } sans réponse pour l'instant.
meeting-minutes-title = 📝 Compte rendu :
meeting-none = Aucune réunion n'est prévue pour l'instant.
meeting-list-title = Réunions à venir :
meeting-list-line = • { $id } : { $topic } — { $date } (heure de { $place })
meeting-usage = Commandes des réunions (organisateurs) :
    /meeting schedule, puis une ligne pour chaque champ (les noms des champs restent en anglais) :
      when: 2026-12-15 18:00 Europe/Istanbul (ou une ville, ou UTC+3)
      link: https://…
      topic: …
      guests: nom; nom (tels qu'ils souhaitent apparaître)
      agenda: point; point
    /meeting move <code> <date heure fuseau> — une nouvelle heure (les membres sont prévenus)
    /meeting cancel <code> — l'annuler (les membres sont prévenus)
    /meeting list — les réunions à venir ; /meeting show <code> — une réunion, ses propositions et les réponses
    /minutes <code>, puis le compte rendu, et une ligne « plan: <proposition> <id du plan> » pour chaque proposition devenue un plan
meeting-member-usage = /meeting list affiche les réunions à venir, et /meeting show suivi du code d'une réunion affiche son ordre du jour, les propositions et les réponses reçues.
meeting-schedule-errors = Je ne peux pas encore programmer cette réunion :
meeting-error-when = La ligne « when: » doit donner une date, une heure et un fuseau, comme 2026-12-15 18:00 Europe/Istanbul.
meeting-error-date = Cette date ou cette heure n'existe pas ; vérifiez le jour, le mois et l'heure.
meeting-error-zone = Je ne reconnais pas ce fuseau horaire ni cette ville. Essayez un fuseau comme Europe/Paris, une ville comme Paris ou un décalage comme UTC+1.
meeting-error-past = Cette heure est déjà passée ; choisissez une heure à venir.
meeting-error-missing-when = Ajoutez une ligne « when: » avec la date, l'heure et le fuseau.
meeting-error-missing-link = Ajoutez une ligne « link: » avec l'adresse de la réunion (commençant par https://).
meeting-error-missing-topic = Ajoutez une ligne « topic: » qui dit de quoi parle la réunion.
meeting-error-link = Le lien doit être une adresse complète commençant par https://.
meeting-error-long = Une des lignes est trop longue (200 caractères au plus).
meeting-error-empty = Une des lignes est vide.
meeting-error-guests = Cela fait beaucoup d'invités : 12 au plus.
meeting-error-agenda = L'ordre du jour est long : 15 points au plus.
meeting-error-line = Je ne comprends pas cette ligne : « { $line } ». Chaque ligne commence par when:, link:, topic:, guests: ou agenda:.
meeting-scheduled = ✅ La réunion { $id } est programmée : { $topic }, { $date } (heure de { $place }).
    Invitations envoyées : { $invited }, chacune dans la langue et le fuseau horaire du membre.
meeting-unreachable = Membres que le bot ne peut pas encore joindre : { $unreachable }. Il n'a jamais eu de leurs nouvelles ; ils seront invités dès qu'ils lui écriront.
meeting-moved = ✅ La réunion { $id } est déplacée au { $date } (heure de { $place }). Les membres invités sont prévenus.
meeting-moved-notice = 🗓 La réunion « { $topic } » change d'horaire : { $date } (heure de { $place }). Lien : { $link }
meeting-cancelled = La réunion { $id } est annulée. Les membres invités sont prévenus.
meeting-cancelled-already = La réunion { $id } était déjà annulée.
meeting-cancelled-notice = ❌ La réunion « { $topic } » prévue le { $date } (heure de { $place }) est annulée. Désolés pour ce changement.
meeting-reminder-day = ⏰ Demain : « { $topic } », { $date } (heure de { $place }). Lien : { $link }
meeting-reminder-hour = ⏰ Dans une heure : « { $topic } », { $date } (heure de { $place }). Lien : { $link }
meeting-proposal-usage = Pour proposer un point, écrivez /proposal, le code de la réunion et un titre, puis votre texte sur les lignes suivantes, par exemple :
    /proposal mt4k2x Une collecte de livres cet hiver
    Chaque influenceur partage une liste de livres…
    Pour joindre un document de travail, envoyez-le comme document avec les mêmes mots en légende.
meeting-proposal-long = C'est trop long : un titre de { $title } caractères au plus, et un texte de { $text } au plus.
meeting-proposed = ✅ Votre proposition { $id } est à l'ordre du jour de la réunion { $meeting }. Les membres peuvent la soutenir avec /back { $id }.
meeting-proposal-unknown = Je ne connais pas de proposition « { $id } ».
meeting-backed = 👍 Vous soutenez la proposition { $id }. /unback { $id } retire votre soutien.
meeting-backed-already = Vous soutenez déjà la proposition { $id }.
meeting-unbacked = Votre soutien à la proposition { $id } est retiré.
meeting-unbacked-none = Vous ne soutenez pas la proposition { $id }.
meeting-minutes-usage = Écrivez /minutes et le code de la réunion, puis le compte rendu sur les lignes suivantes, et pour chaque proposition devenue un plan une ligne comme : plan: mt4k2x-1 winter-books
meeting-minutes-early = La réunion { $id } n'a pas encore commencé : le compte rendu vient après.
meeting-plan-unknown = Je ne connais pas de plan « { $id } ». Proposez d'abord le plan, puis inscrivez-le au compte rendu.
meeting-minutes-long = Le compte rendu est trop long : { $max } caractères au plus. Restez bref ; les plans portent les détails.
meeting-minutes-saved = ✅ Le compte rendu de la réunion { $id } est enregistré.
meeting-minutes-plans = Plans issus de cette réunion : { $plans }.
meeting-plan-provenance = issu de la réunion { $meeting }
help-meetings = Réunions :
    /meeting list — les réunions à venir ; /meeting show <code> — son ordre du jour et ses propositions
    /rsvp <code> yes, no ou maybe — votre réponse (ou les boutons de l'invitation)
    /proposal <code> <titre> — proposer un point, votre texte sur les lignes suivantes
    /back <proposition> — soutenir une proposition ; /unback retire votre soutien
help-meetings-organiser = Réunions (organisateurs) :
    /meeting — programmer, déplacer, annuler, lister et afficher les réunions
    /minutes <code> — inscrire le compte rendu et les plans issus de la réunion
    /rsvp, /proposal, /back et /unback — comme chaque membre
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = La proposition { $id } n’est accompagnée d’aucun document.
