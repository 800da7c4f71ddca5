# /draft: ahli forum merangka pelan langkah demi langkah dalam sembang, tanpa menulis YAML.
draft-welcome = ✍️ Mari kita rangka sebuah pelan bersama. Saya akan bertanya tentang isu, tajuk dan sebabnya, kemudian tugas-tugasnya satu demi satu (sehingga { $max }), dan menunjukkannya kepada anda tepat seperti yang akan diterima pengikut sebelum anda mencadangkannya.
    Hantar /cancel pada bila-bila masa untuk membatalkan draf.
draft-language-note = Tulis teks pelan dalam bahasa Inggeris: setiap pelan memerlukannya, kerana itulah yang diterima pengikut apabila bahasa mereka tiada. Bahasa lain boleh ditambah kemudian melalui YAML, dengan /propose dan ID pelan yang sama.
draft-ask-causes = Untuk isu apakah pelan ini? Pelan ini akan dihantar kepada mereka yang mengikuti isu tersebut.
draft-ask-title = Apakah tajuk pelan ini? (3 hingga { $max } aksara)
draft-ask-id = Setiap pelan ada ID pendek yang digunakan dalam arahan seperti /approve. Saya cadangkan “{ $id }”: ketik untuk menggunakannya, atau taip ID anda sendiri (huruf kecil, angka dan sengkang).
draft-hint-button = Taip jawapan anda, atau balas 1 untuk memilih pilihan di atas.
draft-id-taken = ID “{ $id }” sudah digunakan oleh pelan lain. Sila pilih ID yang lain.
draft-ask-why = Mengapa pelan ini penting? Inilah yang mula-mula dibaca pengikut, jadi nyatakannya dalam beberapa ayat. (3 hingga { $max } aksara)
draft-ask-task-title = Tugas { $n }: apakah yang perlu dilakukan pengikut? Beri tajuk yang ringkas. (3 hingga { $max } aksara)
draft-ask-task-how = Tugas { $n }: bagaimanakah caranya? Terangkan langkah-langkahnya dengan mudah. (3 hingga { $max } aksara)
draft-ask-task-link = Tugas { $n }: adakah pautan untuk melakukannya (petisyen, borang)? Hantar pautan itu, bermula dengan https://, atau ketik “Tiada pautan”.
draft-button-no-link = Tiada pautan
draft-ask-task-minutes = Tugas { $n }: lebih kurang berapa minit diperlukan? Hantar satu nombor, contohnya 5.
draft-ask-task-source = Tugas { $n }: siapakah yang menyemak bahawa tugas ini betul dan selamat? Hantar namanya, bersama pautan kepada kerjanya jika ada, atau ketik butang untuk menamakan { $forum }.
draft-button-forum-source = Disemak oleh { $forum }
draft-ask-more = Kini ada { $count } tugas. Tambah satu lagi, atau sudah cukup?
draft-button-more = ➕ Tambah satu tugas lagi
draft-button-tasks-done = ✔️ Sudah cukup
draft-tasks-full = Kini ada { $max } tugas, bilangan paling banyak untuk satu pelan.
draft-ask-ends = Adakah pelan ini mempunyai tarikh tamat? Hantar dalam bentuk 2026-12-31, atau ketik “Tiada tarikh tamat”.
draft-button-no-end = Tiada tarikh tamat
draft-preview-intro = 👀 Inilah pelan itu, tepat seperti yang akan diterima pengikut:
draft-preview-too-long = ⚠️ Senarai ini { $count } aksara panjangnya, sedangkan satu mesej Telegram hanya memuatkan { $max }: pengikut di sana akan melihatnya terpotong. Sila ringkaskan beberapa teks “cara” (Ubah satu bahagian) sebelum mencadangkannya.
draft-invalid = Draf ini tidak boleh dicadangkan seperti sekarang:
    { $errors }
draft-edits-used = Anda sudah banyak mengubah draf ini. Cadangkannya sekarang (ia masih boleh dibetulkan melalui /propose dan YAML), atau batalkan dan mula semula.
draft-ask-next = Apakah yang ingin anda lakukan?
draft-button-propose = 📝 Cadangkan
draft-button-edit = ✏️ Ubah satu bahagian
draft-button-cancel = 🗑 Batalkan draf
draft-ask-part = Bahagian manakah yang ingin anda ubah?
draft-part-causes = Isu
draft-part-title = Tajuk
draft-part-id = ID pelan
draft-part-why = Mengapa ia penting
draft-part-task = Tugas { $n }: { $title }
draft-part-add-task = ➕ Tambah tugas
draft-part-remove-task = ➖ Buang tugas
draft-part-ends = Tarikh tamat
draft-ask-remove = Tugas manakah yang hendak dibuang?
draft-proposed = 📝 Telah dicadangkan: pelan “{ $id }” kini memerlukan { $required } kelulusan daripada penganjur yang berbeza (/approve { $id }). Draf anda sudah ditutup.
draft-already-proposed = Draf ini baru sahaja dicadangkan (ketikan yang sama sampai kepada bot dua kali). Hantar /status untuk melihat pelan itu.
draft-cancelled = 🗑 Draf dibatalkan dan tiada apa-apa daripadanya disimpan. Hantar /draft untuk memulakan yang baharu.
draft-in-progress = Anda sudah ada draf yang belum selesai: jawab soalan terakhir di atas untuk meneruskan, atau hantar /cancel untuk membatalkannya dan mula semula.
draft-too-long = Itu { $count } aksara, sedangkan hadnya { $max }. Boleh ringkaskan dan hantar semula?
draft-too-short = Itu agak pendek: sila tulis sekurang-kurangnya { $min } aksara.
draft-retry-id = ID pelan terdiri daripada huruf kecil, angka dan sengkang, 3 hingga 32 aksara, dan bermula dengan huruf atau angka, contohnya uyghur-2026-12. Sila cuba yang lain.
draft-retry-link = Itu nampaknya bukan pautan yang boleh saya gunakan: ia mesti bermula dengan https:// (pautan selamat sahaja). Hantar semula, atau ketik “Tiada pautan”.
draft-retry-minutes = Sila hantar bilangan minit sebagai nombor bulat dari 1 hingga 600, contohnya 5.
draft-retry-source = Sila hantar nama orang atau pertubuhan yang menyemak tugas ini (sekurang-kurangnya 2 aksara), atau ketik butang di bawah soalan.
draft-retry-source-link = Pautan dalam sumber itu nampaknya tidak betul. Hantar nama bersama pautan yang bermula dengan https://, atau nama sahaja.
draft-retry-date = Saya tidak dapat membaca tarikh itu. Sila hantar dalam bentuk 2026-12-31, atau ketik “Tiada tarikh tamat”.
draft-retry-date-past = Tarikh itu sudah berlalu. Sila hantar tarikh selepas hari ini, atau ketik “Tiada tarikh tamat”.
help-drafting = Merangka pelan:
    /draft — tulis pelan langkah demi langkah dalam sembang, lihat seperti yang dilihat pengikut, kemudian cadangkannya
    /cancel — batalkan draf yang sedang dirangka
