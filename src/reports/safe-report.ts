import { breakdownShown, shownCount, shownRate, suppressComplement } from './small-counts.js';
import type { FollowerFigures, PlanFigures, PlanFunnel, ReachReport, ReportScope } from './report-types.js';

/** A count as shown: the number rounded to 5, or null for "<10". */
export type Shown = number | null;

/**
 * A breakdown as shown: the named groups big enough to show, and everyone else together, so a
 * small group neither appears nor vanishes by name. Null in a report: the group is too small.
 */
export interface SafeBreakdown {
  /** Named groups, largest first, each a shown count. */
  groups: { key: string; n: number }[];
  /**
   * Languages: everyone in the smaller groups together, always a shown count (a smallest named
   * group is folded in when needed, so it is never a hidden cell beside a shown total).
   * Causes (which overlap): null, read as "others, fewer than 10 each".
   */
  others: Shown;
}

/** One step of a plan's funnel, ready to show: count, rate against the step it is measured from, forum rate. */
export interface SafeStage {
  stage: 'reached' | 'pledged' | 'task' | 'completed';
  /** Task number (1-based) for `task` stages. */
  task?: number;
  count: Shown;
  /** Which earlier stage the rate is measured against. */
  base: 'reached' | 'pledged' | null;
  rate: Shown;
  /** The whole forum's rate for the same step (influencer reports only). */
  forumRate?: Shown;
}

/** One plan, ready to show. */
export interface SafePlan {
  planId: string;
  titles: Record<string, string>;
  publishedAt: Date | null;
  stages: SafeStage[];
}

/** A report with every small count already hidden: the only thing renderers ever see. */
export interface SafeReport {
  scope: ReportScope;
  at: Date;
  followers: {
    joinedAll: Shown;
    joined7: Shown;
    joined30: Shown;
    active: Shown;
    onboarding: Shown;
    optedOut: Shown;
    blocked: Shown;
    /** Active followers by language, or null when too few for a breakdown. */
    languages: SafeBreakdown | null;
    /** Active followers by cause (one may follow several), or null when too few. */
    topics: SafeBreakdown | null;
  };
  plans: SafePlan[];
  /** Visits to the audience's plan pages, rounded; absent when pages are not counted. */
  pageVisits?: Shown;
}

function stages(f: PlanFunnel, forum: PlanFunnel | undefined): SafeStage[] {
  const stage = (
    kind: SafeStage['stage'],
    pick: (x: PlanFunnel) => number,
    base: SafeStage['base'],
    task?: number,
  ): SafeStage => {
    const baseOf = (x: PlanFunnel) => (base === 'reached' ? x.reached : x.pledged);
    // Per-task figures are a breakdown of those who pledged: only over a large enough group.
    const hidden = (x: PlanFunnel) => kind === 'task' && !breakdownShown(x.pledged);
    return {
      stage: kind,
      ...(task !== undefined ? { task } : {}),
      count: hidden(f) ? null : shownCount(pick(f)),
      base,
      rate: base && !hidden(f) ? shownRate(pick(f), baseOf(f)) : null,
      ...(forum ? { forumRate: base && !hidden(forum) ? shownRate(pick(forum), baseOf(forum)) : null } : {}),
    };
  };
  return [
    stage('reached', (x) => x.reached, null),
    stage('pledged', (x) => x.pledged, 'reached'),
    ...f.tasks.flatMap((_, i) => (f.withdrawn?.includes(i + 1) ? [] : [stage('task', (x) => x.tasks[i] ?? 0, 'pledged', i + 1)])),
    stage('completed', (x) => x.completed, 'pledged'),
  ];
}

/** One plan's funnel with small counts hidden and figures rounded (and the forum's rates beside it, if given). */
export function toSafePlan(p: PlanFigures): SafePlan {
  return { planId: p.planId, titles: p.titles, publishedAt: p.publishedAt, stages: stages(p.funnel, p.forum) };
}

/**
 * Languages, which add up to the active total: named when shown, the rest as "others"; when
 * "others" would be hidden, the smallest named group is folded into it, so nothing hidden is
 * left for the total minus the shown groups to give away.
 */
function languageBreakdown(active: number, xs: { key: string; n: number }[]): SafeBreakdown | null {
  if (!breakdownShown(active)) return null;
  const named = xs.filter((x) => shownCount(x.n) !== null).sort((a, b) => b.n - a.n);
  let rest = active - named.reduce((sum, x) => sum + x.n, 0);
  while (shownCount(rest) === null && named.length) rest += named.pop()!.n;
  return { groups: named.map((x) => ({ key: x.key, n: shownCount(x.n)! })), others: shownCount(rest) };
}

/** Causes, which overlap: the ones big enough to show, by name; the others are not named. */
function topicBreakdown(active: number, xs: { key: string; n: number }[]): SafeBreakdown | null {
  if (!breakdownShown(active)) return null;
  const named = xs.filter((x) => shownCount(x.n) !== null).sort((a, b) => b.n - a.n);
  return { groups: named.map((x) => ({ key: x.key, n: shownCount(x.n)! })), others: null };
}

/** Statuses, which add up to everyone who joined: complementary suppression among them. */
function statuses(f: FollowerFigures): Pick<SafeReport['followers'], 'active' | 'onboarding' | 'optedOut' | 'blocked'> {
  const [active, onboarding, optedOut, blocked] = suppressComplement([f.active, f.onboarding, f.optedOut, f.blocked].map(shownCount));
  return { active: active ?? null, onboarding: onboarding ?? null, optedOut: optedOut ?? null, blocked: blocked ?? null };
}

/** Rounds every count, hides the small ones and every rate or breakdown over a small group. */
export function toSafeReport(report: ReachReport): SafeReport {
  const f = report.followers;
  return {
    scope: report.scope,
    at: report.at,
    followers: {
      joinedAll: shownCount(f.joined.all),
      joined7: shownCount(f.joined.last7),
      joined30: shownCount(f.joined.last30),
      ...statuses(f),
      languages: languageBreakdown(f.active, f.languages),
      topics: topicBreakdown(f.active, f.topics),
    },
    plans: report.plans.map(toSafePlan),
    ...(report.pageVisits !== undefined ? { pageVisits: shownCount(report.pageVisits) } : {}),
  };
}
