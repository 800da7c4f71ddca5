import type { PageVisits } from './page-visits.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import { followerFigures } from './follower-figures.js';
import { planFunnels } from './plan-figures.js';
import type { ReportCounters } from './report-counters.js';
import type { PlanFigures, ReachReport, ReportScope } from './report-types.js';

/** Plans that went out (or are going out), newest first: two equality queries on `status`. */
export async function sentPlans(plans: PlanStore): Promise<StoredPlan[]> {
  const [published, publishing] = await Promise.all([plans.withStatus('published'), plans.withStatus('publishing')]);
  const when = (p: StoredPlan) => (p.publishedAt ?? p.createdAt).getTime();
  return [...publishing, ...published].sort((a, b) => when(b) - when(a));
}

/** A plan's title in each language it was written in. */
export function planTitles(plan: StoredPlan): Record<string, string> {
  return Object.fromEntries(Object.entries(plan.content).map(([lang, c]) => [lang, c?.title ?? plan.id]));
}

/**
 * The reach report of one influencer's audience (with the forum's plan figures beside it) or of
 * the whole forum: exact counts from aggregations and counters, never a list of people.
 */
export async function audienceReachReport(
  counters: ReportCounters,
  plans: PlanStore,
  scope: ReportScope,
  now = new Date(),
  /** Plan page visits, counted for audience reports when the pages are served. */
  visits?: Pick<PageVisits, 'count'>,
): Promise<ReachReport> {
  const audience = scope.kind === 'audience' ? scope.code : null;
  const [followers, list] = await Promise.all([followerFigures(counters, audience, now), sentPlans(plans)]);
  const figures = await Promise.all(
    list.map(async (plan): Promise<PlanFigures> => {
      const { funnel, forum } = await planFunnels(counters, plan, audience);
      return { planId: plan.id, titles: planTitles(plan), publishedAt: plan.publishedAt, funnel, ...(audience !== null ? { forum } : {}) };
    }),
  );
  const pageVisits = audience !== null && visits ? await visits.count(audience) : undefined;
  return { scope, at: now, followers, plans: figures, ...(pageVisits !== undefined ? { pageVisits } : {}) };
}
