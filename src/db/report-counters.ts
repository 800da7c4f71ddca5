import type { CounterMaintenance, FollowerStateCount, JoinDayCount, PlanCounters, RecountSummary, ReportCounters } from '../reports/report-counters.js';
import { rebuildFollowerStats } from './follower-stats.js';
import type { Models } from './models.js';
import { FROZEN_MARK, FROZEN_METRIC, freezeReach, recountPlan } from './plan-counters.js';

interface StateGroup {
  _id: { status: string; blocked?: boolean | null; language: string; topics?: string[] | null };
  n: number;
}

/**
 * Report counters on mongoose: follower_stats, join_days and counters, read with equality
 * matches on indexed fields and $group with $sum only (what FerretDB 1.24 runs), and rebuilt
 * from the facts by `recount`.
 */
export class MongoReportCounters implements ReportCounters, CounterMaintenance {
  constructor(private readonly db: Models) {}

  async followerStates(audience: string | null): Promise<FollowerStateCount[]> {
    const match = audience === null ? [] : [{ $match: { audience: String(audience) } }];
    const rows = await this.db.FollowerStats.aggregate<StateGroup>([
      ...match,
      { $group: { _id: { status: '$status', blocked: '$blocked', language: '$language', topics: '$topics' }, n: { $sum: '$n' } } },
    ]);
    return rows.map(({ _id: g, n }) => ({ status: g.status, blocked: Boolean(g.blocked), language: g.language, topics: g.topics ?? [], n }));
  }

  async joinDays(audience: string | null): Promise<JoinDayCount[]> {
    const match = audience === null ? [] : [{ $match: { audience: String(audience) } }];
    const rows = await this.db.JoinDay.aggregate<{ _id: string; n: number }>([...match, { $group: { _id: '$day', n: { $sum: '$n' } } }]);
    return rows.map((r) => ({ day: r._id, n: r.n }));
  }

  async planCounters(planId: string): Promise<PlanCounters> {
    const rows = await this.db.Counter.find({ planId: String(planId) })
      .select({ audience: 1, metric: 1, n: 1 })
      .lean<{ audience: string; metric: string; n: number }[]>();
    const isMark = (r: { audience: string; metric: string }) => r.audience === FROZEN_MARK && r.metric === FROZEN_METRIC;
    return {
      rows: rows.filter((r) => !isMark(r)).map((r) => ({ audience: r.audience, metric: r.metric, n: r.n })),
      reachFrozen: rows.some(isMark),
    };
  }

  liveReached(planId: string, audience: string | null): Promise<number> {
    return this.db.Delivery.countDocuments(audience === null ? { planId, status: 'sent' } : { planId, audience, status: 'sent' });
  }

  freezeReach(planId: string): Promise<void> {
    return freezeReach(this.db, planId);
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
