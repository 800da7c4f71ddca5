import type { StoredPlan } from './plan-types.js';

/*
 * A plan's life as followers see it. A plan is open from the moment it starts going out until it
 * ends: at its `endsAt`, or earlier when organisers close it (`endedAt`). Being open is not a
 * status of its own, so it never races the broadcast's publishing → published move.
 *
 * Task numbers are stable for the whole life of a plan: a correction may reword or replace a
 * task in place and append new ones, and a task removed is withdrawn (it keeps its number, so
 * ticks already made and buttons already sent still mean the same task).
 */

/** Statuses in which a plan has been (or is being) sent to followers. */
const SENT: ReadonlySet<string> = new Set(['publishing', 'published']);

/** True while followers can act on the plan: sent, not closed, and its end not reached. */
export function planIsOpen(plan: Pick<StoredPlan, 'status' | 'endsAt' | 'endedAt'>, now: Date = new Date()): boolean {
  if (!SENT.has(plan.status) || plan.endedAt) return false;
  return !plan.endsAt || plan.endsAt.getTime() > now.getTime();
}

/** True once the plan went out and has since ended (closed, or past its end date). */
export function planHasEnded(plan: Pick<StoredPlan, 'status' | 'endsAt' | 'endedAt'>, now: Date = new Date()): boolean {
  return SENT.has(plan.status) && !planIsOpen(plan, now);
}

/** True if organisers withdrew this task (1-based). */
export function isWithdrawn(plan: Pick<StoredPlan, 'withdrawnTasks'>, task: number): boolean {
  return plan.withdrawnTasks.includes(task);
}

/** The task numbers (1-based) still in force out of `total`. */
export function activeTasks(plan: Pick<StoredPlan, 'withdrawnTasks'>, total: number): number[] {
  return Array.from({ length: total }, (_, i) => i + 1).filter((t) => !isWithdrawn(plan, t));
}
