# Etkileyiciler ve organizatörler için erişim raporları ve etkileyici araçları (/claim, /mylink, /report).

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
report-no-plans = 📋 Henüz hiçbir plan gönderilmedi. Rakamlarınız ilk plandan sonra burada görünecek.
report-more-plans = …ve CSV dosyasında { $count } eski plan daha.
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
report-privacy-note = 🔒 Yalnızca toplamlar, 5’in katlarına yuvarlanmış — kimse tanınamaz. “<10”, 10 kişiden az demektir; dağılımlar ve oranlar yalnızca daha büyük gruplar için verilir.
report-footer-influencer = /mylink — bağlantılarınız ve QR kodlarınız · /report csv — bu rakamlar tablo olarak · /weekly on — bu rapor her hafta · /summaries on — her plandan sonra kısa bir özet
report-footer-organiser = /report kod — bir etkileyicinin raporu · /report csv — tablo olarak · /influencer list — tüm etkileyiciler
report-usage = Yalnızca /report gönderin ya da tablo dosyası için /report csv gönderin.
report-not-yours = Yalnızca kendi kitlenizin raporunu görebilirsiniz.
report-chart-caption = Son planların hunisi: ulaşılan → söz veren → her görev → tüm görevleri yapan.
report-chart-title-audience = Plan hunisi — { $name }
report-chart-title-forum = Plan hunisi — tüm Forum
report-csv-caption = 📄 Erişim raporunuz tablo (CSV) olarak. “<5”, gösterilemeyecek kadar küçük grupları belirtir.
report-csv-button = 📄 Tablo (CSV)
report-csv-hint = Tablo dosyası için /report csv gönderin.
report-csv-coming = Tablo hazırlanıyor…
report-weekly-intro = 🗓 Selamün aleyküm! Haftalık erişim raporunuz burada.
report-weekly-footer = /weekly off haftalık raporları durdurur. /report en güncel rakamları her zaman gösterir.
report-weekly-on = ✅ Erişim raporunuzu her hafta alacaksınız; ilki { $date } tarihinde.
report-weekly-off = Haftalık raporlar kapalı. /report ile rakamlarınızı her zaman görebilirsiniz.
report-summaries-on = ✅ Her plan herkese gönderildikten sonra size kısa bir özet göndereceğim.
report-summaries-off = Plan özetleri kapalı.
report-subscription-usage = /weekly on veya /weekly off, ve /summaries on veya /summaries off gönderin.
report-summary-title = 📣 “{ $title }” artık herkese gönderildi.
report-summary-audience = Kitleniz: { $reached } kişiye ulaşıldı · şu ana kadar { $pledged } söz verdi.
report-summary-rate = Bu, ulaşılanların { $pct } demek — onları getirdiğiniz için teşekkürler.
report-summary-forum = Tüm Forum: { $reached } kişiye ulaşıldı.
report-summary-footer = Tüm tablo için /report gönderin.

influencer-telegram-only = Etkileyici araçları yalnızca Telegram'da çalışır.
influencer-only = Bu, Forum'un etkileyicileri içindir. Siz de onlardansanız bir organizatörden davet kodu isteyin, ardından /claim ve kodu gönderin.
influencer-unknown = “{ $code }” kodlu bir etkileyici tanımıyorum.
influencer-claim-usage = Bir organizatörün verdiği davet kodunu /claim ile gönderin, örneğin: /claim ABCD234XYZ
influencer-claim-invalid = Bu davet kodu geçerli değil ya da zaten kullanılmış. Lütfen bir organizatörden yenisini isteyin.
influencer-claimed = 🎉 Hoş geldiniz, { $name }! Katılım kodunuz { $code }.
    /mylink videolarınız için katılım bağlantılarınızı ve QR kodlarınızı verir.
    /report sizin aracılığınızla kaç kişinin katıldığını ve harekete geçtiğini gösterir — yalnızca toplamlar, asla isim yok.
influencer-usage = Etkileyici komutları:
    /influencer add kod [Telegram kullanıcı kimliği] Görünen ad — etkileyici kaydet
    /influencer invite kod — /claim ile kullanacakları yeni bir davet kodu
    /influencer list — kayıtlı herkes
    /report kod — bir etkileyicinin raporu; /report — tüm Forum
influencer-added = ✅ { $name }, { $code } katılım koduyla kaydedildi.
influencer-invite = { $code } için davet: bana şu mesajı göndermesini isteyin — /claim { $invite }
    Yalnızca bir kez çalışır.
influencer-owner-set = Raporları verdiğiniz Telegram hesabına gidecek.
influencer-code-taken = “{ $code }” kodu zaten kullanılıyor (bir etkileyici ya da dava tarafından). Lütfen başka bir kod seçin.
influencer-bad-args = Kaydedemedim:
    { $problems }
    Kullanım: /influencer add kod [Telegram kullanıcı kimliği] Görünen ad
influencer-list-heading = Etkileyiciler:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = Henüz kayıtlı etkileyici yok. /influencer add ile kaydedebilirsiniz.
influencer-state-claimed = raporlar kendi hesabına gidiyor
influencer-state-invited = davet henüz kullanılmadı
influencer-state-none = henüz hesap yok

mylink-intro = 🔗 Katılım bağlantılarınız, { $name }:
mylink-topic-intro = 🔗 { $topic } için katılım bağlantılarınız, { $name }:
mylink-telegram = Telegram: { $link }
mylink-whatsapp = WhatsApp: { $link }
mylink-topics-heading = Her dava için bir bağlantı (katılan kişi için o dava işaretlenir):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = Bunları video açıklamanıza yapıştırın; aşağıdaki QR kodları videonun kendisi içindir. Bir davanın QR kodları için /mylink ve dava adını gönderin.
mylink-qr-telegram = QR kodu — Telegram'da katıl ({ $code })
mylink-qr-whatsapp = QR kodu — WhatsApp'ta katıl ({ $code })
mylink-none = Henüz katılım bağlantısı ayarlanmadı (botun Telegram adı ya da WhatsApp numarası yok). Lütfen bir organizatöre haber verin.
mylink-unknown-topic = “{ $topic }” diye bir dava tanımıyorum. Davalar: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 Tüm rapor rakamları şimdi kayıtlardan yeniden sayılıyor. Bu arka planda yapılır; birkaç dakika içinde /report düzeltilmiş rakamları gösterecek.
