# ফোরামের সদস্য আর সিদ্ধান্ত (src/forum)।

forum-members-only = এই কমান্ডটি ফোরামের সদস্যদের জন্য।
forum-member-usage = সদস্যদের কমান্ড (আয়োজকদের জন্য):
    /member add <telegram id> influencer <অডিয়েন্স কোড> — একজন ইনফ্লুয়েন্সার বা সদস্য সংগঠন যোগ করুন
    /member add <telegram id> organiser — নতুন আয়োজকের প্রস্তাব দিন (সিদ্ধান্ত নেবে ফোরাম)
    /member remove <telegram id> — একজন সদস্যকে বাদ দিন (আয়োজককে ফোরামের সিদ্ধান্তে)
    /member approve <সিদ্ধান্ত> — একজন আয়োজক নিয়ে সিদ্ধান্ত অনুমোদন করুন
    /members — ফোরামে কারা আছেন
forum-member-exists = এই ব্যক্তি আগে থেকেই ফোরামের সদস্য।
forum-member-added = ✅ ইনফ্লুয়েন্সার হিসেবে যোগ করা হয়েছে, অডিয়েন্স: { $codes }।
forum-member-unknown = এই ব্যক্তি ফোরামের সদস্য নন।
forum-member-bootstrap = এই আয়োজক বটের সেটিংসে (ADMIN_TELEGRAM_IDS) ঠিক করা প্রথম আয়োজকদের একজন। এটা শুধু বট যিনি চালান তিনিই বদলাতে পারেন।
forum-member-removed = ✅ ফোরাম থেকে বাদ দেওয়া হয়েছে।
forum-left = আপনি ফোরাম ছেড়ে দিয়েছেন। অপেক্ষায় থাকা পরিকল্পনায় আপনার অনুমোদন আর গণ্য হবে না। আপনি যা কিছু করেছেন, তার জন্য ধন্যবাদ।
forum-not-member = আপনি ফোরামের সদস্য নন।
forum-decision-unknown = “{ $id }” নামে কোনো সিদ্ধান্ত আমি চিনি না।
forum-decision-closed = “{ $id }” সিদ্ধান্তটি আগেই কার্যকর হয়েছে।
forum-decision-add-proposed = 📝 নতুন আয়োজকের প্রস্তাব দেওয়া হয়েছে (সিদ্ধান্ত “{ $id }”)। আপনার প্রস্তাবই আপনার অনুমোদন হিসেবে গণ্য: { $required }টির মধ্যে { $count }টি। অন্য আয়োজকেরা /member approve { $id } দিয়ে অনুমোদন করবেন।
forum-decision-remove-proposed = 📝 একজন আয়োজককে বাদ দেওয়ার প্রস্তাব দেওয়া হয়েছে (সিদ্ধান্ত “{ $id }”)। আপনার প্রস্তাবই আপনার অনুমোদন হিসেবে গণ্য: { $required }টির মধ্যে { $count }টি। অন্য আয়োজকেরা /member approve { $id } দিয়ে অনুমোদন করবেন।
forum-decision-approved = 👍 অনুমোদিত। “{ $id }” সিদ্ধান্তের { $required }টির মধ্যে { $count }টি অনুমোদন হয়েছে।
forum-decision-held = ✋ “{ $id }” সিদ্ধান্তটি আটকে আছে: { $objections } জন সদস্য আপত্তি করেছেন। আপত্তি তুলে নিলে, অথবা { $required }টি অনুমোদনের সঙ্গে প্রতিটি আপত্তির জন্য আরও একটি অনুমোদন হলে এটি এগোবে (এখন { $count }টি)।
forum-decision-done = ✅ “{ $id }” সিদ্ধান্তটি গৃহীত হয়েছে ({ $count }টি অনুমোদন) এবং কার্যকর হয়েছে।
forum-plan-held = ✋ “{ $id }” পরিকল্পনাটি আটকে আছে: { $objections } জন সদস্য আপত্তি করেছেন। আপত্তি তুলে নিলে, অথবা { $required }টি অনুমোদনের সঙ্গে প্রতিটি আপত্তির জন্য আরও একটি অনুমোদন হলে এটি এগোবে (এখন { $count }টি)।
forum-objected = ✋ “{ $id }” নিয়ে আপনার আপত্তি নথিভুক্ত হয়েছে। আপনি তুলে না নেওয়া পর্যন্ত (/unobject { $id }) বা যথেষ্ট সদস্য তবুও অনুমোদন না করা পর্যন্ত সিদ্ধান্তটি আটকে থাকবে।
forum-objected-already = “{ $id }” নিয়ে আপনি আগেই আপত্তি করেছেন।
forum-objection-withdrawn = “{ $id }” নিয়ে আপনার আপত্তি তুলে নেওয়া হয়েছে।
forum-objection-none = “{ $id }” নিয়ে তুলে নেওয়ার মতো কোনো আপত্তি আপনার নেই।
forum-object-usage = /object লিখে তারপর একটি পরিকল্পনা বা সিদ্ধান্তের id লিখুন (যেমন m.k3x9p2); /unobject আপনার আপত্তি তুলে নেয়।
forum-members = আজকের ফোরাম:
    আয়োজক: { $organisers } জন (এর মধ্যে { $bootstrap } জন বটের সেটিংস থেকে)
    ইনফ্লুয়েন্সার আর সদস্য সংগঠন: { $influencers } (অডিয়েন্স: { $codes })
    এখন একটি সিদ্ধান্তে { $required }টি অনুমোদন লাগে।
