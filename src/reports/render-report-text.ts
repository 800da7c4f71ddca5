import { LANGUAGE_NAMES, type Translator } from '../i18n/translator.js';
import { isLanguage, type Language } from '../core/types.js';
import { formatCount, formatRate, formatWhen, planTitle } from './report-format.js';
import type { SafeBreakdown, SafePlan, SafeReport, SafeStage } from './safe-report.js';
import { MIN_BREAKDOWN, MIN_SHOWN } from './small-counts.js';

/** Telegram allows 4096 characters; leave room for direction marks. */
const MAX_MESSAGE = 3800;
/** Plans shown in chat; the CSV has them all. */
export const PLANS_IN_TEXT = 5;

function stageLine(t: Translator, lang: Language, s: SafeStage): string {
  const count = formatCount(lang, s.count);
  const label =
    s.stage === 'task' ? t.t(lang, 'report-stage-task', { number: String(s.task ?? 0) }) : t.t(lang, `report-stage-${s.stage}`);
  const notes: string[] = [];
  if (s.base && s.rate !== null) notes.push(t.t(lang, `report-rate-of-${s.base}`, { pct: formatRate(t, lang, s.rate) }));
  if (s.base && s.forumRate !== undefined && s.forumRate !== null) {
    notes.push(t.t(lang, 'report-rate-forum', { pct: formatRate(t, lang, s.forumRate) }));
  }
  const line = t.t(lang, 'report-line', { label, value: count });
  return notes.length ? `${line} (${notes.join(' · ')})` : line;
}

function planSection(t: Translator, lang: Language, p: SafePlan): string {
  const head = t.t(lang, 'report-plan-title', { title: planTitle(p.titles, lang, p.planId), id: p.planId });
  return [head, ...p.stages.map((s) => stageLine(t, lang, s))].join('\n');
}

/**
 * A breakdown's line: the named groups, then the others together (languages) or "others, fewer
 * than 10 each" (causes); a note instead when the group is too small for a breakdown.
 */
function breakdownLine(t: Translator, lang: Language, key: string, b: SafeBreakdown | null, name: (key: string) => string): string {
  if (!b) return t.t(lang, key, { list: t.t(lang, 'report-breakdown-small', { min: String(MIN_BREAKDOWN) }) });
  const others = b.others === null ? t.t(lang, 'report-others-small', { min: String(MIN_SHOWN) }) : `${t.t(lang, 'report-others')} ${formatCount(lang, b.others)}`;
  const list = [...b.groups.map((g) => `${name(g.key)} ${formatCount(lang, g.n)}`), others].join(' · ');
  return t.t(lang, key, { list });
}

/** Joins sections into as few messages as fit, never splitting a section. */
export function packMessages(sections: string[], max = MAX_MESSAGE): string[] {
  const out: string[] = [];
  let cur = '';
  for (const s of sections) {
    if (cur && cur.length + 2 + s.length > max) {
      out.push(cur);
      cur = s;
    } else cur = cur ? `${cur}\n\n${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * The report as chat messages in the reader's language: short labelled lines that fit a phone
 * screen, followers first, then each plan's funnel with rates (and the forum's, for influencers).
 */
export function renderReportText(
  report: SafeReport,
  t: Translator,
  lang: Language,
  opts: { footerKey?: string } = {},
): string[] {
  const f = report.followers;
  const title =
    report.scope.kind === 'audience'
      ? t.t(lang, 'report-title-audience', { name: report.scope.displayName })
      : t.t(lang, 'report-title-forum');
  const c = (n: number | null) => formatCount(lang, n);
  const sections = [
    `${title}\n${t.t(lang, 'report-as-of', { date: formatWhen(lang, report.at) })}`,
    [
      t.t(lang, 'report-followers-heading'),
      t.t(lang, 'report-joined', { all: c(f.joinedAll), week: c(f.joined7), month: c(f.joined30) }),
      ...(report.pageVisits !== undefined ? [t.t(lang, 'report-page-visits', { visits: c(report.pageVisits), joined: c(f.joinedAll) })] : []),
      t.t(lang, 'report-active', { active: c(f.active), onboarding: c(f.onboarding) }),
      t.t(lang, 'report-left', { optedOut: c(f.optedOut), blocked: c(f.blocked) }),
      breakdownLine(t, lang, 'report-languages', f.languages, (k) => (isLanguage(k) ? LANGUAGE_NAMES[k] : k)),
      breakdownLine(t, lang, 'report-topics', f.topics, (k) => t.t(lang, `topic-${k}`)),
    ].join('\n'),
  ];
  if (!report.plans.length) sections.push(t.t(lang, 'report-no-plans'));
  else {
    sections.push(t.t(lang, 'report-plans-heading'));
    for (const p of report.plans.slice(0, PLANS_IN_TEXT)) sections.push(planSection(t, lang, p));
    if (report.plans.length > PLANS_IN_TEXT) {
      sections.push(t.t(lang, 'report-more-plans', { count: report.plans.length - PLANS_IN_TEXT }));
    }
  }
  sections.push(t.t(lang, 'report-privacy-note'));
  if (opts.footerKey) sections.push(t.t(lang, opts.footerKey));
  return packMessages(sections);
}
