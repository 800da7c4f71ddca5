# Forumun toplantıları (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    Ne zaman: { $date } ({ $place } saatiyle)
    Nerede: { $link }
    Konuklar: { $guests }
    Gündem:
    { $agenda }
meeting-invitation-head = 📨 Forum toplantısına davetlisiniz.
meeting-invitation-foot = Katılacak mısınız? Aşağıdan yanıtlayın; yanıtınızı istediğiniz zaman değiştirebilirsiniz. Gündeme bir madde önermek için: /proposal { $id } ve ardından bir başlık yazın, metninizi alt satırlara ekleyin.
meeting-rsvp-yes = Evet
meeting-rsvp-no = Hayır
meeting-rsvp-maybe = Belki
meeting-rsvp-hint = /rsvp { $id } yazıp ardından evet için yes, hayır için no, belki için maybe ile yanıtlayın.
meeting-rsvp-usage = /rsvp, toplantının kodu ve yanıtınızı yazın, örneğin: /rsvp mt4k2x yes (ya da no, ya da maybe).
meeting-rsvp-saved-yes = ✅ Not edildi: geliyorsunuz. Görüşmek üzere!
meeting-rsvp-saved-no = Not edildi: bu sefer gelemiyorsunuz. Haber verdiğiniz için teşekkürler.
meeting-rsvp-saved-maybe = Not edildi: belki. Yanıtınızı istediğiniz zaman değiştirebilirsiniz.
meeting-is-cancelled = ❌ Bu toplantı iptal edildi.
meeting-is-over = Bu toplantı sona erdi.
meeting-unknown = “{ $id }” adında bir toplantı bilmiyorum. Yaklaşan toplantıları /meeting ile görebilirsiniz.
meeting-proposals-title = Öneriler ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [one] bir üye destekliyor
       *[other] { $count } üye destekliyor
    }
meeting-rsvp-counts = Yanıtlar: { $yes } evet, { $maybe } belki, { $no } hayır; { $none } kişi henüz yanıt vermedi.
meeting-minutes-title = 📝 Toplantı tutanağı:
meeting-none = Henüz planlanmış bir toplantı yok.
meeting-list-title = Yaklaşan toplantılar:
meeting-list-line = • { $id }: { $topic } — { $date } ({ $place } saatiyle)
meeting-usage = Toplantı komutları (düzenleyiciler):
    /meeting schedule, ardından her biri ayrı satırda (alan adları İngilizce kalır):
      when: 2026-12-15 18:00 Europe/Istanbul (ya da bir şehir, ya da UTC+3)
      link: https://…
      topic: …
      guests: ad; ad (görünmek istedikleri biçimde)
      agenda: madde; madde
    /meeting move <kod> <tarih saat bölge> — yeni bir saat (üyelere bildirilir)
    /meeting cancel <kod> — iptal et (üyelere bildirilir)
    /meeting list — yaklaşan toplantılar; /meeting show <kod> — bir toplantı, önerileri ve yanıtlar
    /minutes <kod>, ardından tutanak; plana dönüşen her öneri için “plan: <öneri> <plan kimliği>” satırı
