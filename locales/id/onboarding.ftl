# The first conversation with a new follower.

onboarding-welcome = Assalamu'alaikum, selamat datang! 🌱
    Aku adalah bot aksi Forum. Setiap kali Forum Influencer menyepakati langkah-langkah nyata untuk suatu isu, aku akan mengirimkannya kepadamu di sini sebagai daftar periksa singkat yang bisa kamu centang satu per satu.
onboarding-pick-language = Pertama, kamu ingin memakai bahasa apa?
onboarding-pick-topics = Isu apa saja yang ingin kamu perjuangkan? Ketuk setiap isu yang kamu pedulikan, lalu ketuk Selesai.
onboarding-pick-timezone = Kira-kira kamu berada di mana? Aku hanya akan mengirim pengingat pada jam yang wajar untukmu.
onboarding-privacy = 🔒 Privasimu
    • Aku hanya menyimpan bahasamu, isu yang kamu pilih, perkiraan zona waktumu, dan tugas yang kamu centang.
    • Aku tidak pernah menyimpan nama, nama pengguna, atau nomor teleponmu, dan ID obrolanmu disimpan dalam bentuk terenkripsi.
    • Influencer hanya bisa melihat jumlah total, tidak pernah tahu siapa kamu.
    • /stop menjeda semua pesan. /forget menghapus semua datamu.
onboarding-summary = Semua siap! ✅
    Bahasa: { $language }
    Isu: { $topics }
    Pengingat mengikuti waktu: { $timezone }

    Selanjutnya: saat Forum menerbitkan rencana aksi untuk salah satu isu pilihanmu, kamu akan menerimanya di sini sebagai beberapa tugas sederhana. Berkomitmenlah, centang tugasnya satu per satu, dan selesai.
    Kamu bisa mengubah apa pun lewat /language, /topics, atau /timezone. /help berisi daftar semua perintah.
