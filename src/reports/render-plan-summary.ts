import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { formatCount, formatRate, planTitle } from './report-format.js';
import type { SafePlan } from './safe-report.js';

/** The short message an influencer gets when a plan's broadcast has ended. */
export function renderPlanSummary(plan: SafePlan, forum: SafePlan, t: Translator, lang: Language): OutMessage {
  const reached = plan.stages.find((s) => s.stage === 'reached');
  const pledged = plan.stages.find((s) => s.stage === 'pledged');
  const forumReached = forum.stages.find((s) => s.stage === 'reached');
  const rate = pledged?.rate ?? null;
  const lines = [
    t.t(lang, 'report-summary-title', { title: planTitle(plan.titles, lang, plan.planId) }),
    t.t(lang, 'report-summary-audience', {
      reached: formatCount(lang, reached?.count ?? null),
      pledged: formatCount(lang, pledged?.count ?? null),
    }),
    ...(rate !== null ? [t.t(lang, 'report-summary-rate', { pct: formatRate(t, lang, rate) })] : []),
    t.t(lang, 'report-summary-forum', { reached: formatCount(lang, forumReached?.count ?? null) }),
    t.t(lang, 'report-summary-footer'),
  ];
  return { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false };
}
