# The influencer's video kit (/kit): slides for the end of a video, the description block, the plan page.
kit-kicker = { $forum } · আমাদের কর্মপরিকল্পনা
kit-minutes = { $minutes ->
    [one] সব মিলিয়ে প্রায় এক মিনিট
   *[other] সব মিলিয়ে প্রায় { $minutes } মিনিট
}
kit-scan = যুক্ত হতে স্ক্যান করুন
kit-fallback = ইংরেজিতে দেখানো হচ্ছে: এই পরিকল্পনাটি এখনো { $language } ভাষায় নেই
kit-description = এ মাসে আমাদের কর্মপরিকল্পনা: { $title }। { $tasks ->
    [one] একটি বাস্তব পদক্ষেপ
   *[other] { $tasks }টি বাস্তব পদক্ষেপ
}, প্রায় { $minutes } মিনিট। যুক্ত হয়ে পদক্ষেপগুলো পেয়ে যান:
kit-label-telegram = টেলিগ্রাম:
kit-label-whatsapp = হোয়াটসঅ্যাপ:
kit-label-page = পরিকল্পনা:
kit-intro = 🎬 “{ $title }”-এর জন্য আপনার কিট। দুটি স্লাইড: ভিডিওর শেষে দেওয়ার জন্য 16:9, আর শর্টস, রিলস ও স্টোরির জন্য 9:16। ফাইলগুলো পূর্ণ মানের; প্রিভিউ শুধু দেখার জন্য। এরপর আপনার ভিডিওর বিবরণের লেখা আসছে।
kit-slide-landscape = 16:9 স্লাইড, ভিডিওর শেষের জন্য
kit-slide-portrait = 9:16 স্লাইড, শর্টস, রিলস ও স্টোরির জন্য
kit-description-intro = এটি আপনার ভিডিওর নিচে পেস্ট করুন:
kit-none = এখন কোনো পরিকল্পনা খোলা নেই। ফোরাম কোনো পরিকল্পনা প্রকাশ করলে /kit তার স্লাইড তৈরি করে দেবে।
kit-unknown-plan = “{ $id }” নামে কোনো খোলা পরিকল্পনা নেই। খোলা পরিকল্পনা: { $ids }
kit-failed = দুঃখিত, এই মুহূর্তে স্লাইডগুলো আঁকতে পারিনি। কয়েক মিনিট পরে আবার /kit চেষ্টা করুন।
report-page-visits = পরিকল্পনার পাতায় ভিজিট: { $visits } · যুক্ত হয়েছেন: { $joined }
