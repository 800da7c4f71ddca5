import { replaceCounterRows } from './counter-rows.js';
import type { CounterDelta } from './counter-deltas.js';
import { rebuildReplacingDeltas } from './counter-fold.js';
import type { Models } from './models.js';

/** Audience key and metric of the marker saying a plan's "reached" counters are final. */
export const FROZEN_MARK = '*';
export const FROZEN_METRIC = 'reached_frozen';

/** The `_id` of a plan's counter: `plan|audience|metric`. */
export function counterId(planId: string, audience: string, metric: string): string {
  return `${planId}|${audience}|${metric}`;
}

/** The delta moving one plan counter by `n`, recorded once under `id`. */
export function planCounterDelta(id: string, planId: string, audience: string, metric: string, n: number): CounterDelta {
  return { _id: id, target: 'counters', key: counterId(planId, audience, metric), n, fields: { planId, audience, metric }, audience, planId };
}

type Row = { planId: string; audience: string; metric: string; n: number };

/** Deliveries sent per audience of a plan (equality on planId and status, grouped by the server). */
export async function sentByAudience(db: Models, planId: string): Promise<{ _id: string; n: number }[]> {
  return db.Delivery.aggregate<{ _id: string; n: number }>([
    { $match: { planId, status: 'sent' } },
    { $group: { _id: '$audience', n: { $sum: 1 } } },
  ]);
}

/**
 * Writes each audience's "reached" (deliveries sent) as counters once a broadcast is over, when
 * deliveries stop changing, so reports read a handful of counters instead of counting
 * deliveries. Idempotent: counts are set, not added, and the marker is written last.
 */
export async function freezeReach(db: Models, planId: string): Promise<void> {
  const rows = await sentByAudience(db, planId);
  const set = (audience: string, metric: string, n: number) => ({
    updateOne: { filter: { _id: counterId(planId, audience, metric) }, update: { $set: { planId, audience, metric, n } }, upsert: true },
  });
  if (rows.length) await db.Counter.bulkWrite(rows.map((r) => set(r._id, 'reached', r.n)), { ordered: true });
  await db.Counter.bulkWrite([set(FROZEN_MARK, FROZEN_METRIC, 1)]);
}

/** pledged and completed per audience, from one streaming pass over the plan's pledges. */
async function countPledges(db: Models, planId: string, add: (audience: string, metric: string, n: number) => void): Promise<void> {
  const cursor = db.Pledge.find({ planId }).select({ audience: 1, completedAt: 1 }).lean<{ audience: string; completedAt: Date | null }[]>().cursor({ batchSize: 2000 });
  for await (const p of cursor as AsyncIterable<{ audience: string; completedAt: Date | null }>) {
    add(p.audience, 'pledged', 1);
    if (p.completedAt) add(p.audience, 'completed', 1);
  }
}

/**
 * Rebuilds one plan's counters from its facts: pledged and completed from pledges, task_N
 * from completions, and, once its broadcast is over (`finished`), reached from the deliveries
 * sent, with the frozen marker; the plan's pending deltas are replaced by the rebuilt rows.
 * Returns how many counter rows the plan has after.
 */
export function recountPlan(db: Models, planId: string, finished: boolean): Promise<number> {
  return rebuildReplacingDeltas(db, { target: 'counters', planId }, () => countPlan(db, planId, finished));
}

/** The plan's counters from its facts, written as its rows. */
async function countPlan(db: Models, planId: string, finished: boolean): Promise<number> {
  const rows = new Map<string, Row>();
  const add = (audience: string, metric: string, n: number) => {
    const id = counterId(planId, audience, metric);
    const row = rows.get(id) ?? { planId, audience, metric, n: 0 };
    row.n += n;
    rows.set(id, row);
  };
  await countPledges(db, planId, add);
  const ticks = await db.Completion.aggregate<{ _id: { audience: string; task: number }; n: number }>([
    // Ticks only: task 0 and -1 are the pledge's and completion's marks (see pledge-store.ts).
    { $match: { planId, task: { $gte: 1 } } },
    { $group: { _id: { audience: '$audience', task: '$task' }, n: { $sum: 1 } } },
  ]);
  for (const t of ticks) add(t._id.audience, `task_${t._id.task}`, t.n);
  if (finished) {
    for (const r of await sentByAudience(db, planId)) add(r._id, 'reached', r.n);
    add(FROZEN_MARK, FROZEN_METRIC, 1);
  }
  await replaceCounterRows(db.Counter, rows, { planId });
  return rows.size;
}
