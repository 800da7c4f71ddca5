# Perjalanan rencana setelah dikirim: koreksi, hasil akhir, menjeda pengiriman.

plan-corrected-note = ✏️ Dikoreksi oleh penyelenggara: { $changes }
plan-change-task = tugas { $task } diperbarui
plan-change-added = tugas { $task } ditambahkan
plan-change-withdrawn = tugas { $task } ditarik
plan-change-wording = kata-kata diperbaiki
plan-change-language = kini juga tersedia dalam { $language }
plan-closing-title = 🏁 “{ $title }” telah berakhir. Inilah yang kita lakukan bersama:
plan-closing-pledged = • { $count } dari kita berjanji untuk bertindak
plan-closing-task = • { $count } dari kita: { $task }
plan-closing-few = 🏁 “{ $title }” telah berakhir. Terlalu sedikit yang ikut untuk angka yang aman dibagikan, tetapi setiap langkah berarti.
plan-closing-thanks = Terima kasih sudah ikut serta.

org-correction-usage = Koreksi dan pengiriman rencana yang sudah dikirim:
    /correct diikuti YAML yang sudah dikoreksi di baris berikutnya — id dan topik sama, jumlah tugas tidak berkurang; tambahkan "withdraw: [3]" untuk menarik tugas 3
    /approve <plan-id> — setujui koreksi terbarunya
    /pause <plan-id> dan /resume <plan-id> — jeda atau lanjutkan pengirimannya
    /broadcasts <plan-id> — kemajuan setiap pengirimannya
org-correction-proposed = ✏️ Koreksi { $revision } untuk “{ $id }” disimpan. Akan dikirim setelah { $required } penyelenggara menyetujuinya (/approve { $id }).
org-correction-approved = 👍 Disetujui. Koreksi { $revision } untuk “{ $id }”: { $count } dari { $required } persetujuan.
org-correction-applied = ✅ Koreksi { $revision } untuk “{ $id }” disetujui dan diterapkan: semua yang menerima rencana ini akan mendapat daftar yang sudah dikoreksi. Kemajuannya: /broadcasts { $id }
org-correction-none = Tidak ada koreksi “{ $id }” yang menunggu persetujuan.
org-correction-not-live = “{ $id }” belum dikirim: ubah saja dengan /propose.
org-correction-ended = “{ $id }” sudah berakhir, jadi tidak bisa dikoreksi lagi.
org-correction-same = Koreksi ini tidak mengubah apa pun di “{ $id }”.
org-broadcast-paused = ⏸ { $id } dijeda: tidak ada pesan baru sampai /resume { $plan }.
org-broadcast-already-paused = { $id } sudah dijeda; /resume { $plan } melanjutkannya.
org-broadcast-not-running = Saat ini tidak ada yang sedang dikirim untuk “{ $id }”.
org-broadcast-not-paused = Tidak ada pengiriman “{ $id }” yang dijeda.
org-broadcast-resumed = ▶️ “{ $id }” dilanjutkan: pengiriman berlanjut dari titik berhentinya.
org-broadcast-line = { $id } ({ $kind }, { $state }): terkirim { $sent } · menunggu { $pending } · gagal { $failed } · memblokir { $blocked }
