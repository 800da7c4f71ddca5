# ফোরামের সভা (src/meetings)।

meeting-card = 🗓 { $topic } ({ $id })
    কখন: { $date } ({ $place }-এর সময়)
    কোথায়: { $link }
    অতিথি: { $guests }
    আলোচ্যসূচি:
    { $agenda }
meeting-invitation-head = 📨 ফোরামের একটি সভায় আপনাকে আমন্ত্রণ জানানো হচ্ছে।
meeting-invitation-foot = আপনি কি আসবেন? নিচে উত্তর দিন; যেকোনো সময় উত্তর বদলাতে পারবেন। আলোচ্যসূচিতে কোনো বিষয় প্রস্তাব করতে /proposal { $id } লিখে একটি শিরোনাম দিন, আর পরের লাইনগুলোতে আপনার লেখা।
meeting-rsvp-yes = হ্যাঁ
meeting-rsvp-no = না
meeting-rsvp-maybe = হয়তো
meeting-rsvp-hint = উত্তর দিতে /rsvp { $id } লিখে তারপর yes (হ্যাঁ), no (না) বা maybe (হয়তো) লিখুন।
meeting-rsvp-usage = /rsvp, সভার কোড আর আপনার উত্তর লিখুন, যেমন: /rsvp mt4k2x yes (অথবা no, অথবা maybe)।
meeting-rsvp-saved-yes = ✅ লিখে রাখলাম: আপনি আসছেন। সেখানে দেখা হবে!
meeting-rsvp-saved-no = লিখে রাখলাম: এবার আপনি আসতে পারছেন না। জানানোর জন্য ধন্যবাদ।
meeting-rsvp-saved-maybe = লিখে রাখলাম: হয়তো। যেকোনো সময় উত্তর বদলাতে পারবেন।
meeting-is-cancelled = ❌ এই সভাটি বাতিল করা হয়েছে।
meeting-is-over = এই সভাটি শেষ হয়ে গেছে।
meeting-unknown = “{ $id }” নামে কোনো সভা আমার জানা নেই। /meeting আসন্ন সভাগুলো দেখায়।
meeting-proposals-title = প্রস্তাব ({ $count }):
meeting-proposal-line = • { $id }: { $title } — { $count ->
        [one] একজন সদস্যের সমর্থন
       *[other] { $count } জন সদস্যের সমর্থন
    }
meeting-rsvp-counts = উত্তর: হ্যাঁ { $yes }, হয়তো { $maybe }, না { $no }; এখনো উত্তর দেননি { $none } জন।
meeting-minutes-title = 📝 কার্যবিবরণী:
meeting-none = এখনো কোনো সভা ঠিক হয়নি।
meeting-list-title = আসন্ন সভা:
meeting-list-line = • { $id }: { $topic } — { $date } ({ $place }-এর সময়)
meeting-usage = সভার কমান্ড (আয়োজকদের জন্য):
    /meeting schedule, তারপর প্রতিটি ঘর আলাদা লাইনে (ঘরের নাম ইংরেজিতেই থাকবে):
      when: 2026-12-15 18:00 Europe/Istanbul (অথবা কোনো শহর, অথবা UTC+3)
      link: https://…
      topic: …
      guests: নাম; নাম (তাঁরা যেভাবে দেখাতে চান)
      agenda: বিষয়; বিষয়
    /meeting move <কোড> <তারিখ সময় অঞ্চল> — নতুন সময় (সদস্যদের জানানো হয়)
    /meeting cancel <কোড> — বাতিল (সদস্যদের জানানো হয়)
    /meeting list — আসন্ন সভা; /meeting show <কোড> — একটি সভা, তার প্রস্তাব আর উত্তর
    /minutes <কোড>, তারপর কার্যবিবরণী, আর যে প্রস্তাব পরিকল্পনা হলো তার প্রতিটির জন্য একটি লাইন “plan: <প্রস্তাব> <পরিকল্পনার আইডি>”
