import type { Translator } from '../i18n/translator.js';
import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import { contentFor, type PlanFile } from './plan-schema.js';
import type { Progress } from './plan-types.js';
import { encodeChecklistOption, planToken } from './checklist-buttons.js';
import { DEFAULT_TIMEZONE, zoneOf } from '../core/timezones.js';
import { activeTasks, isWithdrawn, planHasEnded } from './plan-life.js';
import type { StoredPlan } from './plan-types.js';

/** What a follower's checklist shows beyond the plan and their ticks. */
export interface ChecklistExtras {
  /** The reader's IANA time zone, for "open until"; the language's usual one if unknown. */
  timezone?: string;
  /** Collective figures per task, already made safe (rounded, small ones null). */
  figures?: ReadonlyMap<number, number | null>;
  now?: Date;
}

/** A plan as the checklist renders it: its life (withdrawn tasks, end) when it is a stored one. */
export type RenderablePlan = Pick<PlanFile, 'id' | 'content' | 'endsAt'> & Partial<Pick<StoredPlan, 'withdrawnTasks' | 'endedAt' | 'status' | 'agreedBy' | 'agreedAt' | 'reviewedLanguages'>>;

/** "31 December" (with the year when it is not this year's), in the reader's language and zone. */
export function formatEndDate(lang: Language, endsAt: Date, timezone: string | undefined, now = new Date()): string {
  const timeZone = timezone ?? zoneOf(DEFAULT_TIMEZONE[lang]);
  const year = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(d);
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone };
  if (year(endsAt) !== year(now)) opts.year = 'numeric';
  // English as the forum writes it ("31 December"), not the US order.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, opts).format(endsAt);
}

/** "1.2K" in the language's compact style. */
function compact(lang: Language, n: number): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/**
 * A plan as a follower sees it: title, why, and the tasks as a checklist with ticks and a
 * "2 of 4 done" line, plus buttons to tick, pledge and see sources. The same function renders
 * the first delivery, every edit after a tick, /plans and the organisers' preview.
 */
export function renderPlanMessage(plan: RenderablePlan, lang: Language, progress: Progress, t: Translator, extras: ChecklistExtras = {}): OutMessage {
  const { content, fallback } = contentFor(plan, lang);
  const tr = (key: string, vars?: Record<string, string | number>) => t.t(lang, key, vars);
  const life = { withdrawnTasks: plan.withdrawnTasks ?? [] };
  const ended = plan.status !== undefined && planHasEnded({ status: plan.status, endsAt: plan.endsAt ?? undefined, endedAt: plan.endedAt ?? null }, extras.now);
  const active = activeTasks(life, content.tasks.length);
  const done = new Set(progress.done.filter((n) => active.includes(n)));
  const lines: string[] = [`📋 ${content.title}`, '', content.why];
  if (fallback) lines.push('', tr('plan-fallback-language'));
  if (plan.agreedBy && plan.agreedAt) lines.push('', tr('plan-agreed-by', { count: plan.agreedBy, date: formatEndDate(lang, plan.agreedAt, extras.timezone, extras.now) }));
  if (ended) lines.push('', tr('plan-ended-line'));
  else if (plan.endsAt) lines.push('', tr('plan-open-until', { date: formatEndDate(lang, plan.endsAt, extras.timezone, extras.now) }));
  lines.push('');
  content.tasks.forEach((task, i) => lines.push(...taskLines(task, i + 1, { done, withdrawn: isWithdrawn(life, i + 1), figure: ended ? null : (extras.figures?.get(i + 1) ?? null), lang, tr })));
  lines.push('');
  const total = active.length;
  if (progress.completedAt || done.size === total) lines.push(tr('plan-all-done-line'));
  else lines.push(tr('plan-progress', { done: done.size, total }));
  if (progress.pledged) lines.push(tr('plan-pledged-line'));

  // An ended plan keeps only its sources button; a withdrawn task loses its own.
  const options = (ended ? [] : active).map((n) => {
    const ticked = done.has(n);
    return { id: encodeChecklistOption({ kind: ticked ? 'untick' : 'tick', task: n }), label: `${ticked ? '✅' : '⬜'} ${n}. ${content.tasks[n - 1]!.title}` };
  });
  if (!progress.pledged && !ended) options.push({ id: encodeChecklistOption({ kind: 'pledge' }), label: tr('plan-pledge-button') });
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

/** One task's lines: ticked or not, its how-to and link; a withdrawn one marked so, without its how-to or link (it may be the scam). */
function taskLines(
  task: { title: string; how: string; link?: string; minutes: number },
  n: number,
  o: { done: ReadonlySet<number>; withdrawn: boolean; figure: number | null; lang: Language; tr: (key: string, vars?: Record<string, string | number>) => string },
): string[] {
  if (o.withdrawn) return [`🚫 ${n}. ${task.title} · ${o.tr('plan-task-withdrawn')}`];
  const figure = o.figure === null ? '' : ` · ${o.tr('plan-task-figure', { count: compact(o.lang, o.figure) })}`;
  const lines = [`${o.done.has(n) ? '✅' : '⬜'} ${n}. ${task.title} · ${o.tr('plan-minutes', { minutes: task.minutes })}${figure}`, `    ${task.how}`];
  if (task.link) lines.push(`    ${task.link}`);
  return lines;
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
