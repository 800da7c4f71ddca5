# Kit video pempengaruh (/kit): slaid akhir video, teks keterangan, halaman pelan.
kit-kicker = { $forum } · pelan tindakan kita
kit-minutes = Kira-kira { $minutes } minit semuanya
kit-scan = Imbas untuk menyertai
kit-fallback = Dipaparkan dalam bahasa Inggeris: pelan ini belum ada dalam { $language }
kit-description = Pelan tindakan kita bulan ini: { $title }. { $tasks } langkah praktikal, kira-kira { $minutes } minit. Sertai dan dapatkan langkah-langkahnya:
kit-label-telegram = Telegram:
kit-label-whatsapp = WhatsApp:
kit-label-page = Pelannya:
kit-intro = 🎬 Kit anda untuk “{ $title }”: dua slaid, 16:9 untuk akhir video dan 9:16 untuk Shorts, Reels dan story. Failnya berkualiti penuh; pratontonnya hanya untuk dilihat. Selepas itu ada teks untuk keterangan video anda.
kit-slide-landscape = Slaid 16:9, untuk akhir video
kit-slide-portrait = Slaid 9:16, untuk Shorts, Reels dan story
kit-description-intro = Tampal ini di bawah video anda:
kit-none = Tiada pelan yang dibuka sekarang. Apabila forum menerbitkannya, /kit akan menyediakan slaidnya.
kit-unknown-plan = Tiada pelan terbuka bernama “{ $id }”. Pelan yang dibuka: { $ids }
kit-failed = Maaf, slaid tidak dapat dilukis sekarang. Cuba /kit semula dalam beberapa minit.
report-page-visits = Lawatan halaman pelan: { $visits } · yang menyertai: { $joined }