help-forum = ফোরামের সদস্যদের জন্য:
    /members — ফোরামে কারা আছেন
    /object <পরিকল্পনা বা সিদ্ধান্ত> — যে সিদ্ধান্তে আপনি একমত নন, তা আটকে রাখুন; /unobject তুলে নেয়
    /leave — ফোরাম ছেড়ে দিন
    /profile — আপনার ভাষা, সময় অঞ্চল আর যে ভাষাগুলোতে আপনি পরিকল্পনা যাচাই করতে পারেন
    /record <পরিকল্পনা বা সিদ্ধান্ত> — কে প্রস্তাব দিলেন, কে অনুমোদন করলেন, কে আপত্তি জানালেন, আর কবে
    /member — সদস্য যোগ ও বাদ দিন (আয়োজকেরা)
plan-agreed-by = 🤝 { $date } তারিখে { $count ->
        [one] ফোরামের একজন সদস্য
       *[other] ফোরামের { $count } জন সদস্য
    } এতে একমত হয়েছেন।
plan-file-hint = 📎 পরিকল্পনাটি কেটে গেছে বলে মনে হচ্ছে: টেলিগ্রাম একটি বার্তার শুধু প্রথম ৪,০৯৬টি অক্ষর রাখে। তার বদলে পরিকল্পনার .yaml ফাইলটি পাঠান (ডকুমেন্ট হিসেবে, ক্যাপশনে /propose বা /validate লিখে)।
forum-profile = ফোরামে আপনার প্রোফাইল:
    ভাষা: { $language }
    সময় অঞ্চল: { $zone }
    যে ভাষাগুলোতে আপনি পরিকল্পনা যাচাই করতে পারেন: { $speaks }
    ফোরামের নথিতে আপনার নাম: { $name }
    বদলাতে লিখুন: /profile language ur, /profile zone Karachi (শহর, সময় অঞ্চল বা UTC+5) অথবা /profile speaks ur en।
forum-profile-usage = বুঝতে পারিনি। যেমন লিখুন:
    /profile language fr
    /profile zone Istanbul (শহর, Asia/Dhaka-র মতো সময় অঞ্চল, বা UTC+3)
    /profile speaks ar en — যে ভাষাগুলোতে আপনি পরিকল্পনার অনুবাদ যাচাই করতে পারেন
    /profile name আমিনা ক. — ফোরামের নথিতে আপনার জন্য যে নাম দেখানো হবে (/profile name - সেটি মুছে দেয়)
    ভাষা: ar, en, ur, tr, id, ms, fr, ug, bn।
forum-record-usage = /record লিখে তারপর পরিকল্পনার আইডি বা সিদ্ধান্ত লিখুন (যেমন m.k3x9p2)।
forum-record-unknown = “{ $id }” নামে কোনো পরিকল্পনা বা সিদ্ধান্ত আমার জানা নেই।
forum-record-plan = 📜 পরিকল্পনা “{ $id }”-এর নথি ({ $title }), সংস্করণ { $revision }
forum-record-decision-add = 📜 সিদ্ধান্ত “{ $id }”-এর নথি: { $member } আয়োজক হবেন
forum-record-decision-remove = 📜 সিদ্ধান্ত “{ $id }”-এর নথি: { $member } আর আয়োজক থাকবেন না
forum-record-proposed = { $date } তারিখে প্রস্তাব দেন { $who }।
forum-record-approvals = অনুমোদন:
forum-record-approved = 👍 { $who }, { $date }
forum-record-objections = বহাল আপত্তি:
forum-record-objected = ✋ { $who }, { $date } থেকে
forum-record-none = — এখনও নেই
forum-record-tally = গণ্য অনুমোদন: { $required }-এর মধ্যে { $count } · আপত্তি: { $objections }
forum-record-agreed = ✅ { $date } তারিখে গৃহীত হয়েছে।
forum-record-done = ✅ { $date } তারিখে কার্যকর হয়েছে।
forum-record-ready = প্রয়োজনীয় অনুমোদন পাওয়া গেছে, এখন এগোনো যায়।
forum-record-waiting = ⏳ এখনও গৃহীত হয়নি।
forum-record-unnamed = নাম না-দেওয়া একজন সদস্য
forum-record-you = আপনি
forum-record-gone = (আর গণ্য নয়: এই সদস্য এখন অনুমোদন দিতে পারেন না)
