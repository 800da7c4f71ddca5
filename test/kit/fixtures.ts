import { loadTranslator } from '../../src/i18n/translator.js';
import { localesDir } from '../../src/app.js';
import { joinLinks } from '../../src/core/join-links.js';
import { parsePlan } from '../../src/plans/plan-schema.js';
import type { StoredPlan } from '../../src/plans/plan-types.js';
import type { KitDeps } from '../../src/kit/plan-kit.js';
import { stringify } from 'yaml';

export const translator = loadTranslator(localesDir());

export const kitDeps: KitDeps = {
  translator,
  links: joinLinks({ botUsername: 'ForumPledgeBot', whatsappNumber: '15551234567' }),
  botUsername: 'ForumPledgeBot',
  forumName: 'Forum of Influencers',
  publicUrl: 'https://forum.example.org',
};

const task = (title: string, minutes: number) => ({
  title,
  how: 'Open the link, fill in your name and country, and press Sign.\nIt takes two minutes.',
  link: 'https://petition.example.org/uyghur-forced-labour',
  minutes,
  source: { vettedBy: 'Forum meeting of 15 November', url: 'https://example.org/source', date: '2026-11-15' },
});

/** A realistic plan in English, Arabic and Urdu (not Turkish: a fallback case). */
export function uyghurPlan(overrides: Partial<StoredPlan> = {}): StoredPlan {
  const yaml = stringify({
    id: 'uyghur-2026-12',
    topics: ['uyghur'],
    endsAt: '2026-12-31',
    content: {
      en: {
        title: 'Stand with the Uyghurs: three practical steps this month for our brothers and sisters in East Turkestan',
        why: 'Forced labour goods are still sold here; our voices and signatures change what shops and parliaments do.',
        tasks: [task('Sign the petition to ban forced-labour goods', 3), task('Write to your member of parliament (a ready letter)', 15), task('Share the verified post with 3 friends', 2)],
      },
      ar: {
        title: 'ادعموا الأويغور: ثلاث خطوات عملية هذا الشهر من أجل إخوتنا في تركستان الشرقية',
        why: 'ما زالت منتجات العمل القسري تُباع عندنا، وأصواتنا وتواقيعنا تغيّر ما تفعله المتاجر والبرلمانات.',
        tasks: [task('وقّعوا عريضة حظر منتجات العمل القسري', 3), task('اكتبوا إلى نائبكم في البرلمان (نموذج جاهز)', 15), task('شاركوا المنشور الموثّق مع 3 أصدقاء', 2)],
      },
      ur: {
        title: 'ایغور مسلمانوں کی حمایت: اس مہینے کے تین عملی کام',
        why: 'جبری مشقت کی مصنوعات اب بھی یہاں بکتی ہیں، ہماری آواز اور دستخط دکانوں اور پارلیمانوں کا رویہ بدلتے ہیں۔',
        tasks: [task('جبری مشقت کی مصنوعات پر پابندی کی پٹیشن پر دستخط کریں', 3), task('اپنے رکنِ پارلیمنٹ کو خط لکھیں', 15), task('تصدیق شدہ پوسٹ 3 دوستوں سے شیئر کریں', 2)],
      },
    },
  });
  const parsed = parsePlan(yaml);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return {
    ...parsed.plan,
    status: 'published',
    proposedBy: 'org',
    approvals: 2,
    revision: 1,
    createdAt: new Date('2026-11-20'),
    publishedAt: new Date('2026-11-21'),
    finishedAt: new Date('2026-11-21'),
    enqueuedBatches: 1,
    enqueueDone: true,
    withdrawnTasks: [],
    endedAt: null,
    ...overrides,
  };
}
