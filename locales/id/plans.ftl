# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (Rencana ini belum tersedia dalam bahasamu, jadi ini versi bahasa Inggrisnya.)
plan-minutes = { $minutes } menit
plan-progress = { $done } dari { $total } selesai
plan-all-done-line = 🎉 Semua selesai — terima kasih!
plan-pledged-line = 🤝 Kamu sudah berkomitmen untuk melakukan ini.
plan-pledge-button = 🤝 Aku berkomitmen melakukannya
plan-sources-button = ℹ️ Dari mana asalnya
plan-text-hint = Setelah menyelesaikan tugas, balas "selesai" diikuti nomornya (misalnya: selesai 1). Balas "komitmen" untuk berkomitmen, atau "batal 1" untuk membatalkan centang.
plan-sources-title = ℹ️ Sumber untuk “{ $title }”
plan-source-line = Diverifikasi oleh { $vettedBy }, { $date }
plan-pledge-thanks = Terima kasih atas komitmenmu! 🤝
plan-pledge-already = Kamu sudah berkomitmen — terima kasih!
plan-no-such-task = Rencana ini berisi tugas nomor 1 sampai { $total }.
plan-complete-thanks = 🎉 Kamu sudah menyelesaikan semua tugas — terima kasih, semoga Allah membalas kebaikanmu!
    Mau melipatgandakan dampaknya? Bagikan tautan ini agar orang lain bisa ikut bergabung:
    { $link }
plan-complete-thanks-nolink = 🎉 Kamu sudah menyelesaikan semua tugas — terima kasih, semoga Allah membalas kebaikanmu!
plan-gone = Rencana ini sudah tidak aktif.
plans-none = Saat ini kamu tidak punya rencana aksi yang sedang berjalan. Begitu Forum menerbitkan rencana untuk isu pilihanmu, rencana itu akan muncul di sini.
plans-intro = { $count ->
    [1] Ini rencana aksimu yang sedang berjalan:
   *[other] Ini { $count } rencana aksimu yang sedang berjalan:
}
plan-done-usage = Untuk mencentang tugas, balas "selesai" diikuti nomornya, misalnya: selesai 2
reminder-nudge = 🌱 Sekadar mengingatkan: kamu sudah berkomitmen untuk “{ $title }”. Sejauh ini { $done } dari { $total } selesai — setiap langkah berarti. Daftar periksamu:
plan-open-until = 🗓️ Terbuka sampai { $date }
plan-ended-line = 🏁 Rencana ini sudah berakhir. Terima kasih atas semua yang sudah kamu lakukan.
plan-ended-notice = Rencana ini sudah berakhir, jadi tugasnya tidak bisa dicentang lagi. Terima kasih sudah ikut serta! 🌱
plan-task-withdrawn = ditarik oleh Forum
plan-task-withdrawn-notice = Tugas { $task } ditarik oleh Forum, jadi tidak ada yang perlu dilakukan untuknya. Terima kasih!
plan-task-figure = { $count } sudah melakukannya
plans-finished = ✅ selesai
plans-none-open = Saat ini kamu tidak punya rencana yang sedang berjalan.
plans-past-title = Rencana sebelumnya:
plans-open-hint = Balas "rencana" diikuti nomornya untuk membuka daftar tugasnya (misalnya: rencana 1), atau "sumber 1" untuk melihat asal tugas-tugasnya.
plans-pick-number = Tambahkan nomor dari 1 sampai { $total }, misalnya: rencana 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Setelah menyelesaikan tugas, balas "selesai" diikuti nomornya (misalnya: selesai 1), atau cukup "selesai" untuk tugas terakhir. "batal 1" membatalkan centang.
