# Bir davanın takipçilerine duyurulan canlı buluşmalar: davet, yanıtlar, hatırlatma, düzenleyici komutları.

gathering-title = 📣 Canlı buluşma: { $title }
gathering-host-forum = Düzenleyen: Forum
gathering-host-influencer = Düzenleyen: { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] 1 dakika
   *[other] { $minutes } dakika
}
gathering-guests = 🎙 Konuklar: { $guests }
gathering-cause = 🎗 Dava: { $cause }
gathering-invite-line = Katılır mısınız? Geleceğinizi söyleyin, bir saat önce size hatırlatalım.
gathering-you-are-going = ✅ Geleceğinizi söylediniz. Bir saat önce size hatırlatacağız.
gathering-button-going = ✋ Geleceğim
gathering-button-not-going = Gelemeyeceğim
gathering-hint = Geleceğinizi söylemek için *geleceğim* yazın.
gathering-hint-going = Gelemeyecekseniz *gelemiyorum* yazın.

gathering-going-thanks = Görüşmek üzere! Bir saat önce size hatırlatacağız.
gathering-going-already = Geleceğinizi zaten söylemiştiniz. 👍
gathering-not-going-done = Not ettik, artık listede değilsiniz. Haber verdiğiniz için teşekkürler.
gathering-not-going-already = Bu buluşmanın listesinde zaten yoktunuz.
gathering-cancelled-notice = Bu buluşma iptal edildi.
gathering-over-notice = Bu buluşma zaten yapıldı.
gathering-not-invited = Bu davet başka bir davanın takipçilerine yönelikti.
gathering-reminder = ⏰ Bir saat sonra başlıyor: { $title }
gathering-cancelled-message = ❌ “{ $title }” ({ $when }) iptal edildi, yapılmayacak. Geleceğinizi söylediğiniz için teşekkürler.

gatherings-none = Şu anda davalarınız için yaklaşan bir buluşma yok.
gatherings-intro = Davalarınız için { $count } buluşma yaklaşıyor:
gatherings-intro-whatsapp = Davalarınız için { $count } buluşma yaklaşıyor. Birine yanıt vermek için *geleceğim 1*, *geleceğim 2*… yazın.
gathering-pick-number = Hangisi? /gatherings listesindeki numarasıyla /going gönderin (1 ile { $count } arası), örneğin /going 1.
gathering-pick-number-whatsapp = Hangisi? *buluşmalar* listesindeki numarasıyla *geleceğim* yazın (1 ile { $count } arası), örneğin *geleceğim 1*.

help-gatherings-hosts = Canlı buluşmalar için:
    /gathering — bir davanın takipçilerine buluşma duyurun (örnek için /gathering help)
    /gathering list — yaklaşanlar · /gathering cancel <id>
    /gatherings — davet edildikleriniz

gathering-hosts-only = Buluşmaları yalnızca forumun düzenleyicileri ve fenomenler duyurabilir.
gathering-usage = Canlı bir buluşma duyurmak için /gathering ve ardından ayrıntılarını, her satıra bir tane olacak şekilde gönderin:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Europe/Istanbul
    link: https://meet.example.org/live
    title: Ailelerle bir akşam
    guests: Abu Ali, Dr. Amina Yusuf
    minutes: 90

    "starts" bir tarih, bir saat ve bir saat dilimi alır (ya da 2026-12-05T18:00+03:00 gibi bir ISO saati); her takipçi saati kendi diliminde görür. Bağlantı https:// ile başlamalıdır. Konuklar ve süre isteğe bağlıdır (verilmezse 60 dakika). Birden fazla kitlesi olan fenomen "audience: <kod>" satırını ekler.
gathering-invalid = Bu buluşma henüz duyurulamıyor:
    { $errors }

    Örnek için /gathering help gönderin.
gathering-unknown-audience = { $audience } kodlu bir fenomen yok.
gathering-which-audience = Hangi kitleniz için? "audience: <kod>" satırını ekleyin; sizinkiler: { $codes }.
gathering-announced-forum = 📣 { $id } duyuruldu: “{ $title }”, { $when }. Davet şimdi { $cause } davasının tüm takipçilerine gidiyor; geleceğini söyleyenlere bir saat önce hatırlatma gider.
    İptal etmek için: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } duyuruldu: “{ $title }”, { $when }. Davet şimdi { $audience } kitlesindeki { $cause } takipçilerine gidiyor; geleceğini söyleyenlere bir saat önce hatırlatma gider.
    İptal etmek için: /gathering cancel { $id }
gathering-list-none = Yaklaşan buluşma yok.
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = Yönetebileceğiniz { $id } adlı bir buluşma yok.
gathering-cancelled = { $id } (“{ $title }”) iptal edildi. Bunun için artık davet ya da hatırlatma gitmeyecek.

gathering-report-heading = 📣 Buluşmalar (davet edilen → geleceğini söyleyen)
gathering-report-line = { $title } · { $when }: { $invited } → { $yes }
gathering-report-audience =     { $audience }: { $invited } → { $yes }

wa-words-going = geleceğim, katılacağım, oradayım
wa-words-notgoing = gelemiyorum, gelemeyeceğim, katılamıyorum
wa-words-gatherings = buluşmalar, etkinlikler
