# পাঠানোর পরে একটি পরিকল্পনার জীবন: সংশোধন, শেষের ফলাফল, পাঠানো থামিয়ে রাখা।

plan-corrected-note = ✏️ আয়োজকেরা সংশোধন করেছেন: { $changes }
plan-change-task = কাজ { $task } হালনাগাদ হয়েছে
plan-change-added = কাজ { $task } যোগ হয়েছে
plan-change-withdrawn = কাজ { $task } প্রত্যাহার করা হয়েছে
plan-change-wording = লেখা ঠিক করা হয়েছে
plan-change-language = এখন { $language } ভাষাতেও আছে
plan-closing-title = 🏁 “{ $title }” শেষ হয়েছে। আমরা সবাই মিলে যা করেছি:
plan-closing-pledged = • আমাদের { $count } জন কাজ করার অঙ্গীকার করেছেন
plan-closing-task = • আমাদের { $count } জন: { $task }
plan-closing-few = 🏁 “{ $title }” শেষ হয়েছে। নিরাপদে সংখ্যা জানানোর মতো যথেষ্ট মানুষ অংশ নেননি, তবে প্রতিটি পদক্ষেপই গুরুত্বপূর্ণ ছিল।
plan-closing-thanks = অংশ নেওয়ার জন্য ধন্যবাদ।

org-correction-usage = পাঠানো পরিকল্পনার সংশোধন ও পাঠানো:
    /correct আর পরের লাইনগুলোতে সংশোধিত YAML — একই id ও একই ইস্যু, কাজের সংখ্যা কমবে না; কাজ 3 প্রত্যাহার করতে "withdraw: [3]" যোগ করুন
    /approve <plan-id> — এর সর্বশেষ সংশোধন অনুমোদন করুন
    /pause <plan-id> আর /resume <plan-id> — এর জন্য যা পাঠানো হচ্ছে তা থামান বা আবার চালু করুন
    /broadcasts <plan-id> — এর প্রতিটি পাঠানোর অগ্রগতি
org-correction-proposed = ✏️ “{ $id }”-এর সংশোধন { $revision } সংরক্ষিত হয়েছে। { $required } জন আয়োজক অনুমোদন করলে এটি পাঠানো হবে (/approve { $id })।
org-correction-approved = 👍 অনুমোদিত। “{ $id }”-এর সংশোধন { $revision }: { $required }টির মধ্যে { $count }টি অনুমোদন।
org-correction-applied = ✅ “{ $id }”-এর সংশোধন { $revision } অনুমোদিত ও প্রয়োগ করা হয়েছে: যাঁরা পরিকল্পনাটি পেয়েছেন, তাঁরা সবাই সংশোধিত তালিকা পাবেন। অগ্রগতি: /broadcasts { $id }
org-correction-none = “{ $id }”-এর কোনো সংশোধন অনুমোদনের অপেক্ষায় নেই।
org-correction-not-live = “{ $id }” এখনো পাঠানো হয়নি: বরং /propose দিয়ে বদলান।
org-correction-ended = “{ $id }” শেষ হয়ে গেছে, তাই আর সংশোধন করা যাবে না।
org-correction-same = এই সংশোধনে “{ $id }”-এর কিছুই বদলায় না।
org-broadcast-paused = ⏸ { $id } থামানো হয়েছে: /resume { $plan } না দেওয়া পর্যন্ত নতুন কোনো বার্তা যাবে না।
org-broadcast-already-paused = { $id } আগেই থামানো ছিল; /resume { $plan } দিলে আবার চলবে।
org-broadcast-not-running = এই মুহূর্তে “{ $id }”-এর কিছুই পাঠানো হচ্ছে না।
org-broadcast-not-paused = “{ $id }”-এর কিছুই থামানো নেই।
org-broadcast-resumed = ▶️ “{ $id }” আবার চালু হয়েছে: যেখানে থেমেছিল, সেখান থেকেই পাঠানো চলছে।
org-broadcast-line = { $id } ({ $kind }, { $state }): পাঠানো { $sent } · বাকি { $pending } · ব্যর্থ { $failed } · ব্লক { $blocked }
