# Herkese açık plan sayfası (/p/<plan>/<code>), tarayıcıda.
page-open-until = { $date } tarihine kadar açık
page-ended = Bu plan sona erdi. Katılan herkese teşekkürler; sıradaki plan yolda.
page-join-intro = Katıl: bu adımlar sohbetine gelsin, yaptıkça işaretle ve hep birlikte neler yaptığımızı öğren.
page-join-telegram = Telegram'dan katıl
page-join-whatsapp = WhatsApp'tan katıl
page-withdrawn = Bu adım geri çekildi, lütfen yapma.
page-source = { $by } tarafından { $date } tarihinde doğrulandı
page-open-link = Aç ({ $host })
page-minutes = { $minutes ->
    [one] Yaklaşık bir dakika
   *[other] Yaklaşık { $minutes } dakika
}
page-done = Şimdiye kadar { $count } kişi yaptı
page-privacy = Bu sayfa çerez kullanmaz ve başka hiçbir siteden bir şey yüklemez. Ziyaretleri yalnızca toplam olarak sayarız.
page-languages = Diller
page-not-found-title = Sayfa bulunamadı
page-not-found-body = Bu bağlantı bir plana gitmiyor. Yanlış yazılmış olabilir ya da plan henüz yayımlanmamış olabilir. Bağlantıyı paylaşan kişiden yeniden iste.
