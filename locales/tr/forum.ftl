# Forumun üyeleri ve kararları (src/forum).

forum-members-only = Bu komut Forum üyeleri içindir.
forum-member-usage = Üye komutları (düzenleyiciler):
    /member add <telegram kimliği> influencer <kitle kodları> — bir etkileyici ya da üye kuruluş ekleyin
    /member add <telegram kimliği> organiser — yeni bir düzenleyici önerin (forum karar verir)
    /member remove <telegram kimliği> — bir üyeyi çıkarın (düzenleyici ise forumun kararıyla)
    /member approve <karar> — bir düzenleyiciyle ilgili kararı onaylayın
    /members — forumda kimler var
forum-member-exists = Bu kişi zaten Forum üyesi.
forum-member-added = ✅ Etkileyici olarak eklendi, kitleleri: { $codes }.
forum-member-unknown = Bu kişi Forum üyesi değil.
forum-member-bootstrap = Bu düzenleyici, botun ayarlarında belirlenen ilk düzenleyicilerden biri (ADMIN_TELEGRAM_IDS). Bunu yalnızca botu çalıştıran kişi değiştirebilir.
forum-member-removed = ✅ Forumdan çıkarıldı.
forum-left = Forumdan ayrıldınız. Hâlâ bekleyen planlara verdiğiniz onaylar artık sayılmıyor. Yaptığınız her şey için teşekkürler.
forum-not-member = Forum üyesi değilsiniz.
forum-decision-unknown = “{ $id }” adında bir karar bilmiyorum.
forum-decision-closed = “{ $id }” kararı zaten uygulandı.
forum-decision-add-proposed = 📝 Yeni bir düzenleyici önerildi (karar “{ $id }”). Öneriniz onayınız sayılır: { $count } / { $required }. Diğer düzenleyiciler /member approve { $id } ile onaylar.
forum-decision-remove-proposed = 📝 Bir düzenleyicinin çıkarılması önerildi (karar “{ $id }”). Öneriniz onayınız sayılır: { $count } / { $required }. Diğer düzenleyiciler /member approve { $id } ile onaylar.
forum-decision-approved = 👍 Onaylandı. “{ $id }” kararının { $required } onaydan { $count } tanesi var.
forum-decision-held = ✋ “{ $id }” kararı bekletiliyor: { $objections } üye itiraz ediyor. İtiraz geri çekilince ya da { $required } onaya ek olarak her itiraz için bir onay daha gelince ilerler (şu an { $count }).
forum-decision-done = ✅ “{ $id }” kararı kabul edildi ({ $count } onay) ve uygulandı.
forum-plan-held = ✋ “{ $id }” planı bekletiliyor: { $objections } üye itiraz ediyor. İtiraz geri çekilince ya da { $required } onaya ek olarak her itiraz için bir onay daha gelince ilerler (şu an { $count }).
forum-objected = ✋ “{ $id }” için itirazınız kaydedildi. Siz geri çekene (/unobject { $id }) ya da yeterince üye yine de onaylayana kadar kararı bekletir.
forum-objected-already = “{ $id }” için zaten itiraz ettiniz.
forum-objection-withdrawn = “{ $id }” için itirazınız geri çekildi.
forum-objection-none = “{ $id }” için geri çekilecek bir itirazınız yok.
forum-object-usage = /object yazıp ardından bir plan kimliği ya da karar (ör. m.k3x9p2) yazın; /unobject itirazınızı geri çeker.
forum-members = Bugün Forum:
    Düzenleyiciler: { $organisers } (bunlardan { $bootstrap } tanesi botun ayarlarından)
    Etkileyiciler ve üye kuruluşlar: { $influencers } (kitleler: { $codes })
    Bir karar şu an { $required } onay gerektiriyor.
help-forum = Forum üyeleri için:
    /members — forumda kimler var
    /object <plan ya da karar> — katılmadığınız bir kararı bekletin; /unobject geri çeker
    /leave — forumdan ayrılın
    /profile — diliniz, saat diliminiz ve planları gözden geçirebildiğiniz diller
    /record <plan ya da karar> — kim önerdi, kim onayladı, kim itiraz etti ve ne zaman
    /member — üye ekleyin ve çıkarın (düzenleyiciler)
plan-agreed-by = 🤝 { $date } tarihinde { $count ->
        [one] bir forum üyesi
       *[other] { $count } forum üyesi
    } tarafından kabul edildi.
plan-file-hint = 📎 Bu plan kesilmiş görünüyor: Telegram bir mesajın yalnızca ilk 4.096 karakterini tutar. Bunun yerine planın .yaml dosyasını gönderin (belge olarak, açıklamasına /propose ya da /validate yazarak).
forum-profile = Forum profiliniz:
    Dil: { $language }
    Saat dilimi: { $zone }
    Planları gözden geçirebildiğiniz diller: { $speaks }
    Forum kayıtlarındaki adınız: { $name }
    Değiştirmek için: /profile language ur, /profile zone Karachi (bir şehir, bir saat dilimi ya da UTC+5) veya /profile speaks ur en.
forum-profile-usage = Bunu anlayamadım. Örneğin şöyle yazın:
    /profile language fr
    /profile zone Istanbul (bir şehir, Asia/Dhaka gibi bir saat dilimi ya da UTC+3)
    /profile speaks ar en — bir planın çevirisini gözden geçirebildiğiniz diller
    /profile name Amine K. — forum kayıtlarında sizin için görünecek ad (/profile name - adı kaldırır)
    Diller: ar, en, ur, tr, id, ms, fr, ug, bn.
forum-record-usage = /record yazıp ardından bir plan kimliği ya da karar yazın (örneğin m.k3x9p2).
forum-record-unknown = “{ $id }” adında bir plan ya da karar bilmiyorum.
forum-record-plan = 📜 “{ $id }” planının kaydı ({ $title }), { $revision }. sürüm
forum-record-decision-add = 📜 “{ $id }” kararının kaydı: { $member } düzenleyici olsun
forum-record-decision-remove = 📜 “{ $id }” kararının kaydı: { $member } artık düzenleyici olmasın
forum-record-proposed = { $date } tarihinde öneren: { $who }.
forum-record-approvals = Onaylar:
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = Süren itirazlar:
forum-record-objected = ✋ { $who }, { $date } tarihinden beri
forum-record-none = — henüz yok
forum-record-tally = Sayılan onaylar: { $count } / { $required } · itirazlar: { $objections }
forum-record-agreed = ✅ { $date } tarihinde kabul edildi.
forum-record-done = ✅ { $date } tarihinde uygulandı.
forum-record-ready = Gereken onaylar tamam; yola devam edilebilir.
forum-record-waiting = ⏳ Henüz kabul edilmedi.
forum-record-unnamed = ad belirlememiş bir üye
forum-record-you = siz
forum-record-gone = (artık sayılmıyor: bu üye şu an onay veremiyor)
