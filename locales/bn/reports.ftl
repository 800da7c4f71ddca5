# Reach reports for influencers and organisers, and the influencer tools (/claim, /mylink, /report).

report-title-audience = 📊 রিচ রিপোর্ট — { $name }
report-title-forum = 📊 রিচ রিপোর্ট — পুরো ফোরাম
report-as-of = { $date } পর্যন্ত (UTC)
report-followers-heading = 👥 অনুসারী
report-joined = যুক্ত হয়েছেন: { $all } · গত ৭ দিনে: { $week } · গত ৩০ দিনে: { $month }
report-active = সক্রিয়: { $active } · এখনো যুক্ত হচ্ছেন: { $onboarding }
report-left = বেরিয়ে গেছেন: { $optedOut } · বট ব্লক করেছেন: { $blocked }
report-languages = 🗣 ভাষা: { $list }
report-topics = 🏷 ইস্যু: { $list }
report-breakdown-small = { $min } জন সক্রিয় অনুসারী থেকে দেখানো হয়
report-others = অন্যান্য
report-others-small = অন্যান্য, প্রতিটিতে { $min } জনের কম
report-plans-heading = 📋 পরিকল্পনা
report-no-plans = 📋 এখনো কোনো পরিকল্পনা পাঠানো হয়নি। প্রথমটির পর আপনার সংখ্যাগুলো এখানে দেখা যাবে।
report-more-plans = { $count ->
    [one] …আর { $count }টি পুরোনো পরিকল্পনা CSV ফাইলে আছে।
   *[other] …আর { $count }টি পুরোনো পরিকল্পনা CSV ফাইলে আছে।
}
report-plan-title = “{ $title }” ({ $id })
report-line = { $label }: { $value }
report-stage-reached = পৌঁছেছে
report-stage-pledged = অঙ্গীকার করেছেন
report-stage-task = কাজ { $number }
report-stage-completed = সব কাজ করেছেন
report-percent = { $value }%
report-rate-of-reached = যাঁদের কাছে পৌঁছেছে, তাঁদের { $pct }
report-rate-of-pledged = অঙ্গীকারকারীদের { $pct }
report-rate-forum = ফোরাম: { $pct }
report-privacy-note = 🔒 শুধু মোট সংখ্যা, ৫-এর গুণিতকে পূর্ণ করা — কাউকে চেনা যায় না। “<10” মানে ১০ জনের কম; ভাগ ভাগ হিসাব আর শতাংশ শুধু বড় দলের জন্য দেখানো হয়।
report-footer-influencer = /mylink — আপনার লিংক আর QR কোড · /report csv — এই সংখ্যাগুলো স্প্রেডশিটে · /weekly on — প্রতি সপ্তাহে এই রিপোর্ট · /summaries on — প্রতিটি পরিকল্পনার পর ছোট সারসংক্ষেপ
report-footer-organiser = /report কোড — একজন ইনফ্লুয়েন্সারের রিপোর্ট · /report csv — স্প্রেডশিটে · /influencer list — সব ইনফ্লুয়েন্সার
report-usage = শুধু /report পাঠান, অথবা স্প্রেডশিট ফাইলের জন্য /report csv।
report-not-yours = আপনি শুধু নিজের দর্শকদের রিপোর্ট দেখতে পারেন।
report-chart-caption = সাম্প্রতিক পরিকল্পনাগুলোর ধাপ: পৌঁছেছে → অঙ্গীকার → প্রতিটি কাজ → সব কাজ শেষ।
report-chart-title-audience = পরিকল্পনার ধাপ — { $name }
report-chart-title-forum = পরিকল্পনার ধাপ — পুরো ফোরাম
report-csv-caption = 📄 আপনার রিচ রিপোর্ট স্প্রেডশিটে (CSV)। “<5” মানে দেখানোর জন্য খুব ছোট দল।
report-csv-button = 📄 স্প্রেডশিট (CSV)
report-csv-hint = স্প্রেডশিট ফাইলের জন্য /report csv পাঠান।
report-csv-coming = স্প্রেডশিট তৈরি হচ্ছে…
report-weekly-intro = 🗓 আসসালামু আলাইকুম! এই আপনার সাপ্তাহিক রিচ রিপোর্ট।
report-weekly-footer = /weekly off এই সাপ্তাহিক রিপোর্ট বন্ধ করে। /report যেকোনো সময় সর্বশেষ সংখ্যা দেখায়।
report-weekly-on = ✅ প্রতি সপ্তাহে আপনার রিচ রিপোর্ট পাবেন, প্রথমটি { $date } তারিখে।
report-weekly-off = সাপ্তাহিক রিপোর্ট বন্ধ। /report দিয়ে যেকোনো সময় আপনার সংখ্যাগুলো দেখতে পারবেন।
report-summaries-on = ✅ প্রতিটি পরিকল্পনা সবার কাছে পাঠানো হলে আমি আপনাকে একটি ছোট সারসংক্ষেপ পাঠাব।
report-summaries-off = পরিকল্পনার সারসংক্ষেপ বন্ধ।
report-subscription-usage = /weekly on বা /weekly off, আর /summaries on বা /summaries off পাঠান।
report-summary-title = 📣 “{ $title }” এখন সবার কাছে পাঠানো হয়েছে।
report-summary-audience = আপনার দর্শক: { $reached } জনের কাছে পৌঁছেছে · এ পর্যন্ত { $pledged } জন অঙ্গীকার করেছেন।
report-summary-rate = অর্থাৎ যাঁদের কাছে পৌঁছেছে, তাঁদের { $pct } — তাঁদের নিয়ে আসার জন্য ধন্যবাদ।
report-summary-forum = পুরো ফোরাম: { $reached } জনের কাছে পৌঁছেছে।
report-summary-footer = /report পুরো চিত্র দেখায়।

