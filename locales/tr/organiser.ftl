# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = Bu komut Forum organizatörleri içindir.
org-plan-usage = Plan komutları:
    /propose ve sonraki satırlarda planın YAML'ı — plan öner
    /validate ve ardından YAML — planı kaydetmeden kontrol et
    /preview <plan-id> [language] — planı bir takipçinin göreceği şekilde gör
    /approve <plan-id> — planı onayla ({ $required } organizatörün onayı gerekir)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — hemen ya da belirli bir saatte yayımla (UTC)
    /cancel <plan-id> — planı durdur
    /status [plan-id] — planların ve gönderimlerin durumu
    /clitoken — plan komut satırı aracı için kişisel anahtarın (npm run plan)
org-plan-invalid = Bu planda sorunlar var:
    { $errors }
org-plan-valid = ✅ “{ $id }” planı geçerli: { $tasks } görev, diller: { $languages }.
org-plan-proposed = 📝 “{ $id }” planı önerildi. Farklı organizatörlerden { $required } onay alması gerekiyor (/approve { $id }).
org-plan-locked = “{ $id }” planı zaten gönderildi, artık değiştirilemez.
org-plan-busy = Başka bir organizatör şu anda “{ $id }” planını değiştiriyor. Birazdan tekrar dene.
org-plan-revised = “{ $id }” planı sen onaylarken değiştirildi; onayın yalnızca eski sürüm için sayılıyor. Yeni sürüme bak (/preview { $id }) ve onu yeniden onayla.
org-plan-unknown = “{ $id }” adında bir plan bilmiyorum.
org-plan-approved = 👍 Onaylandı. “{ $id }” planının onay durumu: { $count }/{ $required }.
org-plan-quorum = ✅ “{ $id }” planı gereken { $required } onayı aldı ve yayımlanabilir (/publish { $id }).
org-plan-not-approved = “{ $id }” planının önce { $required } onay alması gerekiyor; şu an { $count } onayı var.
org-plan-scheduled = ⏰ “{ $id }” planı { $at } (UTC) tarihinde yayımlanacak.
org-plan-publishing = 🚀 “{ $id }” planı şu anda gönderiliyor. İlerlemeyi görmek için: /status { $id }
org-plan-cancelled = 🛑 “{ $id }” planı iptal edildi. Artık başka kimseye gönderilmeyecek.
org-plan-bad-state = “{ $id }” planının durumu: { $status }; bu işlem şu anda yapılamaz.
org-plan-bad-time = Bu zamanı okuyamadım. UTC olarak YYYY-MM-DDTHH:MM biçimini kullan, örneğin 2026-12-01T18:00.
org-status-line = { $id }: { $status } · onaylar { $approvals }/{ $required } · gönderilen { $sent }, bekleyen { $pending }, başarısız { $failed }, engelleyen { $blocked }
org-status-none = Henüz plan yok.
org-preview-note = 👀 Önizleme ({ $language }) — takipçilerin göreceği haliyle:

org-clitoken = 🔑 Plan komut satırı aracı için kişisel anahtarın. Yalnızca bu kez gösterilir; yeni bir /clitoken eskisinin yerini alır.
    { $token }
    Şöyle kullan: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    Gizli tut: bu anahtara sahip olan herkes senin adına plan onaylayıp yayımlayabilir. Bu mesajı artık silebilirsin.
org-withdraw-usage = Kullanım: /withdraw <plan kimliği> <görev numarası>, ör. /withdraw planim 2. Onay gerekmeden hemen geçerli olur.
org-withdraw-no-task = “{ $id }” planının görevleri 1 ile { $total } arası.
org-withdraw-already = “{ $id }” planının { $task }. görevi zaten geri çekilmiş.
org-withdraw-done = “{ $id }” planının { $task }. görevi geri çekildi: düğmeleri artık bunu söylüyor, hatırlatmalar onu atlıyor ve raporlar onu saymıyor.
org-close-usage = Kullanım: /close <plan kimliği>. Plan şimdi sona erer: hatırlatmalar durur ve görev listeleri planın bittiğini söyler.
org-close-not-open = “{ $id }” açık değil ({ $status }), kapatılacak bir şey yok.
org-close-done = “{ $id }” kapatıldı: hatırlatmalar durdu ve görev listeleri artık planın bittiğini söylüyor.
help-organiser-life = Plan yayımlandıktan sonra:
    /withdraw <plan> <görev> — bir görevi hemen geri çek (hatalı bağlantı, dolandırıcı bir taklit)
    /close <plan> — planı bitiş tarihinden önce şimdi kapat

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 “{ $id }” yayını
bcast-watch-figures = Gönderilen { $sent } · bekleyen { $pending } · başarısız { $failed } · engelleyen { $blocked }
bcast-watch-rate = Saniyede { $rate } · yaklaşık { $left } kaldı
bcast-watch-rate-unknown = Hız ölçülüyor…
bcast-watch-done = ✅ { $took } içinde tamamlandı. Son rakamlar bunlar.
