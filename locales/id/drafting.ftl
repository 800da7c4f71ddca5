# /draft: anggota forum menyusun rencana langkah demi langkah di obrolan, tanpa menulis YAML.
draft-welcome = ✍️ Mari kita susun rencana bersama. Saya akan menanyakan isu, judul, dan alasannya, lalu tugas-tugasnya satu per satu (hingga { $max }), dan menunjukkannya kepada Anda persis seperti yang akan diterima pengikut sebelum Anda mengajukannya.
    Kirim /cancel kapan saja untuk membatalkan draf.
draft-language-note = Tulis teks rencana dalam bahasa Inggris: setiap rencana memerlukannya, karena teks inilah yang diterima pengikut bila bahasa mereka belum tersedia. Bahasa lain bisa ditambahkan nanti lewat YAML, dengan /propose dan ID rencana yang sama.
draft-ask-causes = Untuk isu apa rencana ini? Rencana ini akan dikirim kepada orang-orang yang mengikuti isu tersebut.
draft-ask-title = Apa judul rencananya? (3 sampai { $max } karakter)
draft-ask-id = Setiap rencana punya ID singkat yang dipakai dalam perintah seperti /approve. Saya sarankan “{ $id }”: ketuk untuk memakainya, atau ketik ID Anda sendiri (huruf kecil, angka, dan tanda hubung).
draft-hint-button = Ketik jawaban Anda, atau balas 1 untuk memilih opsi di atas.
draft-id-taken = ID “{ $id }” sudah dipakai rencana lain. Silakan pilih ID yang berbeda.
draft-ask-why = Mengapa rencana ini penting? Inilah yang pertama dibaca pengikut, jadi sampaikan dalam beberapa kalimat. (3 sampai { $max } karakter)
draft-ask-task-title = Tugas { $n }: apa yang perlu dilakukan pengikut? Beri judul singkat. (3 sampai { $max } karakter)
draft-ask-task-how = Tugas { $n }: bagaimana cara melakukannya? Jelaskan langkah-langkahnya dengan sederhana. (3 sampai { $max } karakter)
draft-ask-task-link = Tugas { $n }: adakah tautan untuk melakukannya (petisi, formulir)? Kirim tautannya, diawali https://, atau ketuk “Tanpa tautan”.
draft-button-no-link = Tanpa tautan
draft-ask-task-minutes = Tugas { $n }: kira-kira berapa menit waktunya? Kirim angka, misalnya 5.
draft-ask-task-source = Tugas { $n }: siapa yang memeriksa bahwa tugas ini benar dan aman? Kirim namanya, dengan tautan ke karyanya bila ada, atau ketuk tombol untuk menyebut { $forum }.
draft-button-forum-source = Diperiksa oleh { $forum }
draft-ask-more = Sekarang ada { $count } tugas. Tambah satu lagi, atau sudah cukup?
draft-button-more = ➕ Tambah tugas lagi
draft-button-tasks-done = ✔️ Sudah cukup
draft-tasks-full = Sekarang ada { $max } tugas, jumlah terbanyak untuk satu rencana.
draft-ask-ends = Apakah rencana ini punya tanggal berakhir? Kirim dengan format 2026-12-31, atau ketuk “Tanpa tanggal berakhir”.
draft-button-no-end = Tanpa tanggal berakhir
draft-preview-intro = 👀 Inilah rencananya, persis seperti yang akan diterima pengikut:
draft-preview-too-long = ⚠️ Daftar ini panjangnya { $count } karakter, sedangkan satu pesan Telegram hanya memuat { $max }: pengikut di sana akan melihatnya terpotong. Persingkat beberapa teks “cara” (Ubah satu bagian) sebelum mengajukannya, ya.
draft-invalid = Draf ini belum bisa diajukan apa adanya:
    { $errors }
draft-edits-used = Anda sudah banyak mengubah draf ini. Ajukan sekarang (masih bisa diperbaiki lewat /propose dan YAML), atau batalkan dan mulai lagi.
draft-ask-next = Apa yang ingin Anda lakukan?
draft-button-propose = 📝 Ajukan
draft-button-edit = ✏️ Ubah satu bagian
draft-button-cancel = 🗑 Batalkan draf
draft-ask-part = Bagian mana yang ingin Anda ubah?
draft-part-causes = Isu
draft-part-title = Judul
draft-part-id = ID rencana
draft-part-why = Mengapa penting
draft-part-task = Tugas { $n }: { $title }
draft-part-add-task = ➕ Tambah tugas
draft-part-remove-task = ➖ Hapus tugas
draft-part-ends = Tanggal berakhir
draft-ask-remove = Tugas mana yang dihapus?
draft-proposed = 📝 Diajukan: rencana “{ $id }” kini perlu { $required } persetujuan dari penyelenggara yang berbeda (/approve { $id }). Draf Anda sudah ditutup.
draft-already-proposed = Draf ini baru saja diajukan (ketukan yang sama sampai ke bot dua kali). Kirim /status untuk melihat rencananya.
draft-cancelled = 🗑 Draf dibatalkan dan tidak ada yang disimpan. Kirim /draft untuk memulai yang baru.
draft-in-progress = Anda masih punya draf yang sedang disusun: jawab pertanyaan terakhir di atas untuk melanjutkan, atau kirim /cancel untuk membatalkannya dan mulai lagi.
draft-too-long = Panjangnya { $count } karakter, sedangkan batasnya { $max }. Bisakah dipersingkat lalu dikirim lagi?
draft-too-short = Itu agak pendek: tulis setidaknya { $min } karakter, ya.
draft-retry-id = ID rencana terdiri dari huruf kecil, angka, dan tanda hubung, 3 sampai 32 karakter, dan diawali huruf atau angka, misalnya uyghur-2026-12. Silakan coba yang lain.
draft-retry-link = Sepertinya itu bukan tautan yang bisa saya pakai: tautan harus diawali https:// (hanya tautan aman). Kirim lagi, atau ketuk “Tanpa tautan”.
draft-retry-minutes = Kirim jumlah menit sebagai bilangan bulat dari 1 sampai 600, misalnya 5.
draft-retry-source = Kirim nama orang atau lembaga yang memeriksa tugas ini (setidaknya 2 karakter), atau ketuk tombol di bawah pertanyaan.
draft-retry-source-link = Tautan pada sumber itu sepertinya tidak benar. Kirim namanya dengan tautan yang diawali https://, atau namanya saja.
draft-retry-date = Saya tidak bisa membaca tanggal itu. Kirim dengan format 2026-12-31, atau ketuk “Tanpa tanggal berakhir”.
draft-retry-date-past = Tanggal itu sudah lewat. Kirim tanggal setelah hari ini, atau ketuk “Tanpa tanggal berakhir”.
help-drafting = Menyusun rencana:
    /draft — tulis rencana langkah demi langkah di obrolan, lihat seperti yang dilihat pengikut, lalu ajukan
    /cancel — batalkan draf yang sedang disusun
