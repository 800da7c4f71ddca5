# Fenomenler ve organizatörler için erişim raporları ve fenomen araçları (/claim, /mylink, /report).

report-title-audience = 📊 Erişim raporu — { $name }
report-title-forum = 📊 Erişim raporu — tüm Forum
report-as-of = { $date } itibarıyla (UTC)
report-followers-heading = 👥 Takipçiler
report-joined = Katılan: { $all } · son 7 gün: { $week } · son 30 gün: { $month }
report-active = Aktif: { $active } · kaydı süren: { $onboarding }
report-left = Ayrılan: { $optedOut } · botu engelleyen: { $blocked }
report-languages = 🗣 Diller: { $list }
report-topics = 🏷 Davalar: { $list }
report-breakdown-small = { $min } aktif takipçiden itibaren gösterilir
report-others = diğerleri
report-others-small = diğerleri, her biri { $min } kişiden az
report-plans-heading = 📋 Planlar
report-no-plans = 📋 Henüz hiçbir plan gönderilmedi. Rakamların ilk plandan sonra burada görünecek.
report-more-plans = { $count ->
    [one] …ve CSV dosyasında 1 eski plan daha.
   *[other] …ve CSV dosyasında { $count } eski plan daha.
}
report-plan-title = “{ $title }” ({ $id })
report-line = { $label }: { $value }
report-stage-reached = Ulaşılan
report-stage-pledged = Söz veren
report-stage-task = Görev { $number }
report-stage-completed = Tüm görevleri yapan
report-percent = %{ $value }
report-rate-of-reached = ulaşılanların { $pct }
report-rate-of-pledged = söz verenlerin { $pct }
report-rate-forum = Forum: { $pct }
report-privacy-note = 🔒 Yalnızca toplamlar, 5'in katlarına yuvarlanmış — kimse tanınamaz. “<10”, 10 kişiden az demektir; dağılımlar ve oranlar yalnızca daha büyük gruplar için verilir.
report-footer-influencer = /mylink — bağlantıların ve QR kodların · /report csv — bu rakamlar tablo olarak · /weekly on — bu rapor her hafta · /summaries on — her plandan sonra kısa bir özet
report-footer-organiser = /report kod — bir fenomenin raporu · /report csv — tablo olarak · /influencer list — tüm fenomenler
report-usage = Yalnızca /report gönder ya da tablo dosyası için /report csv gönder.
report-not-yours = Yalnızca kendi kitlenin raporunu görebilirsin.
report-chart-caption = Son planların hunisi: ulaşılan → söz veren → her görev → tüm görevleri yapan.
report-chart-title-audience = Plan hunisi — { $name }
report-chart-title-forum = Plan hunisi — tüm Forum
report-csv-caption = 📄 Erişim raporun tablo (CSV) olarak. “<5”, gösterilemeyecek kadar küçük grupları belirtir.
report-csv-button = 📄 Tablo (CSV)
report-csv-hint = Tablo dosyası için /report csv gönder.
report-csv-coming = Tablo hazırlanıyor…
report-weekly-intro = 🗓 Esselamu aleyküm! Haftalık erişim raporun burada.
report-weekly-footer = /weekly off haftalık raporları durdurur. /report en güncel rakamları her zaman gösterir.
report-weekly-on = ✅ Erişim raporunu her hafta alacaksın; ilki { $date } tarihinde.
report-weekly-off = Haftalık raporlar kapalı. /report ile rakamlarını her zaman görebilirsin.
report-summaries-on = ✅ Her plan herkese gönderildikten sonra sana kısa bir özet göndereceğim.
report-summaries-off = Plan özetleri kapalı.
report-subscription-usage = /weekly on ya da /weekly off, /summaries on ya da /summaries off gönder.
report-summary-title = 📣 “{ $title }” artık herkese gönderildi.
report-summary-audience = Kitlen: { $reached } kişiye ulaşıldı · şu ana kadar { $pledged } söz verdi.
report-summary-rate = Bu, ulaşılanların { $pct } demek — onları getirdiğin için teşekkürler.
report-summary-forum = Tüm Forum: { $reached } kişiye ulaşıldı.
report-summary-footer = Tüm tablo için /report gönder.

influencer-telegram-only = Fenomen araçları yalnızca Telegram'da çalışır.
influencer-only = Bu, Forum'un fenomenleri içindir. Sen de onlardansan bir organizatörden davet kodu iste, ardından /claim ve kodu gönder.
influencer-unknown = “{ $code }” kodlu bir fenomen tanımıyorum.
influencer-claim-usage = Bir organizatörün verdiği davet kodunu /claim ile gönder, örneğin: /claim ABCD234XYZ
influencer-claim-invalid = Bu davet kodu geçerli değil ya da zaten kullanılmış. Lütfen bir organizatörden yenisini iste.
influencer-claimed = 🎉 Hoş geldin, { $name }! Katılım kodun { $code }.
    /mylink videoların için katılım bağlantılarını ve QR kodlarını verir.
    /report senin aracılığınla kaç kişinin katıldığını ve harekete geçtiğini gösterir — yalnızca toplamlar, asla isim yok.
influencer-usage = Fenomen komutları:
    /influencer add kod [Telegram kullanıcı kimliği] Görünen ad — fenomen kaydet
    /influencer invite kod — /claim ile kullanacakları yeni bir davet kodu
    /influencer list — kayıtlı herkes
    /report kod — bir fenomenin raporu; /report — tüm Forum
influencer-added = ✅ { $name }, { $code } katılım koduyla kaydedildi.
influencer-invite = { $code } için davet: bana şu mesajı göndermesini iste — /claim { $invite }
    Yalnızca bir kez çalışır.
influencer-owner-set = Raporları verdiğin Telegram hesabına gidecek.
influencer-code-taken = “{ $code }” kodu zaten kullanılıyor (bir fenomen ya da dava tarafından). Lütfen başka bir kod seç.
influencer-bad-args = Kaydedemedim:
    { $problems }
    Kullanım: /influencer add kod [Telegram kullanıcı kimliği] Görünen ad
influencer-list-heading = Fenomenler:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = Henüz kayıtlı fenomen yok. /influencer add ile kaydedebilirsin.
influencer-state-claimed = raporlar kendi hesabına gidiyor
influencer-state-invited = davet henüz kullanılmadı
influencer-state-none = henüz hesap yok

mylink-intro = 🔗 Katılım bağlantıların, { $name }:
mylink-topic-intro = 🔗 { $topic } için katılım bağlantıların, { $name }:
mylink-telegram = Telegram: { $link }
mylink-whatsapp = WhatsApp: { $link }
mylink-topics-heading = Her dava için bir bağlantı (katılan kişi için o dava işaretlenir):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = Bunları video açıklamana yapıştır; aşağıdaki QR kodları videonun kendisi içindir. Bir davanın QR kodları için /mylink ve dava adını gönder.
mylink-qr-telegram = QR kodu — Telegram'da katıl ({ $code })
mylink-qr-whatsapp = QR kodu — WhatsApp'ta katıl ({ $code })
mylink-none = Henüz katılım bağlantısı ayarlanmadı (botun Telegram adı ya da WhatsApp numarası yok). Lütfen bir organizatöre haber ver.
mylink-unknown-topic = “{ $topic }” diye bir dava tanımıyorum. Davalar: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Tüm rapor rakamları şimdi kayıtlardan yeniden sayılıyor. Bu arka planda yapılır; birkaç dakika içinde /report düzeltilmiş rakamları gösterecek.
