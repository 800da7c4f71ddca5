# /review: ahli yang menguasai sesuatu bahasa meluluskan versi pelan dalam bahasa itu sebelum ia dihantar (TRANSLATION_REVIEW).
review-usage = Untuk menyemak terjemahan sesuatu pelan:
    /review <pelan> — setiap bahasa dan sama ada ia sudah diluluskan
    /review <pelan> <bahasa> — baca versi itu seperti yang akan diterima pengikutnya
    /review <pelan> <bahasa> ok — luluskannya, supaya versi itu dihantar, bukan bahasa Inggeris
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
