import type { BatchMember } from '../broadcast/broadcast-ports.js';
import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { isWithdrawn } from '../plans/plan-life.js';
import { contentFor } from '../plans/plan-schema.js';
import type { StoredPlan } from '../plans/plan-types.js';
import { planFunnels } from './plan-figures.js';
import type { ReportCounters } from './report-counters.js';
import type { PlanFunnel } from './report-types.js';
import { shownCount } from './small-counts.js';

/**
 * The closing message of a plan, for those who pledged: what all of us did together, from the
 * forum-wide counters only, each count rounded and hidden when small (as reports are), withdrawn
 * tasks left out. With nothing big enough to show, it thanks them without figures.
 */
export function renderClosingMessage(plan: StoredPlan, funnel: PlanFunnel, lang: Language, t: Translator): OutMessage {
  const { content } = contentFor(plan, lang);
  const fmt = new Intl.NumberFormat(lang);
  const lines: string[] = [];
  const pledged = shownCount(funnel.pledged);
  if (pledged !== null) lines.push(t.t(lang, 'plan-closing-pledged', { count: fmt.format(pledged) }));
  content.tasks.forEach((task, i) => {
    const n = shownCount(funnel.tasks[i] ?? 0);
    if (n !== null && !isWithdrawn(plan, i + 1)) lines.push(t.t(lang, 'plan-closing-task', { count: fmt.format(n), task: task.title }));
  });
  const body = lines.length ? [t.t(lang, 'plan-closing-title', { title: content.title }), '', ...lines] : [t.t(lang, 'plan-closing-few', { title: content.title })];
  return { text: [...body, '', t.t(lang, 'plan-closing-thanks')].join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false };
}

/** The closing messages of a plan: its figures read once per batch, rendered once per language. */
export function closingMessages(deps: { counters: ReportCounters; translator: Translator }) {
  return async (plan: StoredPlan): Promise<(member: BatchMember) => Promise<OutMessage>> => {
    const { forum } = await planFunnels(deps.counters, plan, null);
    const cache = new Map<Language, OutMessage>();
    return async (member) => {
      let msg = cache.get(member.language);
      if (!msg) {
        msg = renderClosingMessage(plan, forum, member.language, deps.translator);
        cache.set(member.language, msg);
      }
      return msg;
    };
  };
}
