# کسی مقصد کے فالوورز کے لیے اعلان کردہ براہِ راست اجتماعات: دعوت، جوابات، یاد دہانی، میزبانوں کی کمانڈز۔

gathering-title = 📣 براہِ راست اجتماع: { $title }
gathering-host-forum = میزبان: فورم
gathering-host-influencer = میزبان: { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
}
gathering-guests = 🎙 مہمان: { $guests }
gathering-cause = 🎗 مقصد: { $cause }
gathering-invite-line = کیا آپ شامل ہوں گے؟ بتا دیجیے کہ آپ آئیں گے، ہم ایک گھنٹہ پہلے یاد دلا دیں گے۔
gathering-you-are-going = ✅ آپ نے بتایا ہے کہ آپ آئیں گے۔ ہم ایک گھنٹہ پہلے یاد دلا دیں گے۔
gathering-button-going = ✋ میں آؤں گا / آؤں گی
gathering-button-not-going = اب میں نہیں آ سکتا / سکتی
gathering-hint = آنے کی تصدیق کے لیے *حاضر* لکھ کر بھیجیں۔
gathering-hint-going = اگر اب نہیں آ سکتے تو *نہیں آ سکتا* لکھ کر بھیجیں۔

gathering-going-thanks = وہاں ملاقات ہوگی! ہم ایک گھنٹہ پہلے یاد دلا دیں گے۔
gathering-going-already = آپ پہلے ہی بتا چکے ہیں کہ آپ آئیں گے۔ 👍
gathering-not-going-done = ٹھیک ہے، آپ کا نام فہرست سے نکال دیا گیا۔ بتانے کا شکریہ۔
gathering-not-going-already = آپ اس اجتماع کی فہرست میں پہلے ہی نہیں تھے۔
gathering-cancelled-notice = یہ اجتماع منسوخ ہو گیا ہے۔
gathering-over-notice = یہ اجتماع ہو چکا ہے۔
gathering-not-invited = یہ دعوت کسی اور مقصد کے فالوورز کے لیے تھی۔
gathering-reminder = ⏰ ایک گھنٹے بعد شروع: { $title }
gathering-cancelled-message = ❌ «{ $title }» ({ $when }) منسوخ ہو گیا ہے، اب یہ نہیں ہوگا۔ آنے کی تصدیق کرنے کا شکریہ۔

gatherings-none = اس وقت آپ کے مقاصد کے لیے کوئی اجتماع طے نہیں ہے۔
gatherings-intro = آپ کے مقاصد کے لیے { $count } اجتماعات آنے والے ہیں:
gatherings-intro-whatsapp = آپ کے مقاصد کے لیے { $count } اجتماعات آنے والے ہیں۔ کسی ایک کا جواب دینے کے لیے *حاضر 1*، *حاضر 2*… لکھیں۔
gathering-pick-number = کون سا؟ /gatherings میں اس کے نمبر کے ساتھ /going بھیجیں (1 سے { $count } تک)، مثلاً /going 1
gathering-pick-number-whatsapp = کون سا؟ *اجتماعات* میں اس کے نمبر کے ساتھ *حاضر* لکھیں (1 سے { $count } تک)، مثلاً *حاضر 1*
help-gatherings-hosts = براہِ راست اجتماعات کے لیے:
    /gathering — کسی مقصد کے فالوورز کے لیے اجتماع کا اعلان (مثال کے لیے /gathering help)
    /gathering list — آنے والے · /gathering cancel <id>
    /gatherings — جن میں آپ مدعو ہیں

gathering-hosts-only = اجتماعات کا اعلان صرف فورم کے منتظمین اور انفلوئنسرز کر سکتے ہیں۔
gathering-usage = براہِ راست اجتماع کا اعلان کرنے کے لیے /gathering اور اس کی تفصیلات بھیجیں، ہر ایک الگ سطر میں:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Asia/Karachi
    link: https://meet.example.org/live
    title: خاندانوں کے ساتھ ایک شام
    guests: Abu Ali, Dr Amina Yusuf
    minutes: 90

    "starts" میں تاریخ، وقت اور ٹائم زون لکھیں (یا ISO وقت جیسے 2026-12-05T18:00+05:00)؛ ہر فالوور اسے اپنے ٹائم زون میں دیکھتا ہے۔ لنک https:// سے شروع ہونا چاہیے۔ مہمان اور دورانیہ اختیاری ہیں (نہ لکھیں تو 60 منٹ)۔ جس انفلوئنسر کے کئی ناظرین ہوں وہ "audience: <کوڈ>" لکھے۔
gathering-invalid = اس اجتماع کا ابھی اعلان نہیں ہو سکتا:
    { $errors }

    مثال کے لیے /gathering help بھیجیں۔
gathering-unknown-audience = کوڈ { $audience } والا کوئی انفلوئنسر نہیں ہے۔
gathering-which-audience = یہ آپ کے کس ناظرین کے لیے ہے؟ "audience: <کوڈ>" کی سطر شامل کریں؛ آپ کے کوڈ: { $codes }۔
gathering-announced-forum = 📣 { $id } کا اعلان ہو گیا: «{ $title }»، { $when }۔ دعوت ابھی { $cause } کے تمام فالوورز کو جا رہی ہے؛ جو آنے کی تصدیق کریں گے انہیں ایک گھنٹہ پہلے یاد دہانی ملے گی۔
    منسوخ کرنے کے لیے: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } کا اعلان ہو گیا: «{ $title }»، { $when }۔ دعوت ابھی { $audience } کے ناظرین میں { $cause } کے فالوورز کو جا رہی ہے؛ جو آنے کی تصدیق کریں گے انہیں ایک گھنٹہ پہلے یاد دہانی ملے گی۔
    منسوخ کرنے کے لیے: /gathering cancel { $id }
gathering-list-none = کوئی اجتماع طے نہیں ہے۔
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = ایسا کوئی اجتماع { $id } نہیں جسے آپ سنبھال سکیں۔
gathering-cancelled = { $id } («{ $title }») منسوخ کر دیا گیا۔ اب اس کی کوئی دعوت یا یاد دہانی نہیں جائے گی۔

gathering-report-heading = 📣 اجتماعات (مدعو ← آنے کی تصدیق)
gathering-report-line = { $title } · { $when }: { $invited } ← { $yes }
gathering-report-audience =     { $audience }: { $invited } ← { $yes }

wa-words-going = حاضر, آؤں گا, آؤں گی, میں آؤں گا, میں آؤں گی
wa-words-notgoing = نہیں آ سکتا, نہیں آ سکتی, نہیں آؤں گا, نہیں آؤں گی
wa-words-gatherings = اجتماعات, تقریبات
