# Replies to the forum's organisers (ADMIN_TELEGRAM_IDS).

org-only = এই কমান্ডটি ফোরামের আয়োজকদের জন্য।
org-plan-usage = পরিকল্পনার কমান্ড:
    /propose আর পরের লাইনগুলোতে পরিকল্পনার YAML — পরিকল্পনা প্রস্তাব করুন
    /validate আর YAML — সংরক্ষণ না করে পরিকল্পনা যাচাই করুন
    /preview <plan-id> [language] — অনুসারীরা ঠিক যেমন দেখবেন, তেমন দেখুন
    /approve <plan-id> — অনুমোদন করুন ({ $required } জন আয়োজকের অনুমোদন লাগবে)
    /publish <plan-id> [YYYY-MM-DDTHH:MM] — এখনই বা নির্দিষ্ট সময়ে প্রকাশ করুন (UTC)
    /cancel <plan-id> — থামিয়ে দিন
    /status [plan-id] — পরিকল্পনা আর পাঠানোর অবস্থা
    /clitoken — পরিকল্পনার CLI-এর (npm run plan) জন্য আপনার ব্যক্তিগত টোকেন
org-plan-invalid = এই পরিকল্পনায় সমস্যা আছে:
    { $errors }
org-plan-valid = ✅ “{ $id }” পরিকল্পনাটি ঠিক আছে: { $tasks }টি কাজ, ভাষা: { $languages }।
org-plan-proposed = 📝 “{ $id }” পরিকল্পনা প্রস্তাব করা হয়েছে। ভিন্ন ভিন্ন আয়োজকের { $required }টি অনুমোদন লাগবে (/approve { $id })।
org-plan-locked = “{ $id }” পরিকল্পনাটি আগেই পাঠানো হয়েছে, আর বদলানো যাবে না।
org-plan-busy = আরেকজন আয়োজক এখন “{ $id }” পরিকল্পনাটি বদলাচ্ছেন। একটু পরে আবার চেষ্টা করুন।
org-plan-revised = আপনি অনুমোদন করার সময় “{ $id }” পরিকল্পনাটি বদলানো হয়েছে, তাই আপনার অনুমোদন শুধু পুরোনো সংস্করণের জন্য গণ্য হবে। নতুনটি দেখে (/preview { $id }) আবার অনুমোদন করুন।
org-plan-unknown = “{ $id }” নামে কোনো পরিকল্পনা আমি চিনি না।
org-plan-approved = 👍 অনুমোদিত। “{ $id }” পরিকল্পনার { $required }টির মধ্যে { $count }টি অনুমোদন হয়েছে।
org-plan-quorum = ✅ “{ $id }” পরিকল্পনার { $required }টি অনুমোদন পূর্ণ হয়েছে, এখন প্রকাশ করা যায় (/publish { $id })।
org-plan-not-approved = “{ $id }” পরিকল্পনার আগে { $required }টি অনুমোদন লাগবে; এখন আছে { $count }টি।
org-plan-scheduled = ⏰ “{ $id }” পরিকল্পনাটি { $at } (UTC) সময়ে প্রকাশিত হবে।
org-plan-publishing = 🚀 “{ $id }” পরিকল্পনাটি এখন পাঠানো হচ্ছে। /status { $id } অগ্রগতি দেখায়।
org-plan-cancelled = 🛑 “{ $id }” পরিকল্পনাটি বাতিল করা হয়েছে। আর কেউ এটি পাবেন না।
org-plan-bad-state = “{ $id }” পরিকল্পনার অবস্থা: { $status }; এখন এটি করা যাবে না।
org-plan-bad-time = সময়টি পড়তে পারিনি। UTC-তে YYYY-MM-DDTHH:MM লিখুন, যেমন 2026-12-01T18:00।
org-status-line = { $id }: { $status } · অনুমোদন { $approvals }/{ $required } · পাঠানো { $sent }, অপেক্ষমাণ { $pending }, ব্যর্থ { $failed }, ব্লক করেছেন { $blocked }
org-status-none = এখনো কোনো পরিকল্পনা নেই।
org-preview-note = 👀 { $language } ভাষায় প্রিভিউ — অনুসারীরা ঠিক এটিই দেখবেন:

org-clitoken = 🔑 পরিকল্পনার CLI-এর জন্য আপনার ব্যক্তিগত টোকেন। এটি শুধু এই একবারই দেখানো হবে; নতুন /clitoken এটিকে বদলে দেয়।
    { $token }
    এভাবে ব্যবহার করুন: ORGANISER_TOKEN={ $token } npm run plan -- approve <plan-id> --as { $id }
    এটি গোপন রাখুন: যার কাছে এটি থাকবে, তিনি আপনার নামে পরিকল্পনা অনুমোদন ও প্রকাশ করতে পারবেন। এই বার্তাটি এখন মুছে ফেলতে পারেন।
org-withdraw-usage = ব্যবহার: /withdraw <পরিকল্পনার id> <কাজের নম্বর>, যেমন: /withdraw my-plan 2। অনুমোদন ছাড়াই সঙ্গে সঙ্গে কার্যকর হয়।
org-withdraw-no-task = “{ $id }” পরিকল্পনায় ১ থেকে { $total } পর্যন্ত কাজ আছে।
org-withdraw-already = “{ $id }”-এর { $task } নম্বর কাজটি আগেই প্রত্যাহার করা হয়েছে।
org-withdraw-done = “{ $id }”-এর { $task } নম্বর কাজটি প্রত্যাহার করা হলো: এর বোতামে এখন সেটাই লেখা থাকবে, অনুস্মারক একে বাদ দেবে, প্রতিবেদনে এটি আর গোনা হবে না।
org-close-usage = ব্যবহার: /close <পরিকল্পনার id>। পরিকল্পনাটি এখনই শেষ হবে: অনুস্মারক বন্ধ হবে, আর এর চেকলিস্টে দেখাবে যে এটি শেষ হয়েছে।
org-close-not-open = “{ $id }” খোলা নেই ({ $status }), তাই বন্ধ করার কিছু নেই।
org-close-done = “{ $id }” বন্ধ করা হলো: অনুস্মারক থেমে গেছে, আর এর চেকলিস্টে এখন দেখাচ্ছে যে এটি শেষ হয়েছে।
help-organiser-life = পরিকল্পনা প্রকাশের পর:
    /withdraw <পরিকল্পনা> <কাজ> — কোনো কাজ সঙ্গে সঙ্গে প্রত্যাহার (ভুল লিংক, প্রতারণামূলক নকল)
    /close <পরিকল্পনা> — শেষ তারিখের আগেই পরিকল্পনাটি এখনই শেষ করা

# The organisers' live broadcast message (edited as it goes) and `npm run plan -- status --watch`.
bcast-watch-title = 📣 “{ $id }” পরিকল্পনার সম্প্রচার
bcast-watch-figures = পাঠানো { $sent } · অপেক্ষমাণ { $pending } · ব্যর্থ { $failed } · ব্লক করেছেন { $blocked }
bcast-watch-rate = সেকেন্ডে { $rate } · আর প্রায় { $left } বাকি
bcast-watch-rate-unknown = গতি মাপা হচ্ছে…
bcast-watch-done = ✅ { $took } সময়ে শেষ হয়েছে। এগুলোই চূড়ান্ত সংখ্যা।
