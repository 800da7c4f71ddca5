# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (Bu plan henüz senin dilinde mevcut değil, bu yüzden İngilizcesini gönderiyorum.)
plan-minutes = { $minutes ->
    [one] 1 dk
   *[other] { $minutes } dk
}
plan-progress = { $total } görevden { $done } tanesi tamamlandı
plan-all-done-line = 🎉 Hepsi tamam — teşekkürler!
plan-pledged-line = 🤝 Bunu yapmaya söz verdin.
plan-pledge-button = 🤝 Bunu yapmaya söz veriyorum
plan-sources-button = ℹ️ Bunlar nereden geliyor?
plan-text-hint = Bir görevi bitirdiğinde "tamam" ve görevin numarasını yaz (örneğin: tamam 1). Söz vermek için "söz", işareti kaldırmak için "geri al 1" yaz.
plan-sources-title = ℹ️ “{ $title }” için kaynaklar
plan-source-line = Doğrulayan: { $vettedBy }, { $date }
plan-pledge-thanks = Söz verdiğin için teşekkürler! 🤝
plan-pledge-already = Zaten söz vermiştin — teşekkürler!
plan-no-such-task = Bu plandaki görevler 1 ile { $total } arasında numaralandırılmış.
plan-complete-thanks = 🎉 Tüm görevleri tamamladın — teşekkürler, Allah razı olsun!
    Etkisini katlamak ister misin? Başkaları da katılabilsin diye bu bağlantıyı paylaş:
    { $link }
plan-complete-thanks-nolink = 🎉 Tüm görevleri tamamladın — teşekkürler, Allah razı olsun!
plan-gone = Bu plan artık geçerli değil.
plans-none = Şu anda açık bir planın yok. Forum, davaların için bir plan yayımladığında buraya gelecek.
plans-intro = { $count ->
    [one] İşte açık planın:
   *[other] İşte { $count } açık planın:
}
plan-done-usage = Bir görevi işaretlemek için "tamam" ve numarasını yaz, örneğin: tamam 2
reminder-nudge = 🌱 Küçük bir hatırlatma: “{ $title }” için söz vermiştin. Şu ana kadar { $total } görevden { $done } tanesi tamam — her adım önemli. Kontrol listen:
plan-open-until = 🗓️ { $date } tarihine kadar açık
plan-ended-line = 🏁 Bu plan sona erdi. Yaptığın her şey için teşekkürler.
plan-ended-notice = Bu plan sona erdi, görevleri artık işaretlenemiyor. Katıldığın için teşekkürler! 🌱
plan-task-withdrawn = Forum tarafından geri çekildi
plan-task-withdrawn-notice = { $task }. görev Forum tarafından geri çekildi, bu yüzden onun için yapacak bir şey yok. Teşekkürler!
plan-task-figure = { $count } kişi yaptı
plans-finished = ✅ tamamlandı
plans-none-open = Şu anda açık bir planın yok.
plans-past-title = Geçmiş planlar:
plans-open-hint = O görev listesini açmak için "planlar" ve numarasını yaz (örneğin: planlar 1); görevlerin kaynağını görmek için "kaynak 1" yaz.
plans-pick-number = 1 ile { $total } arasında bir numara ekle, örneğin: planlar 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Bir görevi bitirdiğinde "tamam" ve görevin numarasını yaz (örneğin: tamam 1); son görev için yalnızca "tamam" yeter. İşareti kaldırmak için "geri al 1" yaz.
