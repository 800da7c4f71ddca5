# Perjalanan pelan selepas dihantar: pembetulan, keputusan akhir, menjeda penghantaran.

plan-corrected-note = ✏️ Dibetulkan oleh penganjur: { $changes }
plan-change-task = tugasan { $task } dikemas kini
plan-change-added = tugasan { $task } ditambah
plan-change-withdrawn = tugasan { $task } ditarik balik
plan-change-wording = perkataan diperbaiki
plan-change-language = kini juga dalam { $language }
plan-closing-title = 🏁 “{ $title }” telah tamat. Inilah yang kita semua lakukan bersama:
plan-closing-pledged = • { $count } daripada kita berikrar untuk bertindak
plan-closing-task = • { $count } daripada kita: { $task }
plan-closing-few = 🏁 “{ $title }” telah tamat. Terlalu sedikit yang menyertai untuk angka yang selamat dikongsi, tetapi setiap tindakan bermakna.
plan-closing-thanks = Terima kasih kerana menyertai.

org-correction-usage = Pembetulan dan penghantaran pelan yang sudah dihantar:
    /correct diikuti YAML yang dibetulkan pada baris seterusnya — id dan topik yang sama, bilangan tugasan tidak berkurang; tambah "withdraw: [3]" untuk menarik balik tugasan 3
    /approve <plan-id> — luluskan pembetulan terbarunya
    /pause <plan-id> dan /resume <plan-id> — jeda atau sambung penghantarannya
    /broadcasts <plan-id> — kemajuan setiap penghantarannya
org-correction-proposed = ✏️ Pembetulan { $revision } untuk “{ $id }” disimpan. Ia dihantar selepas { $required } penganjur meluluskannya (/approve { $id }).
org-correction-approved = 👍 Diluluskan. Pembetulan { $revision } untuk “{ $id }”: { $count } daripada { $required } kelulusan.
org-correction-applied = ✅ Pembetulan { $revision } untuk “{ $id }” diluluskan dan digunakan: semua yang menerima pelan ini akan mendapat senarai yang dibetulkan. Kemajuannya: /broadcasts { $id }
org-correction-none = Tiada pembetulan “{ $id }” yang menunggu kelulusan.
org-correction-not-live = “{ $id }” belum dihantar: ubahnya dengan /propose.
org-correction-ended = “{ $id }” sudah tamat, jadi ia tidak boleh dibetulkan lagi.
org-correction-same = Pembetulan ini tidak mengubah apa-apa dalam “{ $id }”.
org-broadcast-paused = ⏸ { $id } dijeda: tiada mesej baharu sehingga /resume { $plan }.
org-broadcast-already-paused = { $id } sudah pun dijeda; /resume { $plan } menyambungnya.
org-broadcast-not-running = Tiada apa-apa untuk “{ $id }” yang sedang dihantar sekarang.
org-broadcast-not-paused = Tiada penghantaran “{ $id }” yang dijeda.
org-broadcast-resumed = ▶️ “{ $id }” disambung: penghantaran diteruskan dari tempat ia berhenti.
org-broadcast-line = { $id } ({ $kind }, { $state }): dihantar { $sent } · menunggu { $pending } · gagal { $failed } · menyekat { $blocked }
