import type { StoredPlan } from '../plans/plan-types.js';
import type { ReportCounters } from './report-counters.js';
import type { PlanFunnel } from './report-types.js';

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
 * A plan's funnel for one audience and for the whole forum, from the exact counters the
 * checklist keeps. "Reached" comes from the frozen counters once the broadcast is over, and is
 * counted live from deliveries before that (a read never freezes: see CounterMaintenance).
 */
export async function planFunnels(
  counters: ReportCounters,
  plan: StoredPlan,
  audience: string | null,
): Promise<{ funnel: PlanFunnel; forum: PlanFunnel }> {
  const tasks = plan.content.en?.tasks.length ?? 0;
  const { rows, reachFrozen } = await counters.planCounters(plan.id);
  const funnel = emptyFunnel(tasks);
  const forum = emptyFunnel(tasks);
  for (const r of rows) {
    if (!reachFrozen && r.metric === 'reached') continue;
    add(forum, r.metric, r.n);
    if (r.audience === audience) add(funnel, r.metric, r.n);
  }
  if (!reachFrozen) {
    [funnel.reached, forum.reached] = await Promise.all([
      audience === null ? Promise.resolve(0) : counters.liveReached(plan.id, audience),
      counters.liveReached(plan.id, null),
    ]);
  }
  // A withdrawn task no longer counts: its ticks stay recorded, but no report shows it.
  if (plan.withdrawnTasks.length) funnel.withdrawn = forum.withdrawn = plan.withdrawnTasks;
  return { funnel: audience === null ? forum : funnel, forum };
}
