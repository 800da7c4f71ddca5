# /review: ahli yang menguasai sesuatu bahasa meluluskan versi pelan dalam bahasa itu sebelum ia dihantar (TRANSLATION_REVIEW).
review-usage = Untuk menyemak terjemahan sesuatu pelan:
    /review <pelan> — setiap bahasa dan sama ada ia sudah diluluskan
    /review <pelan> <bahasa> — baca versi itu seperti yang akan diterima pengikutnya
    /review <pelan> <bahasa> ok — luluskannya, supaya versi itu dihantar, bukan bahasa Inggeris
    /review <pelan> ask — minta ahli yang membaca setiap bahasa yang masih menunggu untuk menyemaknya
review-status = Terjemahan “{ $id }”:
    { $lines }
review-line-approved = ✅ { $language } — diluluskan
review-line-held = ⏳ { $language } — menunggu ahli yang menguasainya (/review { $id } { $lang }); sementara itu pengikutnya menerima versi bahasa Inggeris
review-english-only = Pelan “{ $id }” hanya dalam bahasa Inggeris: tiada terjemahan untuk disemak.
review-no-version = Pelan “{ $id }” tiada versi “{ $lang }” untuk disemak. Bahasa Inggeris ialah teks asal dan tidak perlu disemak.
review-not-yours = Versi itu hanya boleh diluluskan oleh ahli yang menguasai { $language }. Jika anda menguasainya, tambahkan dahulu dalam profil anda: /profile speaks { $lang } (bersama bahasa anda yang lain).
review-preview-note = Inilah versi { $language } bagi “{ $id }”, seperti yang akan diterima pengikutnya selepas diluluskan:
review-how-to-approve = Jika ia dibaca dengan baik dan menyatakan perkara yang sama dengan versi bahasa Inggeris, luluskannya: /review { $id } { $lang } ok
review-approved = ✅ Diluluskan: pengikut yang membaca { $language } kini menerima “{ $id }” dalam { $language }.
review-already = Versi { $language } bagi “{ $id }” sudah diluluskan: ia dihantar seperti sedia ada.
help-review = Terjemahan:
    /review <pelan> [bahasa] [ok] — baca versi pelan dalam bahasa yang anda kuasai, dan luluskannya
    /review <pelan> ask — minta ahli yang membaca setiap bahasa yang masih menunggu untuk menyemaknya
review-ask = 📝 Pelan “{ $id }” ({ $title }) mempunyai versi { $language } yang menunggu semakan ahli yang membaca { $language }. Pengikutnya menerima versi bahasa Inggeris sehingga ada yang meluluskannya.
    Baca: /review { $id } { $lang }
    Jika sudah baik: /review { $id } { $lang } ok
review-asked = Permintaan semakan untuk “{ $id }” telah dihantar:
    { $lines }
review-asked-line = { $language }: { $asked } diminta sekarang, daripada { $speakers } ahli yang membacanya (setiap ahli diminta sekali sahaja)
review-asked-nobody = { $language }: belum ada ahli yang menyatakan boleh membacanya (/profile speaks { $lang }), jadi pengikutnya terus menerima versi bahasa Inggeris
review-ask-none-held = Semua terjemahan “{ $id }” telah diluluskan, atau pelan ini dalam bahasa Inggeris sahaja: tidak perlu meminta sesiapa.
