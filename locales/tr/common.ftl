# Shared pieces: choices, re-prompts, fallbacks, errors.

flow-hint-choose-one = 1 ile { $count } arasında bir sayı gönder.
flow-hint-choose-many = İstediğin sayıları gönder, örneğin: 1 3
flow-hint-choose-many-keep = İstediğin sayıları gönder, örneğin: 1 3 — ya da işaretli olanları korumak için 0.
flow-done-button = Tamam ✔️
flow-reprompt-choose-one = Üzgünüm, anlayamadım. Lütfen yukarıdaki düğmelerden birine dokun ya da 1 ile { $count } arasında bir sayı gönder.
flow-reprompt-choose-many = Üzgünüm, anlayamadım. Yukarıdaki davalara dokunup ardından Tamam'a bas ya da 1 3 gibi sayılar gönder.
flow-reprompt-choose-many-keep = Üzgünüm, anlayamadım. Yukarıdaki davalara dokunup ardından Tamam'a bas, 1 3 gibi sayılar gönder ya da işaretli olanları korumak için 0 gönder.
flow-pick-at-least-one = Lütfen Tamam'a dokunmadan önce en az birini seç.

button-expired = Bu düğme artık geçerli değil. Lütfen en son mesajı kullan.
unknown-command = Bu komutu tanımıyorum. Neler yapabildiğimi görmek için /help gönder.
fallback = Mesajın için teşekkürler! Ben bir botum, bu yüzden serbest yazılmış mesajları okuyamıyorum. Neler yapabildiğimi görmek için /help, eylemlerin için /plans gönder.
fallback-opted-out = Şu anda plan almıyorsun. Yeniden katılmak için /start, daha fazlası için /help gönder.
error-generic = Üzgünüz, bizim tarafımızda bir sorun oluştu. İlerlemen kaydedildi — lütfen birazdan tekrar dene.
too-long = Bu mesaj benim için fazla uzun. Lütfen daha kısa bir mesaj gönder.
flood-slow-down = Mesajların, benim yetişebileceğimden daha hızlı geliyor; bu yüzden bazılarını atladım. Lütfen biraz yavaşla ve cevabını tekrar gönder.

topic-uyghur = Uygurlar
topic-palestine = Filistin
topic-sudan = Sudan
topic-kashmir = Keşmir
topic-rohingya = Arakan (Rohingya)
topic-yemen = Yemen
topic-syria = Suriye

tz-london = Londra (Birleşik Krallık)
tz-paris = Paris, Brüksel, Berlin
tz-istanbul = İstanbul
tz-cairo = Kahire
tz-riyadh = Mekke, Riyad, Doha
tz-dubai = Dubai, Maskat
tz-karachi = Karaçi, Lahor
tz-delhi = Delhi, Mumbai
tz-dhaka = Dakka
tz-jakarta = Cakarta
tz-kuala_lumpur = Kuala Lumpur, Singapur
tz-new_york = New York, Toronto
tz-other = 🌍 Başka bir yer
tz-ask-place = Şehrini ya da ülkeni yaz (örneğin: Berlin, Almatı, Sidney) ya da saat farkını UTC'ye göre yaz (örneğin: UTC+3, +5:30, -5).
tz-place-unknown = Kusura bakma, bu yeri tanımıyorum. En yakın büyük şehri ya da ülkeni yaz veya UTC+3, -5 gibi bir saat farkı yaz.
