# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = أرسل رقمًا من 1 إلى { $count }.
flow-hint-choose-many = أرسل الأرقام التي تريدها، مثلًا: 1 3
flow-hint-choose-many-keep = أرسل الأرقام التي تريدها، مثلًا: 1 3 — أو 0 للإبقاء على ما هو محدَّد.
flow-done-button = تم ✔️
flow-reprompt-choose-one = عذرًا، لم أفهم ذلك. يُرجى الضغط على أحد الأزرار أعلاه، أو إرسال رقم من 1 إلى { $count }.
flow-reprompt-choose-many = عذرًا، لم أفهم ذلك. اضغط على القضايا أعلاه ثم على «تم»، أو أرسل أرقامًا مثل 1 3.
flow-reprompt-choose-many-keep = عذرًا، لم أفهم ذلك. اضغط على القضايا أعلاه ثم على «تم»، أو أرسل أرقامًا مثل 1 3، أو 0 للإبقاء على ما هو محدَّد.
flow-pick-at-least-one = يُرجى اختيار خيار واحد على الأقل قبل الضغط على «تم».

button-expired = هذا الزر لم يعد فعّالًا. يُرجى استخدام أحدث رسالة.
unknown-command = لا أعرف هذا الأمر. أرسل /help لترى ما يمكنني فعله.
fallback = شكرًا على رسالتك! أنا بوت آلي، لذا لا أستطيع قراءة الرسائل النصية الحرّة. أرسل /help لترى ما يمكنني فعله، أو /plans لخطواتك العملية.
fallback-opted-out = لا تصلك الخطط حاليًا. أرسل /start للانضمام من جديد، أو /help للمزيد.
error-generic = عذرًا، حدث خطأ من جهتنا. تقدّمك محفوظ — يُرجى المحاولة مرة أخرى بعد قليل.
too-long = هذه الرسالة أطول مما أستطيع التعامل معه. يُرجى إرسال رسالة أقصر.
flood-slow-down = تصلني رسائلك أسرع مما أستطيع متابعته، لذا تجاوزتُ بعضها. تمهّل قليلًا من فضلك، ثم أرسل إجابتك مرة أخرى.

topic-uyghur = الإيغور
topic-palestine = فلسطين
topic-sudan = السودان
topic-kashmir = كشمير
topic-rohingya = الروهينغا
topic-yemen = اليمن
topic-syria = سوريا

tz-london = لندن (المملكة المتحدة)
tz-paris = باريس، بروكسل، برلين
tz-istanbul = إسطنبول
tz-cairo = القاهرة
tz-riyadh = مكة المكرمة، الرياض، الدوحة
tz-dubai = دبي، مسقط
tz-karachi = كراتشي، لاهور
tz-delhi = دلهي، مومباي
tz-dhaka = دكا
tz-jakarta = جاكرتا
tz-kuala_lumpur = كوالالمبور، سنغافورة
tz-new_york = نيويورك، تورونتو
