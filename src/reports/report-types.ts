/** Whose figures a report covers: one influencer's audience, or the whole forum. */
export type ReportScope = { kind: 'audience'; code: string; displayName: string } | { kind: 'forum' };

/** Followers of a scope, as exact counts (suppression happens when a report is made safe). */
export interface FollowerFigures {
  joined: { all: number; last7: number; last30: number };
  /** Signed up, receiving plans, not blocked. */
  active: number;
  /** Started but have not finished signing up. */
  onboarding: number;
  optedOut: number;
  /** Blocked the bot (and did not opt out first). */
  blocked: number;
  /** Active followers by language and by topic, largest first. */
  languages: { key: string; n: number }[];
  topics: { key: string; n: number }[];
}

/** One plan's funnel in a scope, as exact counts. */
export interface PlanFunnel {
  reached: number;
  pledged: number;
  /** Followers who ticked each task (index 0 is task 1). */
  tasks: number[];
  /** Tasks (1-based) organisers withdrew: they no longer count, so reports leave them out. */
  withdrawn?: readonly number[];
  completed: number;
}

/** A plan as a report shows it: id, title per language, when it went out, its funnel. */
export interface PlanFigures {
  planId: string;
  titles: Record<string, string>;
  publishedAt: Date | null;
  funnel: PlanFunnel;
  /** The whole forum's funnel, beside an influencer's own (absent in the forum-wide report). */
  forum?: PlanFunnel;
}

/** Everything a reach report says, exact; never shown before `toSafeReport`. */
export interface ReachReport {
  scope: ReportScope;
  at: Date;
  followers: FollowerFigures;
  /** Plans that went out, newest first. */
  plans: PlanFigures[];
  /** Visits to the audience's public plan pages (audience reports, when pages are served). */
  pageVisits?: number;
}
