# The first conversation with a new follower.

onboarding-welcome = Esselamu aleyküm, hoş geldin! 🌱
    Ben Forum'un eylem botuyum. Fenomenler Forumu bir dava için somut adımlarda uzlaştığında, bunları sana tam burada, adım adım işaretleyebileceğin kısa bir kontrol listesi olarak göndereceğim.
onboarding-pick-language = Önce şunu soralım: hangi dili tercih edersin?
onboarding-pick-topics = Hangi davalar için harekete geçmek istersin? Önem verdiğin her birine dokun, ardından Tamam'a dokun.
onboarding-pick-timezone = Yaklaşık olarak neredesin? Hatırlatmaları yalnızca senin için makul saatlerde göndereceğim.
onboarding-privacy = 🔒 Gizliliğin
    • Yalnızca dilini, seçtiğin davaları, yaklaşık saat dilimini ve işaretlediğin görevleri saklıyorum.
    • Adını, kullanıcı adını ya da telefon numaranı asla saklamıyorum; sohbet kimliğin şifrelenmiş olarak tutuluyor.
    • Fenomenler yalnızca toplam sayıları görür, kim olduğunu asla göremez.
    • /stop tüm mesajları duraklatır. /forget seninle ilgili her şeyi siler.
onboarding-summary = Her şey hazır! ✅
    Dil: { $language }
    Davalar: { $topics }
    Hatırlatmaların saat dilimi: { $timezone }

    Bundan sonra ne olacak: Forum, davalarından biri için bir plan yayımladığında onu burada birkaç basit görev olarak alacaksın. Söz ver, yaptıkça işaretle, hepsi bu.
    Her şeyi /language, /topics ya da /timezone ile değiştirebilirsin. /help tüm komutları listeler.
