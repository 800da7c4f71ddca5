# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = Balas dengan angka dari 1 sampai { $count }.
flow-hint-choose-many = Balas dengan angka yang kamu pilih, misalnya: 1 3
flow-hint-choose-many-keep = Balas dengan angka yang kamu pilih, misalnya: 1 3 — atau 0 untuk mempertahankan yang sudah dicentang.
flow-done-button = Selesai ✔️
flow-reprompt-choose-one = Maaf, aku kurang paham. Silakan ketuk salah satu tombol di atas, atau balas dengan angka dari 1 sampai { $count }.
flow-reprompt-choose-many = Maaf, aku kurang paham. Ketuk isu di atas lalu Selesai, atau balas dengan angka seperti 1 3.
flow-reprompt-choose-many-keep = Maaf, aku kurang paham. Ketuk isu di atas lalu Selesai, balas dengan angka seperti 1 3, atau 0 untuk mempertahankan yang sudah dicentang.
flow-pick-at-least-one = Pilih setidaknya satu dulu sebelum mengetuk Selesai, ya.

button-expired = Tombol itu sudah tidak aktif. Silakan gunakan pesan terbaru.
unknown-command = Aku tidak mengenal perintah itu. Kirim /help untuk melihat apa saja yang bisa aku lakukan.
fallback = Terima kasih atas pesanmu! Aku hanyalah bot, jadi tidak bisa membaca pesan teks bebas. Kirim /help untuk melihat apa saja yang bisa aku lakukan, atau /plans untuk melihat aksimu.
fallback-opted-out = Saat ini kamu tidak menerima rencana aksi. Kirim /start untuk bergabung lagi, atau /help untuk info lainnya.
error-generic = Maaf, terjadi kesalahan di pihak kami. Progresmu tetap tersimpan — silakan coba lagi sebentar lagi.
too-long = Pesan itu terlalu panjang untukku. Silakan kirim yang lebih singkat.
flood-slow-down = Pesanmu datang lebih cepat daripada yang bisa kuproses, jadi sebagian kulewati. Tolong pelan-pelan sedikit, lalu kirim jawabanmu lagi.

topic-uyghur = Uighur
topic-palestine = Palestina
topic-sudan = Sudan
topic-kashmir = Kashmir
topic-rohingya = Rohingya
topic-yemen = Yaman
topic-syria = Suriah

tz-london = London (Inggris)
tz-paris = Paris, Brussel, Berlin
tz-istanbul = Istanbul
tz-cairo = Kairo
tz-riyadh = Makkah, Riyadh, Doha
tz-dubai = Dubai, Muskat
tz-karachi = Karachi, Lahore
tz-delhi = Delhi, Mumbai
tz-dhaka = Dhaka
tz-jakarta = Jakarta
tz-kuala_lumpur = Kuala Lumpur, Singapura
tz-new_york = New York, Toronto
tz-other = 🌍 Tempat lain
tz-ask-place = Tulis kota atau negaramu (misalnya: Makassar, Jayapura, Sydney), atau selisih waktumu dari UTC (misalnya: UTC+7, +9, WITA).
tz-place-unknown = Maaf, aku tidak mengenal tempat itu. Coba kota besar terdekat atau negaramu, atau selisih dari UTC seperti UTC+8 atau WIT.
