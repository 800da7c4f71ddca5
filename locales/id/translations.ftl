# /review: anggota yang menguasai suatu bahasa menyetujui versi rencana dalam bahasa itu sebelum dikirim (TRANSLATION_REVIEW).
review-usage = Untuk memeriksa terjemahan sebuah rencana:
    /review <rencana> — setiap bahasa dan apakah sudah disetujui
    /review <rencana> <bahasa> — baca versi itu seperti yang akan diterima pengikutnya
    /review <rencana> <bahasa> ok — setujui, agar versi itu yang dikirim, bukan bahasa Inggris
    /review <rencana> ask — minta anggota yang membaca tiap bahasa yang masih menunggu untuk meninjaunya
review-status = Terjemahan “{ $id }”:
    { $lines }
review-line-approved = ✅ { $language } — disetujui
review-line-held = ⏳ { $language } — menunggu anggota yang menguasainya (/review { $id } { $lang }); sementara itu pengikutnya menerima versi bahasa Inggris
review-english-only = Rencana “{ $id }” hanya dalam bahasa Inggris: tidak ada terjemahan untuk diperiksa.
review-no-version = Rencana “{ $id }” tidak punya versi “{ $lang }” untuk diperiksa. Bahasa Inggris adalah naskah asli dan tidak perlu diperiksa.
review-not-yours = Versi itu hanya bisa disetujui anggota yang menguasai { $language }. Kalau Anda menguasainya, tambahkan dulu ke profil Anda: /profile speaks { $lang } (bersama bahasa Anda yang lain).
review-preview-note = Inilah versi { $language } dari “{ $id }”, seperti yang akan diterima pengikutnya setelah disetujui:
review-how-to-approve = Kalau terbaca baik dan isinya sama dengan versi bahasa Inggris, setujui: /review { $id } { $lang } ok
review-approved = ✅ Disetujui: pengikut yang membaca { $language } kini menerima “{ $id }” dalam { $language }.
review-already = Versi { $language } dari “{ $id }” sudah disetujui: dikirim apa adanya.
help-review = Terjemahan:
    /review <rencana> [bahasa] [ok] — baca versi rencana dalam bahasa yang Anda kuasai, lalu setujui
    /review <rencana> ask — minta anggota yang membaca tiap bahasa yang masih menunggu untuk meninjaunya
review-ask = 📝 Rencana “{ $id }” ({ $title }) punya versi { $language } yang menunggu ditinjau anggota yang membaca { $language }. Pengikutnya menerima versi bahasa Inggris sampai ada yang menyetujuinya.
    Baca: /review { $id } { $lang }
    Kalau sudah baik: /review { $id } { $lang } ok
review-asked = Permintaan tinjauan untuk “{ $id }” sudah dikirim:
    { $lines }
review-asked-line = { $language }: { $asked } diminta sekarang, dari { $speakers } anggota yang membacanya (tiap anggota diminta sekali saja)
review-asked-nobody = { $language }: belum ada anggota yang menyatakan bisa membacanya (/profile speaks { $lang }), jadi pengikutnya tetap menerima versi bahasa Inggris
review-ask-none-held = Semua terjemahan “{ $id }” sudah disetujui, atau rencana ini hanya berbahasa Inggris: tidak perlu meminta siapa pun.
