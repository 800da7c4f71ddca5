# Rapports de portée pour les influenceurs et les organisateurs, et outils des influenceurs (/claim, /mylink, /report).

report-title-audience = 📊 Rapport de portée — { $name }
report-title-forum = 📊 Rapport de portée — tout le Forum
report-as-of = Au { $date } (UTC)
report-followers-heading = 👥 Abonnés
report-joined = Inscrits : { $all } · 7 derniers jours : { $week } · 30 derniers jours : { $month }
report-active = Actifs : { $active } · inscription en cours : { $onboarding }
report-left = Désabonnés : { $optedOut } · ont bloqué le bot : { $blocked }
report-languages = 🗣 Langues : { $list }
report-topics = 🏷 Causes : { $list }
report-breakdown-small = affiché à partir de { $min } abonnés actifs
report-others = autres
report-others-small = autres, moins de { $min } chacune
report-plans-heading = 📋 Plans
report-no-plans = 📋 Aucun plan n’a encore été envoyé. Vos chiffres apparaîtront ici après le premier.
report-more-plans = { $count ->
    [one] …et 1 plan plus ancien dans le fichier CSV.
    [many] …et { $count } plans plus anciens dans le fichier CSV.
   *[other] …et { $count } plans plus anciens dans le fichier CSV.
}
report-plan-title = « { $title } » ({ $id })
report-line = { $label } : { $value }
report-stage-reached = Destinataires
report-stage-pledged = Engagés
report-stage-task = Tâche { $number }
report-stage-completed = Toutes les tâches faites
report-percent = { $value } %
report-rate-of-reached = { $pct } des destinataires
report-rate-of-pledged = { $pct } des engagés
report-rate-forum = Forum : { $pct }
report-privacy-note = 🔒 Des totaux uniquement, arrondis à 5 — personne n’est identifiable. « <10 » signifie moins de 10 personnes ; le détail et les pourcentages ne sont donnés que pour les groupes plus grands.
report-footer-influencer = /mylink — vos liens et codes QR · /report csv — ces chiffres en tableur · /weekly on — ce rapport chaque semaine · /summaries on — un court résumé après chaque plan
report-footer-organiser = /report code — le rapport d’un influenceur · /report csv — en tableur · /influencer list — tous les influenceurs
report-usage = Envoyez /report seul, ou /report csv pour un fichier tableur.
report-not-yours = Vous ne pouvez voir que le rapport de votre propre audience.
report-chart-caption = L’entonnoir des derniers plans : destinataires → engagés → chaque tâche → toutes les tâches faites.
report-chart-title-audience = Entonnoir des plans — { $name }
report-chart-title-forum = Entonnoir des plans — tout le Forum
report-csv-caption = 📄 Votre rapport de portée en tableur (CSV). « <5 » marque les groupes trop petits pour être montrés.
report-csv-button = 📄 Tableur (CSV)
report-csv-hint = Envoyez /report csv pour un fichier tableur.
report-csv-coming = Préparation du tableur…
report-weekly-intro = 🗓 Assalamou alaykoum ! Voici votre rapport de portée hebdomadaire.
report-weekly-footer = /weekly off arrête ces rapports hebdomadaires. /report montre les derniers chiffres à tout moment.
report-weekly-on = ✅ Vous recevrez votre rapport de portée chaque semaine, le premier le { $date }.
report-weekly-off = Rapports hebdomadaires désactivés. /report montre toujours vos chiffres à tout moment.
report-summaries-on = ✅ Quand chaque plan aura été envoyé à tous, je vous enverrai un court résumé.
report-summaries-off = Résumés des plans désactivés.
report-subscription-usage = Envoyez /weekly on ou /weekly off, et /summaries on ou /summaries off.
report-summary-title = 📣 « { $title } » a maintenant été envoyé à tous.
report-summary-audience = Votre audience : { $reached } destinataires · { $pledged } engagés pour l’instant.
report-summary-rate = Soit { $pct } des destinataires — merci de les avoir amenées.
report-summary-forum = Tout le Forum : { $reached } destinataires.
report-summary-footer = /report donne la vue complète.

influencer-telegram-only = Les outils des influenceurs ne fonctionnent que sur Telegram.
influencer-only = Ceci est réservé aux influenceurs du Forum. Si vous en faites partie, demandez un code d’invitation à un organisateur, puis envoyez /claim suivi de ce code.
influencer-unknown = Je ne connais aucun influenceur avec le code « { $code } ».
influencer-claim-usage = Envoyez /claim suivi du code d’invitation qu’un organisateur vous a donné, par exemple : /claim ABCD234XYZ
influencer-claim-invalid = Ce code d’invitation n’est pas valide ou a déjà été utilisé. Demandez-en un nouveau à un organisateur.
influencer-claimed = 🎉 Bienvenue, { $name } ! Votre code d’inscription est { $code }.
    /mylink vous donne vos liens d’inscription et codes QR pour vos vidéos.
    /report montre combien de personnes se sont inscrites et ont agi grâce à vous — des totaux uniquement, jamais de noms.
influencer-usage = Commandes influenceurs :
    /influencer add code [identifiant Telegram] Nom affiché — inscrire un influenceur
    /influencer invite code — un nouveau code d’invitation à utiliser avec /claim
    /influencer list — tous les inscrits
    /report code — le rapport d’un influenceur ; /report — tout le Forum
influencer-added = ✅ { $name } est inscrit avec le code { $code }.
influencer-invite = Invitation pour { $code } : demandez-lui de m’envoyer ce message — /claim { $invite }
    Elle ne fonctionne qu’une fois.
influencer-owner-set = Ses rapports iront au compte Telegram que vous avez indiqué.
influencer-code-taken = Le code « { $code } » est déjà pris (par un influenceur ou une cause). Choisissez-en un autre.
influencer-bad-args = Je n’ai pas pu l’inscrire :
    { $problems }
    Utilisation : /influencer add code [identifiant Telegram] Nom affiché
influencer-list-heading = Influenceurs :
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = Aucun influenceur inscrit pour l’instant. /influencer add en inscrit un.
influencer-state-claimed = les rapports vont à son compte
influencer-state-invited = invitation pas encore utilisée
influencer-state-none = pas encore de compte

mylink-intro = 🔗 Vos liens d’inscription, { $name } :
mylink-topic-intro = 🔗 Vos liens d’inscription pour { $topic }, { $name } :
mylink-telegram = Telegram : { $link }
mylink-whatsapp = WhatsApp : { $link }
mylink-topics-heading = Un lien par cause (la cause est cochée pour qui s’inscrit) :
mylink-topic-line = { $topic } : { $link }
mylink-paste-hint = Collez-les dans la description de votre vidéo ; les codes QR ci-dessous sont pour la vidéo elle-même. /mylink suivi d’une cause donne les codes QR de cette cause.
mylink-qr-telegram = Code QR — s’inscrire sur Telegram ({ $code })
mylink-qr-whatsapp = Code QR — s’inscrire sur WhatsApp ({ $code })
mylink-none = Aucun lien d’inscription n’est encore configuré (le bot n’a ni nom Telegram ni numéro WhatsApp). Prévenez un organisateur.
mylink-unknown-topic = Je ne connais pas la cause « { $topic } ». Causes : { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Je recompte maintenant tous les chiffres des rapports à partir des enregistrements. Cela se fait en arrière-plan : /report affichera les chiffres corrigés d’ici quelques minutes.
