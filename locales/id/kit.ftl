# Kit video influencer (/kit): slide akhir video, teks deskripsi, halaman rencana.
kit-kicker = { $forum } · rencana aksi kita
kit-minutes = Sekitar { $minutes } menit semuanya
kit-scan = Pindai untuk bergabung
kit-fallback = Ditampilkan dalam bahasa Inggris: rencana ini belum tersedia dalam { $language }
kit-description = Rencana aksi kita bulan ini: { $title }. { $tasks } langkah nyata, sekitar { $minutes } menit. Gabung dan dapatkan langkah-langkahnya:
kit-label-telegram = Telegram:
kit-label-whatsapp = WhatsApp:
kit-label-page = Rencananya:
kit-intro = 🎬 Kit kamu untuk “{ $title }”: dua slide, 16:9 untuk akhir video dan 9:16 untuk Shorts, Reels, dan story. Berkasnya berkualitas penuh; pratinjaunya hanya untuk dilihat. Setelah itu ada teks untuk deskripsi videomu.
kit-slide-landscape = Slide 16:9, untuk akhir video
kit-slide-portrait = Slide 9:16, untuk Shorts, Reels, dan story
kit-description-intro = Tempel ini di bawah videomu:
kit-none = Belum ada rencana yang terbuka. Begitu forum menerbitkannya, /kit akan membuatkan slide-nya.
kit-unknown-plan = Tidak ada rencana terbuka bernama “{ $id }”. Rencana yang terbuka: { $ids }
kit-failed = Maaf, slide-nya belum bisa dibuat sekarang. Coba /kit lagi beberapa menit lagi.
report-page-visits = Kunjungan halaman rencana: { $visits } · yang bergabung: { $joined }
