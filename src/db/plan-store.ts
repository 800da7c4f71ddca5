import type { PlanFile } from '../plans/plan-schema.js';
import type { PlanStatus, PlanStore, StoredPlan } from '../plans/plan-types.js';
import { insertOnce } from './insert-once.js';
import type { Models } from './models.js';

interface PlanDoc extends Omit<StoredPlan, 'id' | 'publishAt' | 'endsAt'> {
  planId: string;
  publishAt: Date | null;
  endsAt: Date | null;
}

function toPlan(doc: PlanDoc): StoredPlan {
  return {
    id: doc.planId,
    topics: doc.topics,
    content: doc.content,
    reminderAfterHours: doc.reminderAfterHours,
    publishAt: doc.publishAt ?? undefined,
    endsAt: doc.endsAt ?? undefined,
    status: doc.status,
    proposedBy: doc.proposedBy,
    approvals: doc.approvals ?? 0,
    revision: doc.revision ?? 1,
    createdAt: doc.createdAt,
    publishedAt: doc.publishedAt ?? null,
    finishedAt: doc.finishedAt ?? null,
    enqueuedBatches: doc.enqueuedBatches ?? 0,
    enqueueDone: Boolean(doc.enqueueDone),
  };
}

/** How long a transition's claim may go without its status write before another caller finishes it. */
const STALE_CLAIM_MS = 60_000;

/** PlanStore on mongoose: plans and their approvals. */
export class MongoPlanStore implements PlanStore {
  constructor(readonly db: Models) {}

  async get(planId: string): Promise<StoredPlan | null> {
    const doc = await this.db.Plan.findOne({ planId: String(planId) }).lean<PlanDoc>();
    return doc ? toPlan(doc) : null;
  }

  /** Plans in one status (equality on an indexed field). */
  async withStatus(status: PlanStatus): Promise<StoredPlan[]> {
    const docs = await this.db.Plan.find({ status }).lean<PlanDoc[]>();
    return docs.map(toPlan);
  }

  async recent(limit: number): Promise<StoredPlan[]> {
    const docs = await this.db.Plan.find({}).sort({ createdAt: -1 }).limit(limit).lean<PlanDoc[]>();
    return docs.map(toPlan);
  }

  /**
   * Saves a proposal. A new id is created as proposed; re-proposing a plan that has not gone out
   * replaces its content and restarts approvals (a new revision). Returns null if it already went out.
   */
  async propose(plan: PlanFile, organiser: string): Promise<StoredPlan | null> {
    const existing = await this.get(plan.id);
    if (existing && !['proposed', 'approved', 'cancelled'].includes(existing.status)) return null;
    const fields = {
      topics: plan.topics,
      content: plan.content,
      reminderAfterHours: plan.reminderAfterHours,
      publishAt: plan.publishAt ?? null,
      endsAt: plan.endsAt ?? null,
      status: 'proposed',
      proposedBy: organiser,
      approvals: 0,
    };
    if (existing) {
      await this.db.Plan.updateOne({ planId: plan.id }, { $set: fields, $inc: { revision: 1 } });
    } else if (!(await insertOnce(this.db.Plan, { planId: plan.id, ...fields, createdAt: new Date(), revision: 1 }))) {
      return this.propose(plan, organiser);
    }
    return this.get(plan.id);
  }

  /** Records one organiser's approval (the unique index keeps one per revision) and returns the distinct count. */
  async approve(planId: string, revision: number, organiser: string): Promise<number> {
    await insertOnce(this.db.Approval, { planId, revision, organiser, at: new Date() });
    const count = await this.db.Approval.countDocuments({ planId, revision });
    // A copy for status lines; the quorum is decided on `count`, read from the approvals themselves.
    await this.db.Plan.updateOne({ planId, revision }, { $set: { approvals: count } });
    return count;
  }

  /**
   * Moves a plan on only from the expected status. Leaving a status is claimed once per revision
   * by a unique insert (a conditional update alone lets several FerretDB callers win); the status
   * write after it is bookkeeping. Staying put (rescheduling) needs no claim.
   */
  async transition(planId: string, from: PlanStatus, to: PlanStatus, extra: Record<string, unknown> = {}): Promise<boolean> {
    const plan = await this.get(planId);
    if (!plan || plan.status !== from) return false;
    const move = () => this.db.Plan.updateOne({ planId, status: from }, { $set: { status: to, ...extra } });
    if (from === to) return (await move()).matchedCount === 1;
    const claim = { _id: `${planId}|${plan.revision}|${from}`, to, at: new Date() };
    if (await insertOnce(this.db.PlanTransition, claim)) return (await move()).matchedCount === 1;
    // Someone else won. A claim of this very move left long without its write (its winner
    // stopped in between) is finished here, or the plan would stay at `from` for good; it
    // stays theirs. Not sooner: writing beside a live winner would make its own write miss.
    const held = await this.db.PlanTransition.findById(claim._id).lean<{ to: string; at: Date }>();
    if (held?.to === to && Date.now() - held.at.getTime() > STALE_CLAIM_MS) await move();
    return false;
  }
}
