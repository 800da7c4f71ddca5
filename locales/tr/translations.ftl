# /review: bir dili bilen üye, planın o dildeki sürümünü gönderilmeden önce onaylar (TRANSLATION_REVIEW).
review-usage = Bir planın çevirilerini gözden geçirmek için:
    /review <plan> — her dil ve onaylanıp onaylanmadığı
    /review <plan> <dil> — o sürümü takipçilerinin alacağı gibi okuyun
    /review <plan> <dil> ok — onaylayın; İngilizcenin yerine o gitsin
    /review <plan> ask — bekleyen her dili okuyan üyelerden gözden geçirmelerini isteyin
review-status = “{ $id }” çevirileri:
    { $lines }
review-line-approved = ✅ { $language } — onaylandı
review-line-held = ⏳ { $language } — bu dili bilen bir üyenin onayı bekleniyor (/review { $id } { $lang }); o zamana kadar takipçileri İngilizcesini alıyor
review-english-only = “{ $id }” planı yalnızca İngilizce: gözden geçirilecek bir çeviri yok.
review-no-version = “{ $id }” planının “{ $lang }” dilinde gözden geçirilecek bir sürümü yok. İngilizce asıl metindir, onay gerektirmez.
review-not-yours = Bu sürümü yalnızca { $language } bilen bir üye onaylayabilir. Biliyorsanız önce profilinize ekleyin: /profile speaks { $lang } (diğer dillerinizle birlikte).
review-preview-note = “{ $id }” planının { $language } sürümü, onaylandığında takipçilerine tam olarak böyle gidecek:
review-how-to-approve = Düzgün okunuyor ve İngilizcesiyle aynı şeyi söylüyorsa onaylayın: /review { $id } { $lang } ok
review-approved = ✅ Onaylandı: { $language } okuyan takipçiler “{ $id }” planını artık { $language } alıyor.
review-already = “{ $id }” planının { $language } sürümü zaten onaylanmış: olduğu gibi gidiyor.
help-review = Çeviriler:
    /review <plan> [dil] [ok] — bildiğiniz bir dildeki plan sürümünü okuyun ve onaylayın
    /review <plan> ask — bekleyen her dili okuyan üyelerden gözden geçirmelerini isteyin
review-ask = 📝 “{ $id }” planının ({ $title }) { $language } sürümü, bu dili okuyan bir üyenin gözden geçirmesini bekliyor. Biri onaylayana kadar takipçilerine İngilizcesi gidiyor.
    Okumak için: /review { $id } { $lang }
    Yerindeyse: /review { $id } { $lang } ok
review-asked = “{ $id }” için gözden geçirme istendi:
    { $lines }
review-asked-line = { $language }: bu dili okuyan { $speakers } üyeden { $asked } tanesine şimdi soruldu (her üyeye bir kez sorulur)
review-asked-nobody = { $language }: henüz hiçbir üye bu dili okuduğunu belirtmedi (/profile speaks { $lang }); takipçileri İngilizcesini almaya devam ediyor
review-ask-none-held = “{ $id }” planının bütün çevirileri zaten onaylı ya da plan yalnızca İngilizce: kimseye sormaya gerek yok.