meeting-member-usage = /meeting list আসন্ন সভাগুলো দেখায়, আর /meeting show-এর পরে সভার কোড লিখলে তার আলোচ্যসূচি, প্রস্তাব আর এ পর্যন্ত পাওয়া উত্তর দেখা যায়।
meeting-schedule-errors = এই সভাটি এখনো ঠিক করতে পারিনি:
meeting-error-when = “when:” লাইনে তারিখ, সময় আর সময় অঞ্চল থাকতে হবে, যেমন 2026-12-15 18:00 Europe/Istanbul।
meeting-error-date = এই তারিখ বা সময়টি নেই; অনুগ্রহ করে দিন, মাস আর ঘণ্টা মিলিয়ে দেখুন।
meeting-error-zone = এই সময় অঞ্চল বা শহর আমি চিনি না। Asia/Dhaka-র মতো অঞ্চল, ঢাকার মতো শহর, অথবা UTC+6-এর মতো পার্থক্য লিখে দেখুন।
meeting-error-past = এই সময় পেরিয়ে গেছে; অনুগ্রহ করে সামনের কোনো সময় বেছে নিন।
meeting-error-missing-when = অনুগ্রহ করে তারিখ, সময় আর অঞ্চলসহ একটি “when:” লাইন যোগ করুন।
meeting-error-missing-link = অনুগ্রহ করে সভার ঠিকানাসহ (https:// দিয়ে শুরু) একটি “link:” লাইন যোগ করুন।
meeting-error-missing-topic = অনুগ্রহ করে সভার বিষয় জানিয়ে একটি “topic:” লাইন যোগ করুন।
meeting-error-link = লিংকটি https:// দিয়ে শুরু হওয়া পুরো ঠিকানা হতে হবে।
meeting-error-long = একটি লাইন খুব লম্বা (সর্বোচ্চ ২০০ অক্ষর)।
meeting-error-empty = একটি লাইন ফাঁকা।
meeting-error-guests = অতিথি অনেক বেশি: সর্বোচ্চ ১২ জন।
meeting-error-agenda = আলোচ্যসূচি লম্বা: সর্বোচ্চ ১৫টি বিষয়।
meeting-error-line = এই লাইনটি বুঝতে পারিনি: “{ $line }”। প্রতিটি লাইন when:, link:, topic:, guests: বা agenda: দিয়ে শুরু হয়।
meeting-scheduled = ✅ সভা { $id } ঠিক হলো: { $topic }, { $date } ({ $place }-এর সময়)।
    আমন্ত্রণ যাচ্ছে: { $invited }টি, প্রত্যেক সদস্যের নিজের ভাষায় আর নিজের সময়ে।
meeting-unreachable = যে সদস্যদের কাছে বট এখনো পৌঁছাতে পারছে না: { $unreachable }। বট তাঁদের কাছ থেকে কখনো কোনো বার্তা পায়নি; তাঁরা বটকে লিখলেই আমন্ত্রণ পাবেন।
meeting-moved = ✅ সভা { $id } সরিয়ে { $date } ({ $place }-এর সময়) করা হলো। আমন্ত্রিত সদস্যদের জানানো হচ্ছে।
meeting-moved-notice = 🗓 “{ $topic }” সভার সময় বদলেছে: { $date } ({ $place }-এর সময়)। লিংক: { $link }
meeting-cancelled = সভা { $id } বাতিল হলো। আমন্ত্রিত সদস্যদের জানানো হচ্ছে।
meeting-cancelled-already = সভা { $id } আগেই বাতিল হয়েছিল।
meeting-cancelled-notice = ❌ { $date } ({ $place }-এর সময়) নির্ধারিত “{ $topic }” সভাটি বাতিল করা হয়েছে। পরিবর্তনের জন্য দুঃখিত।
meeting-reminder-day = ⏰ আগামীকাল: “{ $topic }”, { $date } ({ $place }-এর সময়)। লিংক: { $link }
meeting-reminder-hour = ⏰ এক ঘণ্টা পর: “{ $topic }”, { $date } ({ $place }-এর সময়)। লিংক: { $link }
meeting-proposal-usage = কোনো বিষয় প্রস্তাব করতে /proposal, সভার কোড আর একটি শিরোনাম লিখুন, তারপর পরের লাইনগুলোতে আপনার লেখা, যেমন:
    /proposal mt4k2x শীতের বই অভিযান
    প্রত্যেক ইনফ্লুয়েন্সার বইয়ের একটি তালিকা শেয়ার করবেন…
    কোনো প্রবন্ধ যোগ করতে চাইলে সেটি ডকুমেন্ট হিসেবে পাঠান, ক্যাপশনে একই কথাগুলো লিখে।
meeting-proposal-long = এটি খুব লম্বা: শিরোনাম সর্বোচ্চ { $title } অক্ষর, আর লেখা সর্বোচ্চ { $text } অক্ষর।
meeting-proposed = ✅ আপনার প্রস্তাব { $id } সভা { $meeting }-এর আলোচ্যসূচিতে আছে। সদস্যরা /back { $id } দিয়ে সমর্থন করতে পারেন।
meeting-proposal-unknown = “{ $id }” নামে কোনো প্রস্তাব আমার জানা নেই।
meeting-backed = 👍 আপনি প্রস্তাব { $id } সমর্থন করছেন। /unback { $id } দিয়ে সমর্থন তুলে নিতে পারেন।
meeting-backed-already = আপনি আগেই প্রস্তাব { $id } সমর্থন করেছেন।
meeting-unbacked = প্রস্তাব { $id } থেকে আপনার সমর্থন তুলে নেওয়া হলো।
meeting-unbacked-none = আপনি প্রস্তাব { $id } সমর্থন করছেন না।
meeting-minutes-usage = /minutes আর সভার কোড লিখুন, তারপর পরের লাইনগুলোতে কার্যবিবরণী, আর যে প্রস্তাব পরিকল্পনা হলো তার প্রতিটির জন্য এমন একটি লাইন: plan: mt4k2x-1 winter-books
meeting-minutes-early = সভা { $id } এখনো শুরু হয়নি: কার্যবিবরণী সভার পরে লেখা হয়।
meeting-plan-unknown = “{ $id }” নামে কোনো পরিকল্পনা আমার জানা নেই। আগে পরিকল্পনাটি প্রস্তাব করুন, তারপর কার্যবিবরণীতে লিখুন।
meeting-minutes-long = কার্যবিবরণী খুব লম্বা: সর্বোচ্চ { $max } অক্ষর। সংক্ষেপে লিখুন; বিস্তারিত পরিকল্পনাগুলোতেই থাকে।
meeting-minutes-saved = ✅ সভা { $id }-এর কার্যবিবরণী লেখা হলো।
meeting-minutes-plans = এই সভা থেকে আসা পরিকল্পনা: { $plans }টি।
meeting-plan-provenance = সভা { $meeting } থেকে
help-meetings = সভা:
    /meeting list — আসন্ন সভা; /meeting show <কোড> — তার আলোচ্যসূচি আর প্রস্তাব
    /rsvp <কোড> yes, no বা maybe — আপনার উত্তর (অথবা আমন্ত্রণের বোতাম)
    /proposal <কোড> <শিরোনাম> — একটি বিষয় প্রস্তাব করুন, লেখা পরের লাইনগুলোতে
    /back <প্রস্তাব> — কোনো প্রস্তাব সমর্থন করুন; /unback সমর্থন তুলে নেয়
help-meetings-organiser = সভা (আয়োজকদের জন্য):
    /meeting — সভা ঠিক করা, সরানো, বাতিল করা, তালিকা ও বিবরণ দেখা
    /minutes <কোড> — কার্যবিবরণী আর সভা থেকে আসা পরিকল্পনা লিখে রাখা
    /rsvp, /proposal, /back আর /unback — অন্য সদস্যদের মতোই
meeting-proposal-file = { "  " }📎 { $name } — /proposal { $id } file
meeting-proposal-no-file = প্রস্তাব { $id }-এর সঙ্গে কোনো ডকুমেন্ট নেই।
