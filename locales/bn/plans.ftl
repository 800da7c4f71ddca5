# Plans as followers see them: checklist, pledges, reminders.

plan-fallback-language = (এই পরিকল্পনাটি এখনো আপনার ভাষায় নেই, তাই ইংরেজিতে দেওয়া হলো।)
plan-minutes = { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
}
plan-progress = { $total }টির মধ্যে { $done }টি হয়েছে
plan-all-done-line = 🎉 সব হয়ে গেছে — ধন্যবাদ!
plan-pledged-line = 🤝 আপনি এটি করার অঙ্গীকার করেছেন।
plan-pledge-button = 🤝 আমি এটি করার অঙ্গীকার করছি
plan-sources-button = ℹ️ এগুলো কোথা থেকে এসেছে
plan-text-hint = একটি কাজ শেষ হলে “হয়েছে” আর তার নম্বর লিখে পাঠান (যেমন: হয়েছে ১)। অঙ্গীকার করতে “অঙ্গীকার” লিখুন, টিক সরাতে “বাতিল ১”।
plan-sources-title = ℹ️ “{ $title }”-এর উৎস
plan-source-line = যাচাই করেছেন { $vettedBy }, { $date }
plan-pledge-thanks = অঙ্গীকারের জন্য ধন্যবাদ! 🤝
plan-pledge-already = আপনি আগেই অঙ্গীকার করেছেন — ধন্যবাদ!
plan-no-such-task = এই পরিকল্পনায় ১ থেকে { $total } পর্যন্ত কাজ আছে।
plan-complete-thanks = 🎉 আপনি সব কাজ করেছেন — ধন্যবাদ, আল্লাহ আপনাকে উত্তম প্রতিদান দিন!
    আরও বাড়াতে চান? এই লিংকটি শেয়ার করুন, যাতে অন্যরাও যুক্ত হতে পারেন:
    { $link }
plan-complete-thanks-nolink = 🎉 আপনি সব কাজ করেছেন — ধন্যবাদ, আল্লাহ আপনাকে উত্তম প্রতিদান দিন!
plan-gone = এই পরিকল্পনাটি আর চালু নেই।
plans-none = এখন আপনার কোনো খোলা পরিকল্পনা নেই। ফোরাম আপনার ইস্যুগুলোর জন্য কোনো পরিকল্পনা প্রকাশ করলে সেটি এখানে আসবে।
plans-intro = { $count ->
    [one] এই আপনার খোলা পরিকল্পনা:
   *[other] এই আপনার { $count }টি খোলা পরিকল্পনা:
}
plan-done-usage = কোনো কাজে টিক দিতে “হয়েছে” আর তার নম্বর লিখে পাঠান, যেমন: হয়েছে ২
reminder-nudge = 🌱 একটি আলতো মনে করিয়ে দেওয়া: আপনি “{ $title }”-এর অঙ্গীকার করেছিলেন। এ পর্যন্ত { $total }টির মধ্যে { $done }টি হয়েছে — প্রতিটি পদক্ষেপই গুরুত্বপূর্ণ। আপনার চেকলিস্ট:
plan-open-until = 🗓️ খোলা থাকবে { $date } পর্যন্ত
plan-ended-line = 🏁 এই পরিকল্পনা শেষ হয়েছে। আপনি যা করেছেন, তার সবকিছুর জন্য ধন্যবাদ।
plan-ended-notice = এই পরিকল্পনা শেষ হয়ে গেছে, তাই এর কাজে আর টিক দেওয়া যাবে না। অংশ নেওয়ার জন্য ধন্যবাদ! 🌱
plan-task-withdrawn = ফোরাম প্রত্যাহার করেছে
plan-task-withdrawn-notice = { $task } নম্বর কাজটি ফোরাম প্রত্যাহার করেছে, তাই এর জন্য কিছু করার নেই। ধন্যবাদ!
plan-task-figure = { $count } জন করেছেন
plans-finished = ✅ শেষ হয়েছে
plans-none-open = এখন আপনার কোনো খোলা পরিকল্পনা নেই।
plans-past-title = আগের পরিকল্পনা:
plans-open-hint = কোনো পরিকল্পনার চেকলিস্ট খুলতে “পরিকল্পনা” আর তার নম্বর লিখে পাঠান (যেমন: পরিকল্পনা ১), আর কাজগুলো কোথা থেকে এসেছে দেখতে “সূত্র ১”।
plans-pick-number = ১ থেকে { $total } পর্যন্ত একটি নম্বর যোগ করুন, যেমন: পরিকল্পনা ১

# The footer of a plan once the follower has pledged (no "reply pledge" any more).
plan-text-hint-pledged = একটি কাজ শেষ হলে “হয়েছে” আর তার নম্বর লিখে পাঠান (যেমন: হয়েছে ১), শেষ কাজটির জন্য শুধু “হয়েছে” লিখলেই হবে। টিক সরাতে “বাতিল ১”।
