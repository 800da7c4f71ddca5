# Mesyuarat forum (src/meetings).

meeting-card = 🗓 { $topic } ({ $id })
    Bila: { $date } (waktu { $place })
    Di mana: { $link }
    Tetamu: { $guests }
    Agenda:
    { $agenda }
meeting-invitation-head = 📨 Anda dijemput ke mesyuarat Forum.
meeting-invitation-foot = Adakah anda akan hadir? Jawab di bawah; anda boleh menukar jawapan pada bila-bila masa. Untuk mencadangkan perkara bagi agenda: /proposal { $id } diikuti tajuk, dan teks anda pada baris seterusnya.
meeting-rsvp-yes = Ya
meeting-rsvp-no = Tidak
meeting-rsvp-maybe = Mungkin
meeting-rsvp-hint = Jawab dengan /rsvp { $id } diikuti yes (ya), no (tidak) atau maybe (mungkin).
meeting-rsvp-usage = Tulis /rsvp, kod mesyuarat dan jawapan anda, contohnya: /rsvp mt4k2x yes (atau no, atau maybe).
meeting-rsvp-saved-yes = ✅ Dicatat: anda akan hadir. Jumpa di sana!
meeting-rsvp-saved-no = Dicatat: kali ini anda tidak dapat hadir. Terima kasih kerana memaklumkan.
meeting-rsvp-saved-maybe = Dicatat: mungkin. Anda boleh menukar jawapan pada bila-bila masa.
meeting-is-cancelled = ❌ Mesyuarat ini dibatalkan.
meeting-is-over = Mesyuarat ini sudah tamat.
meeting-unknown = Saya tidak tahu mesyuarat bernama “{ $id }”. /meeting menyenaraikan mesyuarat akan datang.
meeting-proposals-title = Cadangan ({ $count }):
meeting-proposal-line = • { $id }: { $title } — disokong { $count } ahli
meeting-rsvp-counts = Jawapan: { $yes } ya, { $maybe } mungkin, { $no } tidak; { $none } belum menjawab.
meeting-minutes-title = 📝 Minit mesyuarat:
meeting-none = Belum ada mesyuarat yang dirancang.
meeting-list-title = Mesyuarat akan datang:
meeting-list-line = • { $id }: { $topic } — { $date } (waktu { $place })
meeting-usage = Arahan mesyuarat (penganjur):
    /meeting schedule, kemudian satu baris bagi setiap ruangan (nama ruangan kekal dalam bahasa Inggeris):
      when: 2026-12-15 18:00 Europe/Istanbul (atau nama bandar, atau UTC+3)
      link: https://…
      topic: …
      guests: nama; nama (seperti yang mereka mahu dipaparkan)
      agenda: perkara; perkara
    /meeting move <kod> <tarikh masa zon> — masa baharu (ahli dimaklumkan)
    /meeting cancel <kod> — batalkan (ahli dimaklumkan)
    /meeting list — mesyuarat akan datang; /meeting show <kod> — satu mesyuarat, cadangan dan jawapannya
    /minutes <kod>, kemudian minitnya, dan baris “plan: <cadangan> <id pelan>” bagi setiap cadangan yang menjadi pelan
