import type { Models } from '../db/models.js';
import type { StoredPlan } from '../plans/plan-types.js';
import type { PlanFunnel } from './report-types.js';

interface CounterRow {
  audience: string;
  metric: string;
  n: number;
}

/** Audience key of the marker saying a plan's "reached" counters are final. */
const FROZEN_MARK = '*';
const FROZEN_METRIC = 'reached_frozen';

/** An empty funnel for a plan of `tasks` tasks. */
function emptyFunnel(tasks: number): PlanFunnel {
  return { reached: 0, pledged: 0, tasks: new Array<number>(tasks).fill(0), completed: 0 };
}

function add(funnel: PlanFunnel, metric: string, n: number): void {
  if (metric === 'reached') funnel.reached += n;
  else if (metric === 'pledged') funnel.pledged += n;
  else if (metric === 'completed') funnel.completed += n;
  else if (metric.startsWith('task_')) {
    const i = Number(metric.slice(5)) - 1;
    if (Number.isInteger(i) && i >= 0 && i < funnel.tasks.length) funnel.tasks[i] = (funnel.tasks[i] ?? 0) + n;
  }
}

/**
 * Writes each audience's "reached" (deliveries sent) as counters once a broadcast is over, when
 * deliveries stop changing, so reports read a handful of counters instead of counting
 * deliveries. Idempotent: counts are set, not added, and the marker is written last.
 */
export async function freezeReach(db: Models, planId: string): Promise<void> {
  const rows = await db.Delivery.aggregate<{ _id: string; n: number }>([
    { $match: { planId, status: 'sent' } },
    { $group: { _id: '$audience', n: { $sum: 1 } } },
  ]);
  const set = (audience: string, metric: string, n: number) => ({
    updateOne: {
      filter: { _id: `${planId}|${audience}|${metric}` },
      update: { $set: { planId, audience, metric, n } },
      upsert: true,
    },
  });
  if (rows.length) await db.Counter.bulkWrite(rows.map((r) => set(r._id, 'reached', r.n)), { ordered: true });
  await db.Counter.bulkWrite([set(FROZEN_MARK, FROZEN_METRIC, 1)]);
}

/** Followers a plan reached so far in one audience (or all), counted live while it goes out. */
async function liveReached(db: Models, planId: string, audience: string | null): Promise<number> {
  return db.Delivery.countDocuments(audience === null ? { planId, status: 'sent' } : { planId, audience, status: 'sent' });
}

/**
 * A plan's funnel for one audience and for the whole forum, from the exact counters the
 * checklist keeps (one equality query on `planId`). "Reached" comes from the frozen counters
 * once the broadcast is over (freezing them now if that never happened), or live before.
 */
export async function planFunnels(
  db: Models,
  plan: StoredPlan,
  audience: string | null,
): Promise<{ funnel: PlanFunnel; forum: PlanFunnel }> {
  const tasks = plan.content.en?.tasks.length ?? 0;
  let rows = await db.Counter.find({ planId: plan.id }).select({ audience: 1, metric: 1, n: 1 }).lean<CounterRow[]>();
  let frozen = rows.some((r) => r.audience === FROZEN_MARK && r.metric === FROZEN_METRIC);
  if (!frozen && plan.status === 'published') {
    await freezeReach(db, plan.id);
    rows = await db.Counter.find({ planId: plan.id }).select({ audience: 1, metric: 1, n: 1 }).lean<CounterRow[]>();
    frozen = true;
  }
  const funnel = emptyFunnel(tasks);
  const forum = emptyFunnel(tasks);
  for (const r of rows) {
    if (r.audience === FROZEN_MARK || (!frozen && r.metric === 'reached')) continue;
    add(forum, r.metric, r.n);
    if (r.audience === audience) add(funnel, r.metric, r.n);
  }
  if (!frozen) {
    [funnel.reached, forum.reached] = await Promise.all([
      audience === null ? Promise.resolve(0) : liveReached(db, plan.id, audience),
      liveReached(db, plan.id, null),
    ]);
  }
  return { funnel: audience === null ? forum : funnel, forum };
}
