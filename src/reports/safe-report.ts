import { shownCount, shownRate } from './small-counts.js';
import type { PlanFigures, PlanFunnel, ReachReport, ReportScope } from './report-types.js';

/** A count as shown: the number, or null for "<5". */
export type Shown = number | null;

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
    languages: { key: string; n: Shown }[];
    topics: { key: string; n: Shown }[];
  };
  plans: SafePlan[];
}

function stages(f: PlanFunnel, forum: PlanFunnel | undefined): SafeStage[] {
  const stage = (
    kind: SafeStage['stage'],
    pick: (x: PlanFunnel) => number,
    base: SafeStage['base'],
    task?: number,
  ): SafeStage => {
    const baseOf = (x: PlanFunnel) => (base === 'reached' ? x.reached : x.pledged);
    return {
      stage: kind,
      ...(task !== undefined ? { task } : {}),
      count: shownCount(pick(f)),
      base,
      rate: base ? shownRate(pick(f), baseOf(f)) : null,
      ...(forum ? { forumRate: base ? shownRate(pick(forum), baseOf(forum)) : null } : {}),
    };
  };
  return [
    stage('reached', (x) => x.reached, null),
    stage('pledged', (x) => x.pledged, 'reached'),
    ...f.tasks.map((_, i) => stage('task', (x) => x.tasks[i] ?? 0, 'pledged', i + 1)),
    stage('completed', (x) => x.completed, 'pledged'),
  ];
}

/** One plan's funnel with small counts hidden (and the forum's rates beside it, if given). */
export function toSafePlan(p: PlanFigures): SafePlan {
  return { planId: p.planId, titles: p.titles, publishedAt: p.publishedAt, stages: stages(p.funnel, p.forum) };
}

/** Hides every count below 5 and every rate over a small group. */
export function toSafeReport(report: ReachReport): SafeReport {
  const f = report.followers;
  const list = (xs: { key: string; n: number }[]) => xs.filter((x) => x.n > 0).map((x) => ({ key: x.key, n: shownCount(x.n) }));
  return {
    scope: report.scope,
    at: report.at,
    followers: {
      joinedAll: shownCount(f.joined.all),
      joined7: shownCount(f.joined.last7),
      joined30: shownCount(f.joined.last30),
      active: shownCount(f.active),
      onboarding: shownCount(f.onboarding),
      optedOut: shownCount(f.optedOut),
      blocked: shownCount(f.blocked),
      languages: list(f.languages),
      topics: list(f.topics),
    },
    plans: report.plans.map(toSafePlan),
  };
}
