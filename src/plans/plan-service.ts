import type { BroadcastProgress, BroadcastTotals, PlanStore, StoredPlan } from './plan-types.js';
import { parsePlan, type PlanParseResult } from './plan-schema.js';
import { fixedQuorum, type PlanQuorum } from './plan-quorum.js';

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
export type BroadcastStatus = BroadcastTotals;

/** How many plans the status overview lists. */
const STATUS_PLANS = 20;

/**
 * The organisers' side of plans, shared by chat commands and the CLI: validate, propose,
 * approve (a quorum of distinct organisers, since the forum has no head), publish now or at
 * a time, cancel, and status.
 */
export class PlanService {
  /** The forum's quorum rule (a plain number is APPROVALS_REQUIRED: that many distinct approvals, no objections). */
  readonly quorum: PlanQuorum;
  /** Approves corrections of plans that went out (see CorrectionService): /approve <id> on a live plan approves its newest correction. */
  corrections?: { approve(planId: string, organiser: string): Promise<PlanActionResult> };

  constructor(
    private readonly store: PlanStore,
    private readonly broadcasts: BroadcastProgress,
    quorum: number | PlanQuorum,
    private readonly topics: readonly string[],
    private readonly scheduler: PublishScheduler,
    /** Wakes the broadcast worker when a plan starts publishing. */
    private readonly onPublishing: () => void = () => undefined,
  ) {
    this.quorum = typeof quorum === 'number' ? fixedQuorum(store, quorum) : quorum;
  }

  /** Approvals the rule asks for now. */
  required(): Promise<number> {
    return this.quorum.required();
  }

  /** The guard every move towards followers takes: the rule holds for that revision when the move is claimed. */
  #agreed(planId: string): (revision: number) => Promise<boolean> {
    return async (revision) => (await this.quorum.tally(planId, revision)).agreed;
  }

  validate(yaml: string): PlanParseResult {
    return parsePlan(yaml, this.topics);
  }

  async propose(yaml: string, organiser: string): Promise<PlanActionResult> {
    const parsed = this.validate(yaml);
    if (!parsed.ok) return { ok: false, key: 'org-plan-invalid', vars: { errors: parsed.errors.join('\n') } };
    const saved = await this.store.propose(parsed.plan, organiser);
    if (!saved) {
      const now = await this.store.get(parsed.plan.id);
      const busy = now && ['proposed', 'approved', 'cancelled'].includes(now.status);
      return { ok: false, key: busy ? 'org-plan-busy' : 'org-plan-locked', vars: { id: parsed.plan.id } };
    }
    return { ok: true, key: 'org-plan-proposed', vars: { id: saved.id, required: await this.required() } };
  }

  /**
   * Approves the plan's current revision. The approval counts for that revision only; when it
   * makes the quorum, the move to approved is claimed for that revision and re-checks its count.
   */
  async approve(planId: string, organiser: string): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if ((plan.status === 'publishing' || plan.status === 'published') && this.corrections) return this.corrections.approve(planId, organiser);
    if (plan.status !== 'proposed' && plan.status !== 'approved') {
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan.status } };
    }
    const { revision } = plan;
    await this.store.approve(planId, revision, organiser);
    const { approvals: count, required, objections, agreed } = await this.quorum.tally(planId, revision);
    if (!agreed) {
      const vars = { id: planId, count, required, objections };
      return { ok: true, key: objections ? 'forum-plan-held' : 'org-plan-approved', vars };
    }
    await this.store.transition(planId, 'proposed', 'approved', {}, { revision, agreed: this.#agreed(planId) });
    const now = await this.store.get(planId);
    if (!now || now.revision !== revision) return { ok: false, key: 'org-plan-revised', vars: { id: planId } };
    if (now.status === 'approved' && now.publishAt && now.publishAt > new Date()) {
      const r = await this.publish(planId, now.publishAt);
      if (r.ok) return r;
    }
    return { ok: true, key: 'org-plan-quorum', vars: { id: planId, required } };
  }

  /** Publishes now (`at` absent or past) or schedules it. Needs the approval quorum of the current revision. */
  async publish(planId: string, at?: Date): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return { ok: false, key: 'org-plan-unknown', vars: { id: planId } };
    if (plan.status === 'proposed') return this.#notApproved(planId, plan.revision);
    if (plan.status !== 'approved' && plan.status !== 'scheduled') {
      return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan.status } };
    }
    if (at && at.getTime() > Date.now() + 30_000) {
      const guard = { revision: plan.revision, agreed: this.#agreed(planId) };
      if (!(await this.store.transition(planId, plan.status, 'scheduled', { publishAt: at }, guard))) return this.#refused(planId);
      await this.scheduler.schedulePublish(planId, at);
      return { ok: true, key: 'org-plan-scheduled', vars: { id: planId, at: at.toISOString().slice(0, 16).replace('T', ' ') } };
    }
    return this.startPublishing(planId, plan.status);
  }

  /**
   * Moves a plan into publishing (the scheduled job calls this too); only one caller wins, and
   * only if the revision being sent has its own quorum when the move is claimed.
   */
  async startPublishing(planId: string, from: 'approved' | 'scheduled' = 'scheduled'): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (!plan) return this.#refused(planId);
    const tally = await this.quorum.tally(planId, plan.revision);
    const extra = { publishedAt: new Date(), agreedBy: tally.approvals, agreedAt: new Date() };
    const moved = await this.store.transition(planId, from, 'publishing', extra, { revision: plan.revision, agreed: this.#agreed(planId) });
    if (!moved) return this.#refused(planId);
    await this.scheduler.cancelPublish(planId);
    this.onPublishing();
    return { ok: true, key: 'org-plan-publishing', vars: { id: planId } };
  }

  /** Why a move was refused, as the plan now stands. */
  async #refused(planId: string): Promise<PlanActionResult> {
    const plan = await this.store.get(planId);
    if (plan && plan.status !== 'publishing' && plan.status !== 'published' && !(await this.quorum.tally(planId, plan.revision)).agreed) {
      return this.#notApproved(planId, plan.revision);
    }
    return { ok: false, key: 'org-plan-bad-state', vars: { id: planId, status: plan?.status ?? 'unknown' } };
  }

  async #notApproved(planId: string, revision: number): Promise<PlanActionResult> {
    const { approvals: count, required, objections } = await this.quorum.tally(planId, revision);
    if (objections) return { ok: false, key: 'forum-plan-held', vars: { id: planId, count, required, objections } };
    return { ok: false, key: 'org-plan-not-approved', vars: { id: planId, count, required } };
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

  /** Delivery counts by outcome; pending is everyone enqueued without an outcome yet. */
  broadcastStatus(planId: string): Promise<BroadcastStatus> {
    return this.broadcasts.totals(planId);
  }

  /** Status lines for one plan or the newest ones. */
  async status(planId?: string): Promise<{ plan: StoredPlan; broadcast: BroadcastStatus }[]> {
    const one = planId ? await this.store.get(planId) : null;
    const plans = planId ? (one ? [one] : []) : await this.store.recent(STATUS_PLANS);
    return Promise.all(plans.map(async (plan) => ({ plan, broadcast: await this.broadcastStatus(plan.id) })));
  }
}
