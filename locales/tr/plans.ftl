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

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Bir görevi bitirdiğinde "tamam" ve görevin numarasını yaz (örneğin: tamam 1); son görev için yalnızca "tamam" yeter. İşareti kaldırmak için "geri al 1" yaz.
