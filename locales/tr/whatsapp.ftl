# WhatsApp ve konsol: düğme ve eğik çizgili komut yok; takipçiler kelime ve numara yazar.

wa-words-start = katıl, başla
wa-words-help = yardım, menü
wa-words-stop = dur, durdur
wa-words-done = tamam, yaptım, bitti
wa-words-undo = geri al
wa-words-pledge = söz, söz veriyorum
wa-words-plans = planlar, planlarım, görevler
wa-words-language = dil
wa-words-topics = konular, davalar
wa-words-timezone = saat dilimi
wa-words-privacy = gizlilik
wa-words-forget = unut, beni unut, sil

wa-media-only = Teşekkürler! Yalnızca yazılı mesajları okuyabiliyorum; fotoğraf, sesli mesaj veya dosya okuyamıyorum. Neler yapabildiğimi görmek için *menü* yaz.

help-whatsapp = Yapabileceklerim — sadece kelimeyi yazman yeterli:
    • *planlar* — şu anki eylemlerin
    • *tamam 2* — 2. görevi işaretle (kaldırmak için *geri al 2*)
    • *söz* — en yeni planın için söz ver
    • *konular* — takip ettiğin davaları seç
    • *dil* — dili değiştir
    • *saat dilimi* — hatırlatmaların ne zaman geleceğini değiştir
    • *gizlilik* — hakkında neleri sakladığım
    • *dur* — tüm mesajları durdur
    • *unut* — hakkındaki her şeyi sil
    • *menü* — bu liste
start-welcome-back-whatsapp = Tekrar hoş geldin! Zaten kayıtlısın. Eylemlerini görmek için *planlar*, diğer her şey için *menü* yaz.
start-resubscribed-whatsapp = Tekrar hoş geldin! Forum'un planları sana yeniden gelecek. Davalarını istediğin zaman *konular* yazarak değiştirebilirsin.
privacy-whatsapp = 🔒 Neleri saklıyorum ve neden
    • Dilin, takip ettiğin davalar ve yaklaşık saat dilimin — sana doğru planları uygun bir saatte gönderebilmek için.
    • Hangi fenomenin bağlantısıyla katıldığın — kaç kişinin harekete geçtiğini yalnızca toplam olarak görebilmeleri için.
    • Hangi planları aldığın, hangilerine söz verdiğin ve hangi görevleri işaretlediğin — kontrol listen ve hatırlatmaların için.
    • WhatsApp adresin, şifrelenmiş olarak — yalnızca sana mesaj göndermek için. Telefon numaranı asla okunabilir biçimde saklamam, adını da saklamam.
    Raporlarda kim olduğunu hiç kimse, fenomenler ve organizatörler bile göremez.
    Tüm mesajları durdurmak için *dur*, hakkındaki her şeyi kalıcı olarak silmek için *unut* yaz.
stop-done-whatsapp = Tamam — artık plan veya hatırlatma almayacaksın. Geri dönmek istediğinde *katıl* yaz. Verilerini de silmek için *unut* yaz.
stop-not-subscribed-whatsapp = Kayıtlı değilsin, yani durdurulacak bir şey yok. Kaydolmak için *katıl* yaz.
forget-done-whatsapp = Hakkındaki her şey silindi. Yaptığın her şey için teşekkürler. Bir gün geri dönmek istersen, *katıl* yazman yeterli.
settings-pick-topics-whatsapp = Hangi davaları takip etmek istiyorsun? Numaralarını yaz.
onboarding-pick-topics-whatsapp = Hangi davalar için harekete geçmek istiyorsun? Önem verdiğin her birinin numarasını yaz.
onboarding-privacy-whatsapp = 🔒 Gizliliğin
    • Yalnızca dilini, seçtiğin davaları, yaklaşık saat dilimini ve işaretlediğin görevleri saklarım.
    • Adını asla saklamam; WhatsApp adresin şifrelenmiş olarak tutulur.
    • Fenomenler yalnızca toplamları görür, kim olduğunu asla göremez.
    • Tüm mesajları durdurmak için *dur*, hakkındaki her şeyi silmek için *unut* yaz.
onboarding-summary-whatsapp = Her şey hazır! ✅
    Dil: { $language }
    Davalar: { $topics }
    Hatırlatma saati: { $timezone }

    Sırada ne var: Forum davalarından biri için bir plan yayımladığında, burada birkaç basit görev olarak sana ulaşacak. Söz ver, yaptıkça işaretle, hepsi bu.
    Bir şeyi değiştirmek için *dil*, *konular* veya *saat dilimi*, yapabileceğim her şey için *menü* yaz.
flow-reprompt-choose-one-whatsapp = Üzgünüm, anlayamadım. Lütfen 1 ile { $count } arasında bir numara yaz ya da yardım için *menü* yaz.
flow-reprompt-choose-many-whatsapp = Üzgünüm, anlayamadım. Lütfen istediğin numaraları yaz, örneğin 1 3, ya da yardım için *menü* yaz.
flow-reprompt-choose-many-keep-whatsapp = Üzgünüm, anlayamadım. İstediğin numaraları yaz, örneğin 1 3, ya da işaretli olanları korumak için 0 yaz.
flow-pick-at-least-one-whatsapp = Lütfen en az birini seç: numarasını yaz.
unknown-command-whatsapp = Bu kelimeyi bilmiyorum. Neler yapabildiğimi görmek için *menü* yaz.
fallback-whatsapp = Mesajın için teşekkürler! Ben bir botum, serbest metni okuyamam. Eylemlerin için *planlar*, bir görevi işaretlemek için *tamam 1*, diğer her şey için *menü* yaz.
fallback-opted-out-whatsapp = Şu anda plan almıyorsun. Yeniden başlamak için *katıl*, daha fazlası için *menü* yaz.
wa-words-sources = kaynak, kaynaklar
