# The first conversation with a new follower.

onboarding-welcome = Assalamou alaykoum, et bienvenue ! 🌱
    Je suis le bot d’action du Forum. Quand le Forum des influenceurs s’accorde sur des actions concrètes pour une cause, je vous les envoie ici même, sous forme d’une courte liste de tâches à cocher au fur et à mesure.
onboarding-pick-language = Tout d’abord, quelle langue préférez-vous ?
onboarding-pick-topics = Pour quelles causes voulez-vous agir ? Touchez chacune de celles qui vous tiennent à cœur, puis touchez Terminé.
onboarding-pick-timezone = Où êtes-vous, à peu près ? Je ne vous enverrai des rappels qu’à une heure raisonnable pour vous.
onboarding-privacy = 🔒 Votre vie privée
    • Je ne conserve que votre langue, les causes choisies, votre fuseau horaire approximatif et les tâches que vous cochez.
    • Je ne conserve jamais votre nom, votre nom d’utilisateur ni votre numéro de téléphone, et votre identifiant de conversation est stocké chiffré.
    • Les influenceurs ne voient que des totaux, jamais qui vous êtes.
    • /stop met en pause tous les messages. /forget efface tout ce qui vous concerne.
onboarding-summary = Tout est prêt ! ✅
    Langue : { $language }
    Causes : { $topics }
    Rappels calés sur : { $timezone }

    Et ensuite ? Quand le Forum publiera un plan pour l’une de vos causes, vous le recevrez ici sous forme de quelques tâches simples. Engagez-vous, cochez-les au fur et à mesure, et c’est tout.
    Vous pouvez tout modifier avec /language, /topics ou /timezone. /help affiche la liste complète.
