# Gönderildikten sonra bir planın hayatı: düzeltmeler, kapanış sonuçları, gönderimi duraklatma.

plan-corrected-note = ✏️ Düzenleyiciler düzeltti: { $changes }
plan-change-task = { $task }. görev güncellendi
plan-change-added = { $task }. görev eklendi
plan-change-withdrawn = { $task }. görev geri çekildi
plan-change-wording = metin düzeltildi
plan-change-language = artık { $language } dilinde de var
plan-closing-title = 🏁 “{ $title }” sona erdi. Hep birlikte yaptıklarımız:
plan-closing-pledged = • { $count } kişi harekete geçmeye söz verdi
plan-closing-task = • { $count } kişi: { $task }
plan-closing-few = 🏁 “{ $title }” sona erdi. Güvenle paylaşabileceğimiz rakamlar için katılan sayısı çok azdı, ama her adım önemliydi.
plan-closing-thanks = Katıldığın için teşekkürler.

org-correction-usage = Gönderilmiş bir planın düzeltmeleri ve gönderimleri:
    /correct ve sonraki satırlarda düzeltilmiş YAML — aynı id ve konular, en az aynı sayıda görev; 3. görevi geri çekmek için "withdraw: [3]" ekleyin
    /approve <plan-id> — en yeni düzeltmesini onaylayın
    /pause <plan-id> ve /resume <plan-id> — onun için gönderileni duraklatın ya da sürdürün
    /broadcasts <plan-id> — her gönderiminin ilerleyişi
org-correction-proposed = ✏️ “{ $id }” için { $revision }. düzeltme kaydedildi. { $required } düzenleyici onaylayınca gönderilecek (/approve { $id }).
org-correction-approved = 👍 Onaylandı. “{ $id }” için { $revision }. düzeltme: { $required } onaydan { $count }.
org-correction-applied = ✅ “{ $id }” için { $revision }. düzeltme onaylandı ve uygulandı: planı alan herkes düzeltilmiş listeyi alacak. İlerleyiş: /broadcasts { $id }
org-correction-none = “{ $id }” için onay bekleyen bir düzeltme yok.
org-correction-not-live = “{ $id }” henüz gönderilmedi: onu /propose ile değiştirin.
org-correction-ended = “{ $id }” sona erdi, artık düzeltilemez.
org-correction-same = Bu düzeltme “{ $id }” planında hiçbir şeyi değiştirmiyor.
org-broadcast-paused = ⏸ { $id } duraklatıldı: /resume { $plan } gelene kadar yeni mesaj başlamaz.
org-broadcast-already-paused = { $id } zaten duraklatılmıştı; /resume { $plan } onu sürdürür.
org-broadcast-not-running = Şu anda “{ $id }” için gönderilen bir şey yok.
org-broadcast-not-paused = “{ $id }” için duraklatılmış bir şey yok.
org-broadcast-resumed = ▶️ “{ $id }” sürdürülüyor: gönderim kaldığı yerden devam ediyor.
org-broadcast-line = { $id } ({ $kind }, { $state }): gönderildi { $sent } · bekliyor { $pending } · başarısız { $failed } · engelledi { $blocked }
