# Replies to the follower commands.

start-welcome-back = Tekrar hoş geldin! Zaten kayıtlısın. Eylemlerini görmek için /plans, geri kalan her şey için /help gönder.
start-resubscribed = Tekrar hoş geldin! Forum'un planları sana yeniden gelecek. Takip ettiğin davaları istediğin zaman /topics ile değiştirebilirsin.
start-topic-added = Tekrar hoş geldin! Takip ettiğin davalara ekledim: { $topic }.
help = Yapabileceklerim şunlar:
    /plans — güncel eylemlerin
    /topics — takip ettiğin davaları seç
    /language — dili değiştir
    /timezone — hatırlatmaların ne zaman geleceğini değiştir
    /privacy — senin hakkında neleri saklıyorum
    /stop — tüm mesajları durdur
    /forget — seninle ilgili her şeyi sil
    /help — bu liste
privacy = 🔒 Neleri saklıyorum ve neden
    • Dilin, takip ettiğin davalar ve yaklaşık saat dilimin — sana doğru planları makul bir saatte gönderebilmek için.
    • Hangi fenomenin bağlantısıyla katıldığın — böylece kaç kişinin harekete geçtiğini yalnızca toplam sayılar olarak görebilirler.
    • Hangi planları aldığın, hangilerine söz verdiğin, hangi görevleri işaretlediğin ve hangi buluşmalara geleceğini söylediğin — kontrol listen ve hatırlatmaların için.
    • Sohbet kimliğin, şifrelenmiş olarak — yalnızca sana mesaj gönderebilmek için. Adını, kullanıcı adını ya da telefon numaranı saklamıyorum.
    Raporlarda hiç kimse, fenomenler ya da organizatörler bile, kim olduğunu göremez.
    /stop tüm mesajları duraklatır; /forget seninle ilgili her şeyi kalıcı olarak siler.
stop-done = Tamam — artık plan ya da hatırlatma almayacaksın. Geri dönmek istediğinde /start göndermen yeterli. Verilerini de silmek için /forget gönder.
stop-not-subscribed = Kayıtlı değilsin, yani durdurulacak bir şey yok. Katılmak için /start gönder.
settings-pick-language = Hangi dili tercih edersin?
settings-language-saved = Tamam! Bundan sonra seninle şu dilde konuşacağım: { $language }.
settings-pick-topics = Hangi davaları takip etmek istersin? Seçmek ya da seçimi kaldırmak için dokun, ardından Tamam'a dokun.
settings-topics-saved = Kaydedildi. Takip ettiğin davalar: { $topics }.
settings-pick-timezone = Yaklaşık olarak neredesin? Hatırlatmalar bulunduğun yerde makul bir saatte gelecek.
settings-timezone-saved = Kaydedildi. Hatırlatmalar şu saat dilimine göre ayarlandı: { $timezone }.
forget-confirm = Seninle ilgili her şey silinsin mi? Bu işlem ayarlarını, verdiğin sözleri ve ilerlemeni kalıcı olarak siler; artık hiç mesaj da almazsın. Bu işlem geri alınamaz.
forget-yes = Evet, her şeyi sil
forget-no = Hayır, verilerim kalsın
forget-kept = Hiçbir şey silinmedi. 👍
forget-done = Seninle ilgili her şey silindi. Yaptığın her şey için teşekkür ederiz. Bir gün geri dönmek istersen /start göndermen yeterli.
forget-nothing = Senin hakkında kayıtlı hiçbir bilgim yok.
help-organiser = Organizatörler için:
    /planhelp — planları öner, onayla, yayımla ve takip et
    /report [kod] — forumun raporu ya da bir fenomenin raporu
    /influencer add | invite | list — fenomenleri kaydet
    /recount — rapor rakamlarını kayıtlardan yeniden say
help-influencer = Fenomenler için:
    /mylink — katılım bağlantıların ve QR kodların
    /report — kitlenin raporu (tablo için /report csv)
    /weekly on|off — her hafta bir rapor
    /summaries on|off — her plan gönderildikten sonra bir özet

# Telegram's command menu (short descriptions).
menu-plans = Güncel görevlerin
menu-topics = Takip ettiğin davalar
menu-language = Dili değiştir
menu-timezone = Hatırlatmaların saati
menu-privacy = Hakkında ne saklanıyor
menu-stop = Tüm mesajları durdur
menu-forget = Hakkındaki her şeyi sil
menu-help = Botun yapabildiği her şey