meeting-member-usage = /meeting list menyenaraikan mesyuarat akan datang, dan /meeting show diikuti kod mesyuarat memaparkan agendanya, cadangan dan jawapan setakat ini.
meeting-schedule-errors = Saya belum dapat menjadualkan mesyuarat ini:
meeting-error-when = Baris “when:” perlukan tarikh, masa dan zon waktu, contohnya 2026-12-15 18:00 Asia/Kuala_Lumpur.
meeting-error-date = Tarikh atau masa itu tidak wujud; sila semak hari, bulan dan jamnya.
meeting-error-zone = Saya tidak mengenali zon waktu atau bandar itu. Cuba zon seperti Asia/Kuala_Lumpur, bandar seperti Kuala Lumpur, atau beza waktu seperti UTC+8.
meeting-error-past = Masa itu sudah berlalu; sila pilih masa akan datang.
meeting-error-missing-when = Sila tambah baris “when:” dengan tarikh, masa dan zon.
meeting-error-missing-link = Sila tambah baris “link:” dengan alamat mesyuarat (bermula dengan https://).
meeting-error-missing-topic = Sila tambah baris “topic:” yang menyatakan tajuk mesyuarat.
meeting-error-link = Pautan mesti alamat penuh yang bermula dengan https://.
meeting-error-long = Salah satu baris terlalu panjang (paling banyak 200 aksara).
meeting-error-empty = Salah satu baris kosong.
meeting-error-guests = Terlalu ramai tetamu: paling banyak 12.
meeting-error-agenda = Agendanya panjang: paling banyak 15 perkara.
meeting-error-line = Saya tidak faham baris ini: “{ $line }”. Setiap baris bermula dengan when:, link:, topic:, guests: atau agenda:.
meeting-scheduled = ✅ Mesyuarat { $id } telah dijadualkan: { $topic }, { $date } (waktu { $place }).
    Jemputan yang dihantar: { $invited }, setiap satu dalam bahasa dan zon waktu ahli itu sendiri.
meeting-unreachable = Ahli yang belum dapat dihubungi bot: { $unreachable }. Bot belum pernah menerima mesej daripada mereka; mereka dijemput sebaik sahaja menulis kepada bot.
meeting-moved = ✅ Mesyuarat { $id } dipindahkan ke { $date } (waktu { $place }). Ahli yang dijemput sedang dimaklumkan.
meeting-moved-notice = 🗓 Mesyuarat “{ $topic }” bertukar masa: { $date } (waktu { $place }). Pautan: { $link }
meeting-cancelled = Mesyuarat { $id } dibatalkan. Ahli yang dijemput sedang dimaklumkan.
meeting-cancelled-already = Mesyuarat { $id } sudah pun dibatalkan.
meeting-cancelled-notice = ❌ Mesyuarat “{ $topic }” yang dirancang pada { $date } (waktu { $place }) dibatalkan. Maaf atas perubahan ini.
meeting-reminder-day = ⏰ Esok: “{ $topic }”, { $date } (waktu { $place }). Pautan: { $link }
meeting-reminder-hour = ⏰ Sejam lagi: “{ $topic }”, { $date } (waktu { $place }). Pautan: { $link }
meeting-proposal-usage = Untuk mencadangkan perkara, tulis /proposal, kod mesyuarat dan tajuk, kemudian teks anda pada baris seterusnya, contohnya:
    /proposal mt4k2x Kempen buku musim sejuk
    Setiap pempengaruh berkongsi satu senarai buku…
    Untuk melampirkan kertas kerja, hantar sebagai dokumen dengan perkataan yang sama sebagai kapsyennya.
meeting-proposal-long = Itu terlalu panjang: tajuk paling banyak { $title } aksara, dan teks paling banyak { $text } aksara.
meeting-proposed = ✅ Cadangan anda { $id } ada dalam agenda mesyuarat { $meeting }. Ahli boleh menyokongnya dengan /back { $id }.
meeting-proposal-unknown = Saya tidak tahu cadangan bernama “{ $id }”.
meeting-backed = 👍 Anda menyokong cadangan { $id }. /unback { $id } menarik balik sokongan anda.
meeting-backed-already = Anda sudah menyokong cadangan { $id }.
meeting-unbacked = Sokongan anda terhadap cadangan { $id } ditarik balik.
meeting-unbacked-none = Anda tidak menyokong cadangan { $id }.
meeting-minutes-usage = Tulis /minutes dan kod mesyuarat, kemudian minitnya pada baris seterusnya, dan bagi setiap cadangan yang menjadi pelan satu baris seperti: plan: mt4k2x-1 winter-books
meeting-minutes-early = Mesyuarat { $id } belum bermula: minit ditulis selepasnya.
meeting-plan-unknown = Saya tidak tahu pelan bernama “{ $id }”. Cadangkan pelan itu dahulu, kemudian catatkannya dalam minit.
meeting-minutes-long = Minitnya terlalu panjang: paling banyak { $max } aksara. Ringkaskan; butirannya ada dalam pelan.
meeting-minutes-saved = ✅ Minit mesyuarat { $id } telah direkodkan.
meeting-minutes-plans = Pelan yang lahir daripada mesyuarat ini: { $plans }.
meeting-plan-provenance = daripada mesyuarat { $meeting }
help-meetings = Mesyuarat:
    /meeting list — mesyuarat akan datang; /meeting show <kod> — agenda dan cadangannya
    /rsvp <kod> yes, no atau maybe — jawapan anda (atau butang pada jemputan)
    /proposal <kod> <tajuk> — cadangkan perkara, teks anda pada baris seterusnya
    /back <cadangan> — sokong cadangan; /unback menarik balik
help-meetings-organiser = Mesyuarat (penganjur):
    /meeting — jadualkan, pindahkan, batalkan, senaraikan dan paparkan mesyuarat
    /minutes <kod> — rekodkan minit dan pelan yang lahir daripada mesyuarat
    /rsvp, /proposal, /back dan /unback — seperti ahli lain
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = Cadangan { $id } tidak disertakan dokumen.
