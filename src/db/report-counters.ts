import type { CounterMaintenance, FollowerStateCount, JoinDayCount, PlanCounters, RecountSummary, ReportCounters } from '../reports/report-counters.js';
import { pendingDeltas, type CounterDelta } from './counter-deltas.js';
import { FOLD_BATCH, foldCounterDeltas } from './counter-fold.js';
import { rebuildFollowerStats } from './follower-stats.js';
import type { Models } from './models.js';
import { FROZEN_MARK, FROZEN_METRIC, freezeReach, recountPlan } from './plan-counters.js';

/**
 * Adds pending deltas (not yet folded) to the counts read from the rows, matching by the fields
 * `group` picks from a delta, so a report sees every move the moment its delta is in.
 */
function addPending<T extends { n: number }>(counted: T[], pending: readonly CounterDelta[], group: (fields: Record<string, unknown>) => Omit<T, 'n'>): T[] {
  const keyOf = (g: object) => JSON.stringify(g, Object.keys(g).sort());
  const byKey = new Map(counted.map((c) => { const { n: _n, ...g } = c; return [keyOf(g), c] as const; }));
  for (const d of pending) {
    const g = group(d.fields);
    const k = keyOf(g);
    const row = byKey.get(k) ?? ({ ...g, n: 0 } as T);
    row.n += d.n;
    byKey.set(k, row);
  }
  return [...byKey.values()];
}

interface StateGroup {
  _id: { status: string; blocked?: boolean | null; language: string; topics?: string[] | null };
  n: number;
}

/**
 * Report counters on mongoose: follower_stats, join_days and counters, read with equality
 * matches on indexed fields and $group with $sum only (what FerretDB 1.24 runs), plus the
 * pending deltas not yet folded into them (counter-deltas.ts); folded by `fold`, rebuilt from
 * the facts by `recount`. No write here moves a row by $inc.
 */
export class MongoReportCounters implements ReportCounters, CounterMaintenance {
  constructor(private readonly db: Models) {}

  async followerStates(audience: string | null): Promise<FollowerStateCount[]> {
    const match = audience === null ? [] : [{ $match: { audience: String(audience) } }];
    const rows = await this.db.FollowerStats.aggregate<StateGroup>([
      ...match,
      { $group: { _id: { status: '$status', blocked: '$blocked', language: '$language', topics: '$topics' }, n: { $sum: '$n' } } },
    ]);
    const states = rows.map(({ _id: g, n }) => ({ status: g.status, blocked: Boolean(g.blocked), language: g.language, topics: g.topics ?? [], n }));
    const pending = await pendingDeltas(this.db, 'follower_stats', audience === null ? {} : { audience: String(audience) });
    return addPending(states, pending, (f) => ({ status: String(f.status), blocked: Boolean(f.blocked), language: String(f.language), topics: (f.topics as string[]) ?? [] }));
  }

  async joinDays(audience: string | null): Promise<JoinDayCount[]> {
    const match = audience === null ? [] : [{ $match: { audience: String(audience) } }];
    const rows = await this.db.JoinDay.aggregate<{ _id: string; n: number }>([...match, { $group: { _id: '$day', n: { $sum: '$n' } } }]);
    const pending = await pendingDeltas(this.db, 'join_days', audience === null ? {} : { audience: String(audience) });
    return addPending(rows.map((r) => ({ day: r._id, n: r.n })), pending, (f) => ({ day: String(f.day) }));
  }

  async planCounters(planId: string): Promise<PlanCounters> {
    const rows = await this.db.Counter.find({ planId: String(planId) })
      .select({ audience: 1, metric: 1, n: 1 })
      .lean<{ audience: string; metric: string; n: number }[]>();
    const isMark = (r: { audience: string; metric: string }) => r.audience === FROZEN_MARK && r.metric === FROZEN_METRIC;
    const pending = await pendingDeltas(this.db, 'counters', { planId: String(planId) });
    const counted = rows.filter((r) => !isMark(r)).map((r) => ({ audience: r.audience, metric: r.metric, n: r.n }));
    return {
      rows: addPending(counted, pending, (f) => ({ audience: String(f.audience), metric: String(f.metric) })),
      reachFrozen: rows.some(isMark),
    };
  }

  liveReached(planId: string, audience: string | null): Promise<number> {
    return this.db.Delivery.countDocuments(audience === null ? { planId, status: 'sent' } : { planId, audience, status: 'sent' });
  }

  freezeReach(planId: string): Promise<void> {
    return freezeReach(this.db, planId);
  }

  /** Folds batch after batch while full ones come, for up to 45 s, so one run keeps up with a busy minute. */
  async fold(): Promise<number> {
    const until = Date.now() + 45_000;
    let total = 0;
    for (;;) {
      const folded = await foldCounterDeltas(this.db);
      total += folded;
      if (folded < FOLD_BATCH || Date.now() > until) return total;
    }
  }

  /**
   * Followers first (state and join-day counters in one pass), then each plan in turn. Plans
   * whose broadcast is over (published) get their reach frozen from the deliveries.
   */
  async recount(): Promise<RecountSummary> {
    const { followerStates, joinDays } = await rebuildFollowerStats(this.db);
    let plans = 0;
    let planCounters = 0;
    const cursor = this.db.Plan.find({}).select({ planId: 1, status: 1 }).lean<{ planId: string; status: string }[]>().cursor();
    for await (const p of cursor as AsyncIterable<{ planId: string; status: string }>) {
      planCounters += await recountPlan(this.db, p.planId, p.status === 'published');
      plans++;
    }
    return { followerStates, joinDays, plans, planCounters };
  }
}
