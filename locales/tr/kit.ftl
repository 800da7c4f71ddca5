# Influencer'ın video kiti (/kit): video sonu slaytları, açıklama metni, plan sayfası.
kit-kicker = { $forum } · eylem planımız
kit-minutes = { $minutes ->
    [one] Toplam yaklaşık bir dakika
   *[other] Toplam yaklaşık { $minutes } dakika
}
kit-scan = Katılmak için kodu okut
kit-fallback = İngilizce gösteriliyor: bu plan henüz { $language } dilinde yok
kit-description = Bu ayki eylem planımız: { $title }. { $tasks ->
    [one] Tek bir pratik adım
   *[other] { $tasks } pratik adım
}, yaklaşık { $minutes } dakika. Katıl, adımları al:
kit-label-telegram = Telegram:
kit-label-whatsapp = WhatsApp:
kit-label-page = Plan:
kit-intro = 🎬 “{ $title }” için kitin: iki slayt, video sonu için 16:9, Shorts, Reels ve hikâyeler için 9:16. Dosyalar tam kalitede; önizlemeler yalnızca bakmak için. Ardından videonun açıklama metni geliyor.
kit-slide-landscape = 16:9 slayt, video sonu için
kit-slide-portrait = 9:16 slayt, Shorts, Reels ve hikâyeler için
kit-description-intro = Bunu videonun altına yapıştır:
kit-none = Şu an açık bir plan yok. Forum bir plan yayımladığında /kit slaytlarını hazırlar.
kit-unknown-plan = “{ $id }” adında açık bir plan yok. Açık planlar: { $ids }
kit-failed = Üzgünüm, slaytlar şu an çizilemedi. Birkaç dakika sonra /kit ile yeniden dene.
report-page-visits = Plan sayfası ziyaretleri: { $visits } · katılanlar: { $joined }
