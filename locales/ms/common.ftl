# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = Balas dengan nombor dari 1 hingga { $count }.
flow-hint-choose-many = Balas dengan nombor yang anda mahu, contohnya: 1 3
flow-hint-choose-many-keep = Balas dengan nombor yang anda mahu, contohnya: 1 3 — atau 0 untuk mengekalkan yang telah ditanda.
flow-done-button = Selesai ✔️
flow-reprompt-choose-one = Maaf, saya tidak faham. Sila ketik salah satu butang di atas, atau balas dengan nombor dari 1 hingga { $count }.
flow-reprompt-choose-many = Maaf, saya tidak faham. Ketik isu di atas dan kemudian Selesai, atau balas dengan nombor seperti 1 3.
flow-reprompt-choose-many-keep = Maaf, saya tidak faham. Ketik isu di atas dan kemudian Selesai, balas dengan nombor seperti 1 3, atau 0 untuk mengekalkan yang telah ditanda.
flow-pick-at-least-one = Sila pilih sekurang-kurangnya satu sebelum mengetik Selesai.

button-expired = Butang itu sudah tidak aktif. Sila gunakan mesej yang terkini.
unknown-command = Saya tidak mengenali arahan itu. Hantar /help untuk melihat apa yang boleh saya lakukan.
fallback = Terima kasih atas mesej anda! Saya hanyalah bot, jadi saya tidak dapat membaca teks bebas. Hantar /help untuk melihat apa yang boleh saya lakukan, atau /plans untuk tindakan anda.
fallback-opted-out = Anda tidak menerima pelan buat masa ini. Hantar /start untuk menyertai semula, atau /help untuk maklumat lanjut.
error-generic = Maaf, berlaku masalah di pihak kami. Kemajuan anda telah disimpan — sila cuba lagi sebentar nanti.
too-long = Mesej itu terlalu panjang untuk saya. Sila hantar mesej yang lebih ringkas.
flood-slow-down = Mesej anda sampai lebih pantas daripada yang mampu saya proses, jadi sebahagiannya saya langkau. Sila perlahan sedikit dan hantar jawapan anda sekali lagi.

topic-uyghur = Uighur
topic-palestine = Palestin
topic-sudan = Sudan
topic-kashmir = Kashmir
topic-rohingya = Rohingya
topic-yemen = Yaman
topic-syria = Syria

tz-london = London (UK)
tz-paris = Paris, Brussels, Berlin
tz-istanbul = Istanbul
tz-cairo = Kaherah
tz-riyadh = Makkah, Riyadh, Doha
tz-dubai = Dubai, Muscat
tz-karachi = Karachi, Lahore
tz-delhi = Delhi, Mumbai
tz-dhaka = Dhaka
tz-jakarta = Jakarta
tz-kuala_lumpur = Kuala Lumpur, Singapura
tz-new_york = New York, Toronto
tz-other = 🌍 Tempat lain
tz-ask-place = Taipkan bandar atau negara anda (contohnya: Kuching, Jakarta, London), atau beza waktu anda daripada UTC (contohnya: UTC+8, +5:30).
tz-place-unknown = Maaf, saya tidak mengenali tempat itu. Cuba bandar besar yang terdekat atau negara anda, atau beza daripada UTC seperti UTC+8.