influencer-telegram-only = ইনফ্লুয়েন্সারদের টুলগুলো শুধু টেলিগ্রামে কাজ করে।
influencer-only = এটি ফোরামের ইনফ্লুয়েন্সারদের জন্য। আপনি যদি তাঁদের একজন হন, একজন আয়োজকের কাছে আমন্ত্রণ কোড চেয়ে নিন, তারপর /claim আর সেই কোডটি পাঠান।
influencer-unknown = “{ $code }” কোডের কোনো ইনফ্লুয়েন্সারকে আমি চিনি না।
influencer-claim-usage = /claim আর আয়োজকের দেওয়া আমন্ত্রণ কোডটি পাঠান, যেমন: /claim ABCD234XYZ
influencer-claim-invalid = এই আমন্ত্রণ কোডটি সঠিক নয়, অথবা আগেই ব্যবহার হয়ে গেছে। একজন আয়োজকের কাছে নতুন কোড চেয়ে নিন।
influencer-claimed = 🎉 স্বাগতম, { $name }! আপনার যোগদানের কোড { $code }।
    /mylink আপনার ভিডিওর জন্য যোগদানের লিংক আর QR কোড দেয়।
    /report দেখায় আপনার মাধ্যমে কতজন যুক্ত হয়েছেন আর কাজ করেছেন — শুধু মোট সংখ্যা, কখনো নাম নয়।
influencer-usage = ইনফ্লুয়েন্সারের কমান্ড:
    /influencer add কোড [টেলিগ্রাম ইউজার আইডি] প্রদর্শিত নাম — ইনফ্লুয়েন্সার নিবন্ধন
    /influencer invite কোড — তাঁদের /claim করার জন্য নতুন আমন্ত্রণ কোড
    /influencer list — নিবন্ধিত সবাই
    /report কোড — একজন ইনফ্লুয়েন্সারের রিপোর্ট; /report — পুরো ফোরাম
influencer-added = ✅ { $name } নিবন্ধিত হয়েছেন, যোগদানের কোড { $code }।
influencer-invite = { $code }-এর জন্য আমন্ত্রণ: তাঁকে আমাকে এই বার্তাটি পাঠাতে বলুন — /claim { $invite }
    এটি একবারই কাজ করে।
influencer-owner-set = তাঁর রিপোর্টগুলো আপনার দেওয়া টেলিগ্রাম অ্যাকাউন্টে যাবে।
influencer-code-taken = “{ $code }” কোডটি আগেই নেওয়া হয়েছে (কোনো ইনফ্লুয়েন্সার বা ইস্যুর জন্য)। অন্য একটি বেছে নিন।
influencer-bad-args = নিবন্ধন করতে পারিনি:
    { $problems }
    ব্যবহার: /influencer add কোড [টেলিগ্রাম ইউজার আইডি] প্রদর্শিত নাম
influencer-list-heading = ইনফ্লুয়েন্সার:
influencer-list-line = { $code } — { $name } · { $state }
influencer-list-empty = এখনো কোনো ইনফ্লুয়েন্সার নিবন্ধিত নেই। /influencer add দিয়ে একজনকে নিবন্ধন করুন।
influencer-state-claimed = রিপোর্ট তাঁর অ্যাকাউন্টে যায়
influencer-state-invited = আমন্ত্রণ এখনো ব্যবহার হয়নি
influencer-state-none = এখনো অ্যাকাউন্ট নেই

mylink-intro = 🔗 আপনার যোগদানের লিংক, { $name }:
mylink-topic-intro = 🔗 { $topic }-এর জন্য আপনার যোগদানের লিংক, { $name }:
mylink-telegram = টেলিগ্রাম: { $link }
mylink-whatsapp = হোয়াটসঅ্যাপ: { $link }
mylink-topics-heading = প্রতিটি ইস্যুর জন্য একটি লিংক (যিনি যুক্ত হবেন, তাঁর জন্য সেই ইস্যুতে টিক দেওয়া থাকবে):
mylink-topic-line = { $topic }: { $link }
mylink-paste-hint = এগুলো আপনার ভিডিওর বিবরণে পেস্ট করুন; নিচের QR কোডগুলো ভিডিওর ভেতরে দেওয়ার জন্য। /mylink আর একটি ইস্যুর নাম পাঠালে সেই ইস্যুর QR কোড পাবেন।
mylink-qr-telegram = QR কোড — টেলিগ্রামে যুক্ত হোন ({ $code })
mylink-qr-whatsapp = QR কোড — হোয়াটসঅ্যাপে যুক্ত হোন ({ $code })
mylink-none = এখনো কোনো যোগদানের লিংক তৈরি হয়নি (বটের টেলিগ্রাম নাম বা হোয়াটসঅ্যাপ নম্বর নেই)। একজন আয়োজককে জানান।
mylink-unknown-topic = “{ $topic }” ইস্যুটি আমি চিনি না। ইস্যুগুলো: { $topics }

# /recount (organisers): the counters' rebuild from the records, run in the background.
recount-scheduled = 🔄 রেকর্ড থেকে রিপোর্টের প্রতিটি সংখ্যা এখন আবার গোনা হচ্ছে। এটি পেছনে চলে: কয়েক মিনিটের মধ্যে /report সংশোধিত সংখ্যা দেখাবে।
