# কোনো ইস্যুর অনুসারীদের কাছে ঘোষিত সরাসরি সমাবেশ: আমন্ত্রণ, উত্তর, মনে করানো, আয়োজকদের কমান্ড।

gathering-title = 📣 সরাসরি সমাবেশ: { $title }
gathering-host-forum = আয়োজনে: ফোরাম
gathering-host-influencer = আয়োজনে: { $name }
gathering-when = 🗓 { $when }
gathering-length = ⏱ { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
}
gathering-guests = 🎙 অতিথি: { $guests }
gathering-cause = 🎗 ইস্যু: { $cause }
gathering-invite-line = আপনি কি যোগ দেবেন? আসবেন জানালে আমরা এক ঘণ্টা আগে মনে করিয়ে দেব।
gathering-you-are-going = ✅ আপনি জানিয়েছেন যে আসবেন। আমরা এক ঘণ্টা আগে মনে করিয়ে দেব।
gathering-button-going = ✋ আমি আসব
gathering-button-not-going = শেষমেশ আসতে পারছি না
gathering-hint = আসবেন জানাতে *আসব* লিখে পাঠান।
gathering-hint-going = আসতে না পারলে *আসতে পারব না* লিখে পাঠান।

gathering-going-thanks = সেখানে দেখা হবে! আমরা এক ঘণ্টা আগে মনে করিয়ে দেব।
gathering-going-already = আপনি আগেই জানিয়েছেন যে আসবেন। 👍
gathering-not-going-done = ঠিক আছে, তালিকা থেকে আপনার নাম বাদ দেওয়া হলো। জানানোর জন্য ধন্যবাদ।
gathering-not-going-already = এই সমাবেশের তালিকায় আপনি ছিলেন না।
gathering-cancelled-notice = এই সমাবেশটি বাতিল করা হয়েছে।
gathering-over-notice = এই সমাবেশটি ইতিমধ্যে হয়ে গেছে।
gathering-not-invited = এই আমন্ত্রণটি অন্য একটি ইস্যুর অনুসারীদের জন্য ছিল।
gathering-reminder = ⏰ এক ঘণ্টা পরে শুরু: { $title }
gathering-cancelled-message = ❌ “{ $title }” ({ $when }) বাতিল করা হয়েছে, এটি আর হবে না। আসবেন বলে জানানোর জন্য ধন্যবাদ।

gatherings-none = এই মুহূর্তে আপনার ইস্যুগুলোর জন্য কোনো আসন্ন সমাবেশ নেই।
gatherings-intro = আপনার ইস্যুগুলোর জন্য { $count }টি সমাবেশ আসছে:
gatherings-intro-whatsapp = আপনার ইস্যুগুলোর জন্য { $count }টি সমাবেশ আসছে। কোনোটির উত্তর দিতে *আসব 1*, *আসব 2*… লিখুন।
gathering-pick-number = কোনটি? /gatherings-এ তার নম্বরসহ /going পাঠান (1 থেকে { $count }), যেমন /going 1
gathering-pick-number-whatsapp = কোনটি? *সমাবেশ* তালিকায় তার নম্বরসহ *আসব* লিখুন (1 থেকে { $count }), যেমন *আসব 1*
help-gatherings-hosts = সরাসরি সমাবেশের জন্য:
    /gathering — কোনো ইস্যুর অনুসারীদের কাছে সমাবেশ ঘোষণা করুন (উদাহরণের জন্য /gathering help)
    /gathering list — আসন্নগুলো · /gathering cancel <id>
    /gatherings — যেগুলোতে আপনি আমন্ত্রিত

gathering-hosts-only = শুধু ফোরামের আয়োজক ও ইনফ্লুয়েন্সাররাই সমাবেশ ঘোষণা করতে পারেন।
gathering-usage = সরাসরি সমাবেশ ঘোষণা করতে /gathering এবং তার বিবরণ পাঠান, প্রতি লাইনে একটি:
    /gathering
    cause: uyghur
    starts: 2026-12-05 18:00 Asia/Dhaka
    link: https://meet.example.org/live
    title: পরিবারগুলোর সঙ্গে একটি সন্ধ্যা
    guests: Abu Ali, Dr Amina Yusuf
    minutes: 90

    "starts"-এ তারিখ, সময় ও টাইম জোন লিখুন (অথবা 2026-12-05T18:00+06:00-এর মতো ISO সময়); প্রত্যেক অনুসারী নিজের টাইম জোনে তা দেখেন। লিংক https:// দিয়ে শুরু হতে হবে। অতিথি ও সময়কাল ঐচ্ছিক (না দিলে 60 মিনিট)। একাধিক দর্শকগোষ্ঠী থাকলে ইনফ্লুয়েন্সার "audience: <কোড>" লাইন যোগ করবেন।
gathering-invalid = এই সমাবেশটি এখনও ঘোষণা করা যাচ্ছে না:
    { $errors }

    উদাহরণ দেখতে /gathering help পাঠান।
gathering-unknown-audience = { $audience } কোডের কোনো ইনফ্লুয়েন্সার নেই।
gathering-which-audience = আপনার কোন দর্শকগোষ্ঠীর জন্য? "audience: <কোড>" লাইন যোগ করুন; আপনার কোড: { $codes }।
gathering-announced-forum = 📣 { $id } ঘোষিত: “{ $title }”, { $when }। আমন্ত্রণ এখন { $cause }-এর সব অনুসারীর কাছে যাচ্ছে; যাঁরা আসবেন বলে জানাবেন, তাঁরা এক ঘণ্টা আগে মনে করানোর বার্তা পাবেন।
    বাতিল করতে: /gathering cancel { $id }
gathering-announced-audience = 📣 { $id } ঘোষিত: “{ $title }”, { $when }। আমন্ত্রণ এখন { $audience }-এর দর্শকদের মধ্যে { $cause }-এর অনুসারীদের কাছে যাচ্ছে; যাঁরা আসবেন বলে জানাবেন, তাঁরা এক ঘণ্টা আগে মনে করানোর বার্তা পাবেন।
    বাতিল করতে: /gathering cancel { $id }
gathering-list-none = কোনো আসন্ন সমাবেশ নেই।
gathering-list-line = { $id } · { $title } · { $when }
gathering-unknown = { $id } নামে এমন কোনো সমাবেশ নেই যা আপনি পরিচালনা করতে পারেন।
gathering-cancelled = { $id } (“{ $title }”) বাতিল করা হয়েছে। এর জন্য আর কোনো আমন্ত্রণ বা মনে করানোর বার্তা যাবে না।

gathering-report-heading = 📣 সমাবেশ (আমন্ত্রিত → আসবেন বলেছেন)
gathering-report-line = { $title } · { $when }: { $invited } → { $yes }
gathering-report-audience =     { $audience }: { $invited } → { $yes }

wa-words-going = আসব, আমি আসব, থাকব
wa-words-notgoing = আসতে পারব না, আসব না
wa-words-gatherings = সমাবেশ, অনুষ্ঠান
