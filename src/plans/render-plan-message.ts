import type { Translator } from '../i18n/translator.js';
import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import { contentFor, type PlanFile } from './plan-schema.js';
import type { Progress } from './plan-types.js';
import { encodeChecklistOption, planToken } from './checklist-buttons.js';

/**
 * A plan as a follower sees it: title, why, and the tasks as a checklist with ticks and a
 * "2 of 4 done" line, plus buttons to tick, pledge and see sources. The same function renders
 * the first delivery, every edit after a tick, /plans and the organisers' preview.
 */
export function renderPlanMessage(
  plan: Pick<PlanFile, 'id' | 'content'> & { agreedBy?: number | null; agreedAt?: Date | null },
  lang: Language,
  progress: Progress,
  t: Translator,
): OutMessage {
  const { content, fallback } = contentFor(plan, lang);
  const tr = (key: string, vars?: Record<string, string | number>) => t.t(lang, key, vars);
  const done = new Set(progress.done);
  const lines: string[] = [`📋 ${content.title}`, '', content.why];
  if (fallback) lines.push('', tr('plan-fallback-language'));
  if (plan.agreedBy && plan.agreedAt) lines.push('', agreedLine(plan.agreedBy, plan.agreedAt, lang, t));
  lines.push('');
  content.tasks.forEach((task, i) => {
    const n = i + 1;
    lines.push(`${done.has(n) ? '✅' : '⬜'} ${n}. ${task.title} · ${tr('plan-minutes', { minutes: task.minutes })}`);
    lines.push(`    ${task.how}`);
    if (task.link) lines.push(`    ${task.link}`);
  });
  lines.push('');
  const total = content.tasks.length;
  if (progress.completedAt || done.size === total) lines.push(tr('plan-all-done-line'));
  else lines.push(tr('plan-progress', { done: done.size, total }));
  if (progress.pledged) lines.push(tr('plan-pledged-line'));

  const options = content.tasks.map((task, i) => {
    const n = i + 1;
    const ticked = done.has(n);
    return { id: encodeChecklistOption({ kind: ticked ? 'untick' : 'tick', task: n }), label: `${ticked ? '✅' : '⬜'} ${n}. ${task.title}` };
  });
  if (!progress.pledged) options.push({ id: encodeChecklistOption({ kind: 'pledge' }), label: tr('plan-pledge-button') });
  options.push({ id: encodeChecklistOption({ kind: 'sources' }), label: tr('plan-sources-button') });
  return {
    text: lines.join('\n'),
    rtl: RTL_LANGUAGES.has(lang),
    choices: {
      token: planToken(plan.id),
      options,
      hint: tr(progress.pledged ? 'plan-text-hint-pledged' : 'plan-text-hint', { total }),
      listInText: false,
    },
  };
}

/** Where each task comes from: who vetted it, the source and the date. */
export function renderPlanSources(plan: Pick<PlanFile, 'content'>, lang: Language, t: Translator): OutMessage {
  const { content } = contentFor(plan, lang);
  const fmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const lines = [t.t(lang, 'plan-sources-title', { title: content.title }), ''];
  content.tasks.forEach((task, i) => {
    lines.push(`${i + 1}. ${task.title}`);
    lines.push(`    ${t.t(lang, 'plan-source-line', { vettedBy: task.source.vettedBy, date: fmt.format(task.source.date) })}`);
    if (task.source.url) lines.push(`    ${task.source.url}`);
  });
  return { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang) };
}

/** "Agreed by 7 forum members on 15 November": how many members' approvals sent the plan out, and when. */
function agreedLine(count: number, at: Date, lang: Language, t: Translator): string {
  const date = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
  return t.t(lang, 'plan-agreed-by', { count, date });
}
