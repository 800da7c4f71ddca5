# The first conversation with a new follower.

onboarding-welcome = Assalamualaikum, dan selamat datang! 🌱
    Saya bot tindakan Forum. Apabila Forum Pempengaruh bersetuju tentang langkah-langkah praktikal bagi sesuatu isu, saya akan menghantarnya kepada anda di sini sebagai senarai semak ringkas yang boleh anda tandakan satu demi satu.
onboarding-pick-language = Pertama sekali, bahasa apakah yang anda mahu?
onboarding-pick-topics = Isu apakah yang anda mahu perjuangkan? Ketik setiap isu yang anda ambil berat, kemudian ketik Selesai.
onboarding-pick-timezone = Di manakah anda lebih kurang? Saya hanya akan menghantar peringatan pada waktu yang munasabah untuk anda.
onboarding-privacy = 🔒 Privasi anda
    • Saya hanya menyimpan bahasa anda, isu yang anda pilih, anggaran zon waktu anda, dan tugasan yang anda tandakan.
    • Saya tidak sekali-kali menyimpan nama, nama pengguna atau nombor telefon anda, dan ID sembang anda disimpan dalam bentuk tersulit.
    • Pempengaruh hanya dapat melihat jumlah keseluruhan, tidak sekali-kali siapa anda.
    • /stop menjeda semua mesej. /forget memadam segala-galanya tentang anda.
onboarding-summary = Semuanya sudah siap! ✅
    Bahasa: { $language }
    Isu: { $topics }
    Peringatan mengikut waktu: { $timezone }

    Apa seterusnya: apabila Forum menerbitkan pelan bagi salah satu isu anda, anda akan menerimanya di sini sebagai beberapa tugasan mudah. Berikrar, tandakan setiap satu apabila selesai, dan itu sahaja.
    Anda boleh menukar apa-apa sahaja dengan /language, /topics atau /timezone. /help menyenaraikan semuanya.
