# /review : un membre qui parle une langue approuve la version d’un plan dans cette langue avant qu’elle parte (TRANSLATION_REVIEW).
review-usage = Pour relire les traductions d’un plan :
    /review <plan> — chaque langue, et si elle est approuvée
    /review <plan> <langue> — lire cette version telle que ses abonnés la recevront
    /review <plan> <langue> ok — l’approuver, pour qu’elle parte à la place de l’anglais
    /review <plan> ask — demander aux membres qui lisent chaque langue en attente de la relire
review-status = Traductions de « { $id } » :
    { $lines }
review-line-approved = ✅ { $language } — approuvée
review-line-held = ⏳ { $language } — en attente d’un membre qui la parle (/review { $id } { $lang }) ; d’ici là, ses abonnés reçoivent l’anglais
review-english-only = Le plan « { $id } » n’existe qu’en anglais : il n’y a pas de traduction à relire.
review-no-version = Le plan « { $id } » n’a pas de version « { $lang } » à relire. L’anglais est l’original et n’a pas besoin d’être relu.
review-not-yours = Seul un membre qui parle { $language } peut approuver cette version. Si c’est votre cas, ajoutez-la d’abord à votre profil : /profile speaks { $lang } (avec vos autres langues).
review-preview-note = Voici la version { $language } de « { $id } », telle que ses abonnés la recevront une fois approuvée :
review-how-to-approve = Si elle se lit bien et dit la même chose que l’anglais, approuvez-la : /review { $id } { $lang } ok
review-approved = ✅ Approuvée : les abonnés qui lisent le { $language } reçoivent maintenant « { $id } » dans leur langue.
review-already = La version { $language } de « { $id } » était déjà approuvée : elle part telle quelle.
help-review = Traductions :
    /review <plan> [langue] [ok] — lire la version d’un plan dans une langue que vous parlez, et l’approuver
    /review <plan> ask — demander aux membres qui lisent chaque langue en attente de la relire
review-ask = 📝 Le plan « { $id } » ({ $title }) a une version en { $language } qui attend la relecture d’un membre qui lit cette langue. Ses abonnés reçoivent l’anglais tant que personne ne l’a approuvée.
    La lire : /review { $id } { $lang }
    Si elle est juste : /review { $id } { $lang } ok
review-asked = Relectures demandées pour « { $id } » :
    { $lines }
review-asked-line = { $language } : sollicitations envoyées : { $asked } · membres qui la lisent : { $speakers } (chacun n’est sollicité qu’une fois)
review-asked-nobody = { $language } : aucun membre n’a encore indiqué lire cette langue (/profile speaks { $lang }) ; ses abonnés continuent de recevoir l’anglais
review-ask-none-held = Toutes les traductions de « { $id } » sont déjà approuvées, ou le plan n’existe qu’en anglais : personne à solliciter.
