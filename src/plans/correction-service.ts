import { closingBroadcastId, correctionBroadcastId, parseBroadcastId } from '../broadcast/broadcast-id.js';
import type { BroadcastPauses, BroadcastRuns, DeliveryLog } from '../broadcast/broadcast-ports.js';
import { planHasEnded } from './plan-life.js';
import { correctionProblems, parseCorrection, planChanges, type PendingCorrection, type PlanCorrections } from './plan-corrections.js';
import type { PlanActionResult } from './plan-service.js';
import type { PlanStore, StoredPlan } from './plan-types.js';
import { fixedQuorum, type PlanQuorum } from './plan-quorum.js';

/** What the correction service needs. */
export interface CorrectionDeps {
  plans: PlanStore;
  corrections: PlanCorrections;
  runs: BroadcastRuns;
  pauses: BroadcastPauses;
  deliveries: Pick<DeliveryLog, 'totals'>;
  /** The rule a correction must meet: the forum's (or CORRECTION_APPROVALS as a plain number); a number is that many distinct approvals. */
  quorum: number | PlanQuorum;
  topics: readonly string[];
  /** Wakes the broadcast worker when a broadcast starts or resumes. */
  onStarted?: () => void;
}

/** One broadcast of a plan, for status lines. */
export interface BroadcastLine {
  id: string;
  kind: string;
  paused: boolean;
  finished: boolean;
  sent: number;
  pending: number;
  failed: number;
  blocked: number;
}

const LIVE: ReadonlySet<string> = new Set(['publishing', 'published']);

/**
 * A plan's life after it went out: corrections (a new revision, approved by its own quorum, then
 * applied once and sent to everyone who got the plan), the closing results once it has ended, and
 * organisers' pause and resume of whichever broadcast of a plan is running.
 */
export class CorrectionService {
  readonly #quorum: PlanQuorum;

  constructor(private readonly deps: CorrectionDeps) {
    this.#quorum = typeof deps.quorum === 'number' ? fixedQuorum(deps.plans, deps.quorum) : deps.quorum;
  }

  /** Approvals the rule asks for now. */
  required(): Promise<number> {
    return this.#quorum.required();
  }

  /** Saves a correction of a live plan as its next revision, with no approvals yet. */
  async propose(yaml: string, organiser: string): Promise<PlanActionResult> {
    const parsed = parseCorrection(yaml, this.deps.topics);
    if (!parsed.ok) return { ok: false, key: 'org-plan-invalid', vars: { errors: parsed.errors.join('\n') } };
    const live = await this.deps.plans.get(parsed.plan.id);
    if (!live) return { ok: false, key: 'org-plan-unknown', vars: { id: parsed.plan.id } };
    if (!LIVE.has(live.status)) return { ok: false, key: 'org-correction-not-live', vars: { id: live.id } };
    if (planHasEnded(live)) return { ok: false, key: 'org-correction-ended', vars: { id: live.id } };
    const problems = correctionProblems(live, parsed.plan, parsed.withdraw);
    if (problems.length) return { ok: false, key: 'org-plan-invalid', vars: { errors: problems.join('\n') } };
    const changes = planChanges(live, parsed.plan, parsed.withdraw);
    if (!changes.length) return { ok: false, key: 'org-correction-same', vars: { id: live.id } };
    const { content, reminderAfterHours, endsAt } = parsed.plan;
    const saved = await this.deps.corrections.propose(
      { planId: live.id, base: live.revision, plan: { content, reminderAfterHours, endsAt }, withdraw: parsed.withdraw, changes, proposedBy: organiser },
      live.revision,
    );
    return { ok: true, key: 'org-correction-proposed', vars: { id: live.id, revision: saved.revision, required: await this.required() } };
  }

  /** Approves the newest correction of a live plan; at its quorum it is applied (once). */
  async approve(planId: string, organiser: string): Promise<PlanActionResult> {
    const c = await this.deps.corrections.newest(planId);
    const live = await this.deps.plans.get(planId);
    if (!c || !live || live.revision >= c.revision) return { ok: false, key: 'org-correction-none', vars: { id: planId } };
    await this.deps.plans.approve(planId, c.revision, organiser);
    const { approvals: count, required, objections, agreed } = await this.#quorum.tally(planId, c.revision);
    const vars = { id: planId, revision: c.revision, count, required };
    if (!agreed) return { ok: true, key: objections ? 'forum-plan-held' : 'org-correction-approved', vars: { ...vars, objections } };
    const applied = await this.applyIfDue(c);
    return applied === 'started' ? { ok: true, key: 'org-correction-applied', vars } : { ok: true, key: 'org-correction-approved', vars };
  }

