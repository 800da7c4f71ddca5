# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (Pelan ini belum tersedia dalam bahasa anda, jadi ini versi bahasa Inggerisnya.)
plan-minutes = { $minutes } minit
plan-progress = { $done } daripada { $total } selesai
plan-all-done-line = 🎉 Semuanya selesai — terima kasih!
plan-pledged-line = 🤝 Anda telah berikrar untuk melakukan ini.
plan-pledge-button = 🤝 Saya berikrar untuk melakukannya
plan-sources-button = ℹ️ Dari mana sumbernya
plan-text-hint = Apabila anda selesai sesuatu tugasan, balas "siap" berserta nombornya (contohnya: siap 1). Balas "ikrar" untuk berikrar, atau "batal 1" untuk membuang tanda.
plan-sources-title = ℹ️ Sumber bagi “{ $title }”
plan-source-line = Disahkan oleh { $vettedBy }, { $date }
plan-pledge-thanks = Terima kasih kerana berikrar! 🤝
plan-pledge-already = Anda sudah pun berikrar — terima kasih!
plan-no-such-task = Pelan ini mempunyai tugasan 1 hingga { $total }.
plan-complete-thanks = 🎉 Anda telah melaksanakan setiap tugasan — terima kasih, semoga Allah membalas jasa baik anda!
    Mahu menggandakan kebaikannya? Kongsikan pautan ini supaya orang lain juga boleh menyertai:
    { $link }
plan-complete-thanks-nolink = 🎉 Anda telah melaksanakan setiap tugasan — terima kasih, semoga Allah membalas jasa baik anda!
plan-gone = Pelan ini sudah tidak aktif.
plans-none = Anda tiada pelan yang masih terbuka buat masa ini. Apabila Forum menerbitkan pelan bagi isu anda, ia akan sampai di sini.
plans-intro = { $count ->
    [1] Ini pelan anda yang masih terbuka:
   *[other] Ini { $count } pelan anda yang masih terbuka:
}
plan-done-usage = Untuk menanda tugasan, balas "siap" berserta nombornya, contohnya: siap 2
reminder-nudge = 🌱 Sekadar peringatan mesra: anda telah berikrar untuk “{ $title }”. Setakat ini { $done } daripada { $total } selesai — setiap langkah bermakna. Senarai semak anda:
plan-open-until = 🗓️ Dibuka sehingga { $date }
plan-ended-line = 🏁 Pelan ini telah tamat. Terima kasih atas semua yang anda lakukan.
plan-ended-notice = Pelan ini telah tamat, jadi tugasannya tidak boleh ditanda lagi. Terima kasih kerana menyertai! 🌱
plan-task-withdrawn = ditarik balik oleh Forum
plan-task-withdrawn-notice = Tugasan { $task } telah ditarik balik oleh Forum, jadi tiada apa-apa yang perlu dibuat untuknya. Terima kasih!
plan-task-figure = { $count } telah melakukannya
plans-finished = ✅ selesai
plans-none-open = Anda tiada pelan yang masih terbuka buat masa ini.
plans-past-title = Pelan terdahulu:
plans-open-hint = Balas "pelan" berserta nombor untuk membuka senarai tugasannya (contohnya: pelan 1), atau "sumber 1" untuk melihat asal tugasannya.
plans-pick-number = Sila tambah nombor dari 1 hingga { $total }, contohnya: pelan 1

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = Apabila anda selesai sesuatu tugasan, balas "siap" berserta nombornya (contohnya: siap 1), atau "siap" sahaja untuk tugasan terakhir. "batal 1" membuang tanda.
