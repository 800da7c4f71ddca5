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

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Setelah menyelesaikan tugas, balas "selesai" diikuti nomornya (misalnya: selesai 1), atau cukup "selesai" untuk tugas terakhir. "batal 1" membatalkan centang.
