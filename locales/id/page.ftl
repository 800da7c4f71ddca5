# Halaman rencana publik (/p/<plan>/<code>), di peramban.
page-open-until = Terbuka sampai { $date }
page-ended = Rencana ini sudah berakhir. Terima kasih untuk semua yang ikut; rencana berikutnya segera hadir.
page-join-intro = Gabung supaya langkah-langkah ini masuk ke chat kamu, kamu bisa mencentangnya satu per satu, dan tahu apa yang sudah kita lakukan bersama.
page-join-telegram = Gabung lewat Telegram
page-join-whatsapp = Gabung lewat WhatsApp
page-withdrawn = Langkah ini sudah ditarik, jangan dilakukan ya.
page-source = Diperiksa oleh { $by } pada { $date }
page-open-link = Buka ({ $host })
page-minutes = Sekitar { $minutes } menit
page-done = Sudah dilakukan { $count } orang dari kita
page-privacy = Halaman ini tidak memakai cookie dan tidak memuat apa pun dari situs lain. Kunjungan hanya kami hitung totalnya.
page-languages = Bahasa
page-not-found-title = Halaman tidak ditemukan
page-not-found-body = Tautan ini tidak mengarah ke rencana mana pun. Mungkin salah ketik, atau rencananya belum diterbitkan. Minta tautannya lagi ke orang yang membagikannya.