  /**
   * Applies a correction that has its quorum: the plan takes its content (idempotent), its
   * withdrawn tasks are withdrawn (unique inserts), and its broadcast is started by a unique
   * insert, so whoever races (approvers, the job) it is sent once. A correction superseded by a
   * newer one, or not approved enough, is left alone.
   */
  async applyIfDue(c: PendingCorrection): Promise<'started' | 'already' | 'not-due'> {
    const { plans, corrections, runs } = this.deps;
    const live = await plans.get(c.planId);
    if (!live || !LIVE.has(live.status) || live.revision > c.revision) return 'not-due';
    if (!(await this.#quorum.tally(c.planId, c.revision)).agreed) return 'not-due';
    if (live.revision < c.revision) {
      if ((await corrections.newest(c.planId))?.revision !== c.revision) return 'not-due';
      if (!(await corrections.apply(c))) return 'not-due';
    }
    for (const task of c.withdraw) await plans.withdrawTask(c.planId, task, c.proposedBy);
    const started = await runs.start({ id: correctionBroadcastId(c.planId, c.revision), planId: c.planId, kind: 'correction', revision: c.revision });
    if (started) this.deps.onStarted?.();
    return started ? 'started' : 'already';
  }

  /**
   * The plans job: starts the closing broadcast of every plan that has ended (once, by a unique
   * insert), and finishes applying any correction that reached its quorum but was cut short.
   */
  async tick(now: Date = new Date()): Promise<{ closings: number; corrections: number }> {
    let closings = 0;
    let applied = 0;
    for (const status of ['publishing', 'published'] as const) {
      for (const plan of await this.deps.plans.withStatus(status)) {
        if (planHasEnded(plan, now) && (await this.#startClosing(plan))) closings++;
        const c = await this.deps.corrections.newest(plan.id);
        if (c && c.revision >= plan.revision && (await this.applyIfDue(c)) === 'started') applied++;
      }
    }
    return { closings, corrections: applied };
  }

  async #startClosing(plan: StoredPlan): Promise<boolean> {
    const started = await this.deps.runs.start({ id: closingBroadcastId(plan.id), planId: plan.id, kind: 'closing', revision: plan.revision });
    if (started) this.deps.onStarted?.();
    return started;
  }

  /** Pauses the running broadcast of a plan (or the broadcast id given): no new sends start until resumed. */
  async pause(target: string, organiser: string): Promise<PlanActionResult> {
    const id = await this.#runningOf(target);
    if (!id) return { ok: false, key: 'org-broadcast-not-running', vars: { id: target } };
    const paused = await this.deps.pauses.pause(id, organiser);
    return { ok: true, key: paused ? 'org-broadcast-paused' : 'org-broadcast-already-paused', vars: { id, plan: parseBroadcastId(id).planId } };
  }

  /** Resumes every paused broadcast of a plan (or the one given): sending continues where it stopped. */
  async resume(target: string): Promise<PlanActionResult> {
    const ids = target.includes('@') || target.includes('#') ? [target] : await this.#idsOf(target);
    let resumed = 0;
    for (const id of ids) if (await this.deps.pauses.resume(id)) resumed++;
    if (!resumed) return { ok: false, key: 'org-broadcast-not-paused', vars: { id: target } };
    this.deps.onStarted?.();
    return { ok: true, key: 'org-broadcast-resumed', vars: { id: target } };
  }

  /** Every broadcast of a plan: the first send, its corrections and its closing, with their totals. */
  async broadcasts(planId: string): Promise<BroadcastLine[]> {
    const plan = await this.deps.plans.get(planId);
    if (!plan) return [];
    const runs = await this.deps.runs.ofPlan(planId);
    const rows = [{ id: planId, kind: 'first', finished: plan.status === 'published' }, ...runs.map((r) => ({ id: r.id, kind: r.kind, finished: r.finishedAt !== null }))];
    return Promise.all(
      rows.map(async (r) => ({ ...r, paused: await this.deps.pauses.isPaused(r.id), ...(await this.deps.deliveries.totals(r.id)) })),
    );
  }

  async #idsOf(planId: string): Promise<string[]> {
    return [planId, ...(await this.deps.runs.ofPlan(planId)).map((r) => r.id)];
  }

  /** The broadcast of a plan being sent now: its first send while publishing, else its newest unfinished one. */
  async #runningOf(target: string): Promise<string | null> {
    if (target.includes('@') || target.includes('#')) {
      const run = await this.deps.runs.get(target);
      return run && !run.finishedAt ? run.id : null;
    }
    const plan = await this.deps.plans.get(target);
    if (!plan) return null;
    if (plan.status === 'publishing') return plan.id;
    const open = (await this.deps.runs.ofPlan(target)).filter((r) => !r.finishedAt);
    return open[open.length - 1]?.id ?? null;
  }
}
