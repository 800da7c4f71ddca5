# Halaman pelan awam (/p/<plan>/<code>), dalam pelayar.
page-open-until = Dibuka hingga { $date }
page-ended = Pelan ini telah tamat. Terima kasih kepada semua yang menyertai; pelan seterusnya akan menyusul.
page-join-intro = Sertai supaya langkah-langkah ini sampai ke sembang anda, anda boleh menandanya satu demi satu, dan tahu apa yang telah kita lakukan bersama.
page-join-telegram = Sertai melalui Telegram
page-join-whatsapp = Sertai melalui WhatsApp
page-withdrawn = Langkah ini telah ditarik balik; tolong jangan lakukannya.
page-source = Disemak oleh { $by } pada { $date }
page-open-link = Buka ({ $host })
page-minutes = Kira-kira { $minutes } minit
page-done = Telah dilakukan oleh { $count } orang daripada kita setakat ini
page-privacy = Halaman ini tidak menggunakan kuki dan tidak memuatkan apa-apa daripada laman lain. Lawatan dikira sebagai jumlah sahaja.
page-languages = Bahasa
page-not-found-title = Halaman tidak dijumpai
page-not-found-body = Pautan ini tidak membawa ke mana-mana pelan. Mungkin tersalah taip, atau pelan itu belum diterbitkan. Minta pautan itu sekali lagi daripada orang yang berkongsinya.
