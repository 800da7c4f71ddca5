import type { Models } from '../db/models.js';
import type { PlanStore, StoredPlan } from './plan-types.js';
import { parsePlan, type PlanParseResult } from './plan-schema.js';

/** What publishing needs from the scheduler (agenda in production). */
export interface PublishScheduler {
  schedulePublish(planId: string, at: Date): Promise<void>;
  cancelPublish(planId: string): Promise<void>;
}

/** Outcome of an organiser action, with what to tell them (a locale key and its variables). */
export interface PlanActionResult {
  ok: boolean;
  key: string;
  vars: Record<string, string | number>;
}

/** Delivery totals of one plan's broadcast. */
export interface BroadcastStatus {
  sent: number;
  pending: number;
  failed: number;
  blocked: number;
}

/**
 * The organisers' side of plans, shared by chat commands and the CLI: validate, propose,
 * approve (a quorum of distinct organisers, since the forum has no head), publish now or at
 * a time, cancel, and status.
 */
export class PlanService {
  constructor(
    private readonly store: PlanStore,
    private readonly db: Models,
    readonly approvalsRequired: number,
    private readonly topics: readonly string[],
    private readonly scheduler: PublishScheduler,
    /** Wakes the broadcast worker when a plan starts publishing. */
    private readonly onPublishing: () => void = () => undefined,
  ) {}

  validate(yaml: string): PlanParseResult {
    return parsePlan(yaml, this.topics);
  }

  async propose(yaml: string, organiser: string): Promise<PlanActionResult> {
    const parsed = this.validate(yaml);
    if (!parsed.ok) return { ok: false, key: 'org-plan-invalid', vars: { errors: parsed.errors.join('\n') } };
    const saved = await this.store.propose(parsed.plan, organiser);
    if (!saved) return { ok: false, key: 'org-plan-locked', vars: { id: parsed.plan.id } };
    return { ok: true, key: 'org-plan-proposed', vars: { id: saved.id, required: this.approvalsRequired } };
  }

  async approve(planId: string, organiser: string): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if (plan.status !== 'proposed' && plan.status !== 'approved') {
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan.status } };
    }
    const count = await this.store.approve(planId, plan.revision, organiser);
    const required = this.approvalsRequired;
    if (count >= required) {
      await this.store.transition(planId, 'proposed', 'approved');
      if (plan.publishAt && plan.publishAt > new Date()) {
        const r = await this.publish(planId, plan.publishAt);
        if (r.ok) return r;
      }
      return { ok: true, key: 'org-plan-quorum', vars: { id: planId, required } };
    }
    return { ok: true, key: 'org-plan-approved', vars: { id: planId, count, required } };
  }

  /** Publishes now (`at` absent or past) or schedules it. Needs the approval quorum. */
  async publish(planId: string, at?: Date): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if (plan.status === 'proposed') {
      return { ok: false, key: 'org-plan-not-approved', vars: { id: planId, count: plan.approvals, required: this.approvalsRequired } };
    }
    if (plan.status !== 'approved' && plan.status !== 'scheduled') {
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan.status } };
    }
    if (at && at.getTime() > Date.now() + 30_000) {
      await this.store.transition(planId, plan.status, 'scheduled', { publishAt: at });
      await this.scheduler.schedulePublish(planId, at);
      return { ok: true, key: 'org-plan-scheduled', vars: { id: planId, at: at.toISOString().slice(0, 16).replace('T', ' ') } };
    }
    return this.startPublishing(planId, plan.status);
  }

  /** Moves a plan into publishing (the scheduled job calls this too); only one caller wins. */
  async startPublishing(planId: string, from: 'approved' | 'scheduled' = 'scheduled'): Promise<PlanActionResult> {
    const moved = await this.store.transition(planId, from, 'publishing', { publishedAt: new Date() });
    if (!moved) {
      const plan = await this.store.get(planId);
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan?.status ?? 'unknown' } };
    }
    await this.scheduler.cancelPublish(planId);
    this.onPublishing();
    return { ok: true, key: 'org-plan-publishing', vars: { id: planId } };
  }

  async cancel(planId: string): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if (plan.status === 'cancelled' || plan.status === 'published') {
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan.status } };
    }
    await this.store.transition(planId, plan.status, 'cancelled');
    await this.scheduler.cancelPublish(planId);
    return { ok: true, key: 'org-plan-cancelled', vars: { id: planId } };
  }

  /**
   * Delivery counts by status. Pending is everyone enqueued (the batches' sizes) without a
   * delivery record yet.
   */
  async broadcastStatus(planId: string): Promise<BroadcastStatus> {
    const count = (status: string) => this.db.Delivery.countDocuments({ planId, status });
    const [sent, failed, blocked] = await Promise.all(['sent', 'failed', 'blocked'].map(count));
    const batches = await this.db.BroadcastBatch.find({ planId }).select({ size: 1 }).lean<{ size?: number }[]>();
    const enqueued = batches.reduce((sum, b) => sum + (b.size ?? 0), 0);
    return { sent: sent!, pending: Math.max(0, enqueued - sent! - failed! - blocked!), failed: failed!, blocked: blocked! };
  }

  /** Status lines for one plan or all of them. */
  async status(planId?: string): Promise<{ plan: StoredPlan; broadcast: BroadcastStatus }[]> {
    const plans = planId ? [await this.store.get(planId)].filter((p): p is StoredPlan => p !== null) : await this.#all();
    return Promise.all(plans.map(async (plan) => ({ plan, broadcast: await this.broadcastStatus(plan.id) })));
  }

  async #all(): Promise<StoredPlan[]> {
    const ids = await this.db.Plan.find({}).sort({ createdAt: -1 }).limit(20).lean<{ planId: string }[]>();
    const plans = await Promise.all(ids.map((d) => this.store.get(d.planId)));
    return plans.filter((p): p is StoredPlan => p !== null);
  }
}
