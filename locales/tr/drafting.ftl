# /draft: bir forum üyesi, YAML yazmadan, sohbette adım adım bir plan taslağı hazırlar.
draft-welcome = ✍️ Birlikte bir plan taslağı hazırlayalım. Önce davalarını, başlığını ve neden önemli olduğunu, sonra görevlerini tek tek ({ $max } taneye kadar) soracağım; önermeden önce de planı takipçilerin göreceği hâliyle aynen göstereceğim.
    Taslaktan vazgeçmek için istediğiniz an /cancel gönderin.
draft-language-note = Planın metinlerini İngilizce yazın: her plan bu metinlere ihtiyaç duyar, çünkü takipçiler kendi dilleri yoksa bunları alır. Başka diller sonradan YAML ile, /propose ve aynı plan kimliğiyle eklenebilir.
draft-ask-causes = Bu plan hangi davalar için? Plan, bu davaları takip edenlere gidecek.
draft-ask-title = Planın başlığı ne olsun? (3 ile { $max } karakter arası)
draft-ask-id = Her planın /approve gibi komutlarda kullanılan kısa bir kimliği vardır. Önerim: “{ $id }”. Kullanmak için dokunun ya da kendi kimliğinizi yazın (küçük harf, rakam ve tire).
draft-hint-button = Cevabınızı yazın ya da yukarıdaki seçenek için 1 gönderin.
draft-id-taken = “{ $id }” kimliğini başka bir plan kullanıyor. Lütfen farklı bir kimlik seçin.
draft-ask-why = Bu plan neden önemli? Takipçiler ilk bunu okur; birkaç cümleyle anlatın. (3 ile { $max } karakter arası)
draft-ask-task-title = Görev { $n }: Takipçiler ne yapmalı? Kısa bir başlık verin. (3 ile { $max } karakter arası)
draft-ask-task-how = Görev { $n }: Bunu nasıl yapacaklar? Adımları sade bir dille anlatın. (3 ile { $max } karakter arası)
draft-ask-task-link = Görev { $n }: Bunu yapacakları bir bağlantı (imza kampanyası, form) var mı? https:// ile başlayan bağlantıyı gönderin ya da “Bağlantı yok”a dokunun.
draft-button-no-link = Bağlantı yok
draft-ask-task-minutes = Görev { $n }: Yaklaşık kaç dakika sürer? Bir sayı gönderin, örneğin 5.
draft-ask-task-source = Görev { $n }: Bu görevin sağlam ve güvenli olduğunu kim doğruladı? Adını, varsa çalışmasının bağlantısıyla birlikte gönderin ya da { $forum } adını vermek için düğmeye dokunun.
draft-button-forum-source = { $forum } doğruladı
draft-ask-more = Şu an { $count ->
        [one] bir göreviniz
       *[other] { $count } göreviniz
    } var. Bir görev daha ekleyelim mi, yoksa bu kadar mı?
draft-button-more = ➕ Bir görev daha ekle
draft-button-tasks-done = ✔️ Bu kadar
draft-tasks-full = { $max } göreviniz oldu; bir planda en fazla bu kadar görev olabilir.
draft-ask-ends = Planın bir bitiş tarihi var mı? 2026-12-31 biçiminde gönderin ya da “Bitiş tarihi yok”a dokunun.
draft-button-no-end = Bitiş tarihi yok
draft-preview-intro = 👀 Plan, takipçilere tam olarak böyle gidecek:
draft-preview-too-long = ⚠️ Bu liste { $count } karakter; bir Telegram mesajı ise en fazla { $max } karakter alır: oradaki takipçiler listeyi kesik görür. Önermeden önce lütfen bazı “nasıl” metinlerini kısaltın (Bir bölümü değiştir).
draft-invalid = Bu taslak şu hâliyle önerilemez:
    { $errors }
draft-edits-used = Bu taslakta çok değişiklik yaptınız. Şimdi önerin (sonradan /propose ve YAML ile yine düzeltilebilir) ya da iptal edip baştan başlayın.
draft-ask-next = Ne yapmak istersiniz?
draft-button-propose = 📝 Öner
draft-button-edit = ✏️ Bir bölümü değiştir
draft-button-cancel = 🗑 Taslağı iptal et
draft-ask-part = Hangi bölümü değiştirmek istersiniz?
draft-part-causes = Davalar
draft-part-title = Başlık
draft-part-id = Plan kimliği
draft-part-why = Neden önemli
draft-part-task = Görev { $n }: { $title }
draft-part-add-task = ➕ Görev ekle
draft-part-remove-task = ➖ Görev çıkar
draft-part-ends = Bitiş tarihi
draft-ask-remove = Hangi görev çıkarılsın?
draft-proposed = 📝 Önerildi: “{ $id }” planının artık farklı organizatörlerden { $required } onay alması gerekiyor (/approve { $id }). Taslağınız kapandı.
draft-already-proposed = Bu taslak az önce önerildi (aynı dokunuş bota iki kez ulaştı). Planı görmek için /status gönderin.
draft-cancelled = 🗑 Taslak iptal edildi, ondan hiçbir şey saklanmadı. Yeni bir taslak için /draft gönderin.
draft-in-progress = Zaten süren bir taslağınız var: devam etmek için yukarıdaki son soruyu cevaplayın ya da vazgeçip baştan başlamak için /cancel gönderin.
draft-too-long = Bu { $count } karakter; burada en fazla { $max } olabilir. Kısaltıp yeniden gönderebilir misiniz?
draft-too-short = Bu biraz kısa: lütfen en az { $min } karakter yazın.
draft-retry-id = Plan kimliği küçük harf, rakam ve tireden oluşur, 3 ile 32 karakter arasıdır ve bir harf ya da rakamla başlar; örneğin uyghur-2026-12. Lütfen başka bir kimlik deneyin.
draft-retry-link = Bu, kullanabileceğim bir bağlantıya benzemiyor: https:// ile başlamalı (yalnızca güvenli bağlantılar). Yeniden gönderin ya da “Bağlantı yok”a dokunun.
draft-retry-minutes = Lütfen dakikayı 1 ile 600 arasında tam bir sayı olarak gönderin, örneğin 5.
draft-retry-source = Lütfen bu görevi doğrulayan kişinin ya da kurumun adını gönderin (en az 2 karakter) ya da sorunun altındaki düğmeye dokunun.
draft-retry-source-link = Bu kaynaktaki bağlantı doğru görünmüyor. Adı https:// ile başlayan bir bağlantıyla ya da tek başına gönderin.
draft-retry-date = Bu tarihi okuyamadım. Lütfen 2026-12-31 biçiminde gönderin ya da “Bitiş tarihi yok”a dokunun.
draft-retry-date-past = Bu tarih geçti. Lütfen bugünden sonraki bir tarih gönderin ya da “Bitiş tarihi yok”a dokunun.
help-drafting = Plan taslağı hazırlamak:
    /draft — sohbette adım adım bir plan yazın, takipçilerin göreceği gibi görün, sonra önerin
    /cancel — süren taslaktan vazgeçin
