import type { StoredPlan } from '../plans/plan-types.js';
import type { TaskFigures } from '../plans/render-checklist.js';
import type { ReportCounters } from './report-counters.js';
import { shownCount } from './small-counts.js';

/** How long a plan's figures are reused in one process: ticks edit messages often, the figures move slowly. */
export const TASK_FIGURES_TTL_MS = 60_000;

/**
 * The checklist's "1.2K done" per task: the forum-wide task counters (one read of the plan's
 * counters per render at most, cached briefly per plan), made safe as reports are (rounded to
 * 5, nothing under 10 shown); withdrawn tasks get none.
 */
export class CachedTaskFigures implements TaskFigures {
  readonly #cache = new Map<string, { at: number; totals: Promise<Map<number, number>> }>();

  constructor(
    private readonly counters: Pick<ReportCounters, 'planCounters'>,
    private readonly ttlMs = TASK_FIGURES_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async shown(plan: Pick<StoredPlan, 'id' | 'withdrawnTasks'>): Promise<ReadonlyMap<number, number | null>> {
    const totals = await this.#totals(plan.id);
    const out = new Map<number, number | null>();
    for (const [task, n] of totals) if (!plan.withdrawnTasks.includes(task)) out.set(task, shownCount(n));
    return out;
  }

  #totals(planId: string): Promise<Map<number, number>> {
    const hit = this.#cache.get(planId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.totals;
    const totals = this.counters.planCounters(planId).then(({ rows }) => {
      const byTask = new Map<number, number>();
      for (const r of rows) {
        const task = r.metric.startsWith('task_') ? Number(r.metric.slice(5)) : NaN;
        if (Number.isInteger(task) && task > 0) byTask.set(task, (byTask.get(task) ?? 0) + r.n);
      }
      return byTask;
    });
    totals.catch(() => this.#cache.delete(planId));
    if (this.#cache.size > 200) this.#cache.clear();
    this.#cache.set(planId, { at: this.now(), totals });
    return totals;
  }
}
