/** Followers counted in one state (summed over the audiences asked for). */
export interface FollowerStateCount {
  status: string;
  blocked: boolean;
  language: string;
  topics: string[];
  n: number;
}

/** Followers who joined on one UTC day (`YYYY-MM-DD`). */
export interface JoinDayCount {
  day: string;
  n: number;
}

/** One of a plan's counters: `pledged`, `completed`, `task_<n>` or `reached` in one audience. */
export interface PlanCounter {
  audience: string;
  metric: string;
  n: number;
}

/** A plan's counters, and whether its `reached` ones are final (frozen when its broadcast ended). */
export interface PlanCounters {
  rows: PlanCounter[];
  reachFrozen: boolean;
}

/**
 * What reports read: counters kept beside the facts they count, so a report reads a few hundred
 * rows instead of every follower. Read only: building a report never writes. Each count is its
 * row plus the moves not yet folded into it: a move is decided by a unique insert (its delta,
 * keyed by the fact that moved it), never by a conditional update or an upsert race, so
 * counters cannot drift under concurrent writers on any server.
 */
export interface ReportCounters {
  /** Follower state counters of one audience (or all, `null`), summed by state, for the followers section. */
  followerStates(audience: string | null): Promise<FollowerStateCount[]>;
  /** Joins per UTC day of one audience (or all), for "joined in the last 7/30 days". */
  joinDays(audience: string | null): Promise<JoinDayCount[]>;
  /** Every counter of one plan (all audiences), for its funnel. */
  planCounters(planId: string): Promise<PlanCounters>;
  /** Followers a plan reached so far in one audience (or all), counted from deliveries while it goes out. */
  liveReached(planId: string, audience: string | null): Promise<number>;
}

/** What one recount rebuilt: how many counter rows each collection holds after it. */
export interface RecountSummary {
  followerStates: number;
  joinDays: number;
  plans: number;
  planCounters: number;
}

/**
 * The counters' writes that are not part of the facts' own writes: freezing reach when a
 * broadcast is over, and rebuilding every counter from the facts.
 */
export interface CounterMaintenance {
  /** Writes a finished plan's "reached" counters from its deliveries, then marks them final; called when its broadcast ends. Idempotent. */
  freezeReach(planId: string): Promise<void>;
  /** Folds pending counter moves into their rows; the `counters.fold` job's run (one fold at a time, claimed by a unique insert). Returns moves folded. */
  fold(): Promise<number>;
  /** Rebuilds every counter from the facts (followers, pledges, completions, deliveries); run by `npm run recount` and the `counters.recount` job. */
  recount(): Promise<RecountSummary>;
}
