import { stringify } from 'yaml';
import type { Language, OutMessage } from '../../src/core/types.js';
import type { Translator } from '../../src/i18n/translator.js';
import type { StoredPlan } from '../../src/plans/plan-types.js';
import { renderPlanMessage } from '../../src/plans/render-plan-message.js';

/** A valid plan's YAML, with `tasks` tasks in each of `languages`. */
export function planYaml(opts: {
  id: string;
  topics?: string[];
  languages?: string[];
  tasks?: number;
  publishAt?: string;
  reminderAfterHours?: number;
}): string {
  const tasks = opts.tasks ?? 3;
  const content: Record<string, unknown> = {};
  for (const lang of opts.languages ?? ['en', 'ar']) {
    const ar = lang === 'ar';
    content[lang] = {
      title: ar ? `خطة ${opts.id}` : `Plan ${opts.id} (${lang})`,
      why: ar ? 'لأن كل خطوة صغيرة مهمة.' : 'Because every small step matters.',
      tasks: Array.from({ length: tasks }, (_, i) => ({
        title: ar ? `المهمة رقم ${i + 1}` : `Task number ${i + 1}`,
        how: ar ? 'افتح الرابط واتبع الخطوات.' : 'Open the link and follow the steps.',
        link: `https://example.org/${opts.id}/${i + 1}`,
        minutes: 2 + i,
        source: { vettedBy: 'Forum meeting', url: 'https://example.org/source', date: '2026-11-15' },
      })),
    };
  }
  return stringify({
    id: opts.id,
    topics: opts.topics ?? ['uyghur'],
    ...(opts.publishAt ? { publishAt: opts.publishAt } : {}),
    reminderAfterHours: opts.reminderAfterHours ?? 48,
    content,
  });
}

/** The broadcast's rendering of a plan, as the app wires it, for tests that build their own worker. */
export function renderBroadcast(translator: Translator): (plan: StoredPlan, language: Language) => OutMessage {
  return (plan, language) => renderPlanMessage(plan, language, { pledged: false, completedAt: null, done: [] }, translator);
}