meeting-member-usage = /meeting list yaklaşan toplantıları gösterir; /meeting show ve ardından bir toplantının kodu, gündemini, önerileri ve şimdiye kadarki yanıtları gösterir.
meeting-schedule-errors = Bu toplantıyı henüz planlayamadım:
meeting-error-when = “when:” satırında tarih, saat ve bölge olmalı; örneğin 2026-12-15 18:00 Europe/Istanbul.
meeting-error-date = Böyle bir tarih ya da saat yok; lütfen günü, ayı ve saati kontrol edin.
meeting-error-zone = Bu saat dilimini ya da şehri tanımıyorum. Europe/Istanbul gibi bir bölge, İstanbul gibi bir şehir ya da UTC+3 gibi bir fark deneyin.
meeting-error-past = Bu saat geçti; lütfen ileride bir saat seçin.
meeting-error-missing-when = Lütfen tarih, saat ve bölgeyle bir “when:” satırı ekleyin.
meeting-error-missing-link = Lütfen toplantının adresiyle (https:// ile başlayan) bir “link:” satırı ekleyin.
meeting-error-missing-topic = Lütfen toplantının konusunu söyleyen bir “topic:” satırı ekleyin.
meeting-error-link = Bağlantı https:// ile başlayan tam bir adres olmalı.
meeting-error-long = Satırlardan biri çok uzun (en fazla 200 karakter).
meeting-error-empty = Satırlardan biri boş.
meeting-error-guests = Bu çok fazla konuk: en fazla 12.
meeting-error-agenda = Bu uzun bir gündem: en fazla 15 madde.
meeting-error-line = Bu satırı anlamadım: “{ $line }”. Her satır when:, link:, topic:, guests: ya da agenda: ile başlar.
meeting-scheduled = ✅ { $id } toplantısı planlandı: { $topic }, { $date } ({ $place } saatiyle).
    Giden davet sayısı: { $invited }; her üyeye kendi dilinde ve saat diliminde.
meeting-unreachable = Botun henüz ulaşamadığı üye sayısı: { $unreachable }. Bot onlardan hiç mesaj almadı; bota yazdıkları anda davet edilecekler.
meeting-moved = ✅ { $id } toplantısı { $date } ({ $place } saatiyle) tarihine alındı. Davet edilen üyelere bildiriliyor.
meeting-moved-notice = 🗓 “{ $topic }” toplantısının saati değişti: { $date } ({ $place } saatiyle). Bağlantı: { $link }
meeting-cancelled = { $id } toplantısı iptal edildi. Davet edilen üyelere bildiriliyor.
meeting-cancelled-already = { $id } toplantısı zaten iptal edilmişti.
meeting-cancelled-notice = ❌ { $date } ({ $place } saatiyle) için planlanan “{ $topic }” toplantısı iptal edildi. Değişiklik için özür dileriz.
meeting-reminder-day = ⏰ Yarın: “{ $topic }”, { $date } ({ $place } saatiyle). Bağlantı: { $link }
meeting-reminder-hour = ⏰ Bir saat sonra: “{ $topic }”, { $date } ({ $place } saatiyle). Bağlantı: { $link }
meeting-proposal-usage = Bir madde önermek için /proposal, toplantının kodu ve bir başlık yazın, metninizi alt satırlara ekleyin; örneğin:
    /proposal mt4k2x Kış kitap kampanyası
    Her etkileyici bir kitap listesi paylaşır…
    Bir metin eklemek için onu belge olarak gönderin ve açıklamasına aynı sözleri yazın.
meeting-proposal-long = Bu çok uzun: başlık en fazla { $title } karakter, metin en fazla { $text } karakter olabilir.
meeting-proposed = ✅ { $id } numaralı öneriniz { $meeting } toplantısının gündeminde. Üyeler /back { $id } ile destekleyebilir.
meeting-proposal-unknown = “{ $id }” adında bir öneri bilmiyorum.
meeting-backed = 👍 { $id } önerisini destekliyorsunuz. /unback { $id } ile geri çekebilirsiniz.
meeting-backed-already = { $id } önerisini zaten destekliyorsunuz.
meeting-unbacked = { $id } önerisine desteğiniz geri çekildi.
meeting-unbacked-none = { $id } önerisini desteklemiyorsunuz.
meeting-minutes-usage = /minutes ve toplantının kodunu yazın, tutanağı alt satırlara ekleyin; plana dönüşen her öneri için şöyle bir satır yazın: plan: mt4k2x-1 winter-books
meeting-minutes-early = { $id } toplantısı henüz başlamadı: tutanak toplantıdan sonra yazılır.
meeting-plan-unknown = “{ $id }” adında bir plan bilmiyorum. Önce planı önerin, sonra tutanağa kaydedin.
meeting-minutes-long = Tutanak çok uzun: en fazla { $max } karakter. Kısa tutun; ayrıntılar planlarda.
meeting-minutes-saved = ✅ { $id } toplantısının tutanağı kaydedildi.
meeting-minutes-plans = Bu toplantıdan çıkan plan sayısı: { $plans }.
meeting-plan-provenance = { $meeting } toplantısından
help-meetings = Toplantılar:
    /meeting list — yaklaşan toplantılar; /meeting show <kod> — gündemi ve öneriler
    /rsvp <kod> yes, no ya da maybe — yanıtınız (ya da davetteki düğmeler)
    /proposal <kod> <başlık> — bir madde önerin, metniniz alt satırlarda
    /back <öneri> — bir öneriyi destekleyin; /unback geri çeker
help-meetings-organiser = Toplantılar (düzenleyiciler):
    /meeting — toplantı planlayın, saatini değiştirin, iptal edin, listeleyin ve gösterin
    /minutes <kod> — tutanağı ve toplantıdan çıkan planları kaydedin
    /rsvp, /proposal, /back ve /unback — her üye gibi
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = { $id } önerisiyle birlikte bir belge gönderilmedi.
