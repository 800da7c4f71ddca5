import type { Logger } from 'pino';
import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import { planIsOpen } from './plan-life.js';
import type { PlanActionResult } from './plan-service.js';
import { activeTasks } from './plan-life.js';
import type { PlanStore, PledgeStore } from './plan-types.js';

/** The end job's agenda name. */
export const PLAN_END_JOB = 'plans.end';
/** How often plans past their end date are looked for. */
export const PLAN_END_EVERY_MS = 60_000;

/** Ending plans, once. Implemented in src/db (plan-end-store.ts). */
export interface PlanEnding {
  /**
   * Ends a plan: the unique `<planId>|end` insert in plan_transitions decides it once, whoever
   * races; `endedAt` is then written on the plan as bookkeeping (again by a later call if a
   * crash came between). True only for the call that ended it.
   */
  end(planId: string, at: Date): Promise<boolean>;
  /** Followers with an open (pledged, unfinished) pledge on the plan, streamed, for settling completions after a withdrawal. */
  openPledgers(planId: string): AsyncIterable<{ followerId: string; audience: string }>;
}

/**
 * The organisers' changes to a plan's life that need no quorum: withdrawing a task (a petition
 * turned out to be a scam look-alike: it must stop now) and closing a plan early; and the
 * `plans.end` job that ends plans at their `endsAt`. Once ended, reminders stop and the
 * checklist answers that the plan has ended (the closing results are the broadcast's).
 */
export class PlanLife {
  constructor(
    private readonly plans: PlanStore,
    private readonly ending: PlanEnding,
    private readonly log: Logger,
    /** Set to settle, after a withdrawal, the pledges that are now complete. */
    private readonly pledges?: PledgeStore,
  ) {}

  /** Work started in the background (settling completions); tests wait on it. */
  settling: Promise<void> = Promise.resolve();

  /** Withdraws task `task` (1-based) of a sent or unsent plan, at once. */
  async withdraw(planId: string, task: number, organiser: string): Promise<PlanActionResult> {
    const plan = await this.plans.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    const total = plan.content.en?.tasks.length ?? 0;
    if (!Number.isInteger(task) || task < 1 || task > total) return { ok: false, key: 'org-withdraw-no-task', vars: { id: planId, total } };
    if (plan.withdrawnTasks.includes(task)) return { ok: false, key: 'org-withdraw-already', vars: { id: planId, task } };
    const withdrawn = await this.plans.withdrawTask(planId, task, organiser);
    if (!withdrawn) return { ok: false, key: 'org-withdraw-already', vars: { id: planId, task } };
    this.log.info({ plan: planId, task }, 'task withdrawn');
    this.settling = this.#settleCompletions(planId).catch((err: unknown) => this.log.warn({ plan: planId, err: (err as Error).message }, 'settling completions failed'));
    return { ok: true, key: 'org-withdraw-done', vars: { id: planId, task } };
  }

  /**
   * Someone who had done every task but the one withdrawn has now done them all: marks such
   * pledges complete (each decided once by the pledge store), so reports count them.
   */
  async #settleCompletions(planId: string): Promise<void> {
    const plan = await this.plans.get(planId);
    if (!plan || !this.pledges) return;
    const active = activeTasks(plan, plan.content.en?.tasks.length ?? 0);
    let settled = 0;
    for await (const p of this.ending.openPledgers(planId)) {
      const progress = await this.pledges.progress(planId, p.followerId);
      if (!active.every((n) => progress.done.includes(n))) continue;
      if (await this.pledges.setCompleted(planId, p.followerId, p.audience, true)) settled++;
    }
    if (settled) this.log.info({ plan: planId, settled }, 'pledges complete after a withdrawal');
  }

  /** Closes an open plan now, before its end date. */
  async close(planId: string): Promise<PlanActionResult> {
    const plan = await this.plans.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if (!planIsOpen(plan)) return { ok: false, key: 'org-close-not-open', vars: { id: planId, status: plan.status } };
    if (!(await this.ending.end(planId, new Date()))) return { ok: false, key: 'org-close-not-open', vars: { id: planId, status: plan.status } };
    this.log.info({ plan: planId }, 'plan closed early');
    return { ok: true, key: 'org-close-done', vars: { id: planId } };
  }

  /** Ends every sent plan whose end date has passed; returns how many this call ended. */
  async endDue(now = new Date()): Promise<number> {
    let ended = 0;
    for (const status of ['publishing', 'published'] as const) {
      for (const plan of await this.plans.withStatus(status)) {
        if (plan.endedAt || !plan.endsAt || plan.endsAt.getTime() > now.getTime()) continue;
        if (await this.ending.end(plan.id, plan.endsAt)) ended++;
      }
    }
    if (ended) this.log.info({ ended }, 'plans ended at their end date');
    return ended;
  }

  /** `plans.end`: marks plans past their end date as ended. */
  job() {
    return defineJob({
      name: PLAN_END_JOB,
      schema: z.object({}).passthrough(),
      concurrency: 1,
      every: PLAN_END_EVERY_MS,
      run: async () => {
        await this.endDue();
      },
    });
  }
}
