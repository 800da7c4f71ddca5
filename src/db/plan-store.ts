import type { PlanFile } from '../plans/plan-schema.js';
import type { PlanStatus, PlanStore, StoredPlan, TransitionGuard } from '../plans/plan-types.js';
import type { TranslationReviewStore } from '../plans/translation-review.js';
import { insertOnce } from './insert-once.js';
import type { Models } from './models.js';

interface PlanDoc extends Omit<StoredPlan, 'id' | 'publishAt' | 'endsAt' | 'withdrawnTasks' | 'endedAt'> {
  planId: string;
  publishAt: Date | null;
  endsAt: Date | null;
  endedAt?: Date | null;
}

function toPlan(doc: PlanDoc, approvals: number, withdrawnTasks: number[]): StoredPlan {
  return {
    id: doc.planId,
    topics: doc.topics,
    content: doc.content,
    reminderAfterHours: doc.reminderAfterHours,
    publishAt: doc.publishAt ?? undefined,
    endsAt: doc.endsAt ?? undefined,
    status: doc.status,
    proposedBy: doc.proposedBy,
    approvals,
    revision: doc.revision ?? 1,
    createdAt: doc.createdAt,
    publishedAt: doc.publishedAt ?? null,
    finishedAt: doc.finishedAt ?? null,
    enqueuedBatches: doc.enqueuedBatches ?? 0,
    enqueueDone: Boolean(doc.enqueueDone),
    withdrawnTasks,
    endedAt: doc.endedAt ?? null,
    agreedBy: doc.agreedBy ?? null,
    agreedAt: doc.agreedAt ?? null,
    meeting: doc.meeting ?? null,
  };
}

/** How long a transition's claim may go without its status write before another caller finishes it. */
const STALE_CLAIM_MS = 60_000;
/** Statuses a plan may be proposed again from (it has not gone out). */
const REPROPOSABLE: readonly PlanStatus[] = ['proposed', 'approved', 'cancelled'];
/** How often, and how long apart, a re-proposal waits for another caller's claimed write. */
const PROPOSE_ATTEMPTS = 40;
const PROPOSE_WAIT_MS = 50;

/** PlanStore on mongoose: plans and their approvals. */
export class MongoPlanStore implements PlanStore {
  constructor(
    readonly db: Models,
    /** Given (TRANSLATION_REVIEW), each plan carries the languages approved for its revision, and only those go out. */
    private readonly reviews?: TranslationReviewStore,
  ) {}

  async get(planId: string): Promise<StoredPlan | null> {
    const doc = await this.db.Plan.findOne({ planId: String(planId) }).lean<PlanDoc>();
    return doc ? this.#toPlan(doc) : null;
  }

  /** Plans in one status (equality on an indexed field). */
  async withStatus(status: PlanStatus): Promise<StoredPlan[]> {
    const docs = await this.db.Plan.find({ status }).lean<PlanDoc[]>();
    return Promise.all(docs.map((d) => this.#toPlan(d)));
  }

  async recent(limit: number): Promise<StoredPlan[]> {
    const docs = await this.db.Plan.find({}).sort({ createdAt: -1 }).limit(limit).lean<PlanDoc[]>();
    return Promise.all(docs.map((d) => this.#toPlan(d)));
  }

  /**
   * A plan as plain data, its approvals counted for its revision and its withdrawn tasks read from
   * their own records (no copy on the plan to go stale, or to be lost to a concurrent write-back).
   */
  async #toPlan(doc: PlanDoc): Promise<StoredPlan> {
    const [approvals, withdrawn, reviewed] = await Promise.all([
      this.countApprovals(doc.planId, doc.revision ?? 1),
      this.db.TaskWithdrawal.find({ planId: doc.planId }, { task: 1 }).lean<{ task: number }[]>(),
      this.reviews?.approved(doc.planId, doc.revision ?? 1),
    ]);
    const plan = toPlan(doc, approvals, withdrawn.map((w) => w.task).sort((a, b) => a - b));
    return reviewed ? { ...plan, reviewedLanguages: reviewed } : plan;
  }

  /** Withdraws a task: the unique `<planId>|<task>` insert decides it once, whoever races. */
  async withdrawTask(planId: string, task: number, organiser: string): Promise<boolean> {
    if (!Number.isInteger(task) || task < 1) return false;
    const doc = await this.db.Plan.findOne({ planId: String(planId) }, { content: 1 }).lean<Pick<PlanDoc, 'content'>>();
    if (!doc || task > (doc.content.en?.tasks.length ?? 0)) return false;
    return insertOnce(this.db.TaskWithdrawal, { _id: `${planId}|${task}`, planId, task, organiser, at: new Date() });
  }

  /**
   * Saves a proposal. A new id is created as proposed; re-proposing a plan that has not gone out
   * replaces its content in a new revision, whose approvals start at zero. Re-proposing claims
   * leaving the current status in the current revision, the same claim an approval's or a
   * publish's move takes, so a revision is either moved on or replaced, never both. Returns null
   * if the plan already went out, or if another caller kept the claim for the whole wait.
   */
  async propose(plan: PlanFile, organiser: string, attempt = 0): Promise<StoredPlan | null> {
    const existing = await this.get(plan.id);
    if (existing && !REPROPOSABLE.includes(existing.status)) return null;
    const fields = {
      topics: plan.topics,
      content: plan.content,
      reminderAfterHours: plan.reminderAfterHours,
      publishAt: plan.publishAt ?? null,
      endsAt: plan.endsAt ?? null,
      status: 'proposed',
      proposedBy: organiser,
    };
    if (!existing) {
      if (await insertOnce(this.db.Plan, { planId: plan.id, ...fields, createdAt: new Date(), revision: 1 })) return this.get(plan.id);
      return this.propose(plan, organiser, attempt);
    }
    const key = leaveKey(plan.id, existing.revision, existing.status);
    if (await insertOnce(this.db.PlanTransition, { _id: key, to: 'proposed', at: new Date() })) {
      return this.#writeRevision(plan.id, existing.revision, fields);
    }
    // Someone else is moving or replacing this revision: wait for their write, then try from
    // wherever the plan got to. A re-proposal that stopped after its claim is released here.
    if (attempt >= PROPOSE_ATTEMPTS) return null;
    await releaseStaleReproposal(this.db, key);
    await sleep(PROPOSE_WAIT_MS);
    return this.propose(plan, organiser, attempt + 1);
  }

  /** Writes revision `from + 1` over revision `from` (claimed), again if a concurrent write lost it. */
  async #writeRevision(planId: string, from: number, fields: Record<string, unknown>): Promise<StoredPlan | null> {
    const revision = from + 1;
    for (let i = 0; i < 3; i++) {
      // FerretDB writes a whole document back, so a concurrent write may undo this one; check.
      await this.db.Plan.updateOne({ planId, revision: from }, { $set: { ...fields, revision } });
      const saved = await this.get(planId);
      if (saved && saved.revision >= revision) return saved;
    }
    throw new Error(`plan ${planId}: revision ${revision} could not be written`);
  }

  /** Records one organiser's approval (the unique index keeps one per revision) and returns the distinct count. */
  async approve(planId: string, revision: number, organiser: string): Promise<number> {
    await insertOnce(this.db.Approval, { planId, revision, organiser, at: new Date() });
    return this.countApprovals(planId, revision);
  }

  /** Who approved this revision (their keys), for the forum's quorum rule. */
  async approvers(planId: string, revision: number): Promise<string[]> {
    const docs = await this.db.Approval.find({ planId, revision }, { _id: 0, organiser: 1 }).lean<{ organiser: string }[]>();
    return docs.map((d) => d.organiser);
  }

  /** Distinct organisers who approved this revision, counted from the approvals themselves. */
  countApprovals(planId: string, revision: number): Promise<number> {
    return this.db.Approval.countDocuments({ planId, revision });
  }

  /**
   * Moves a plan on only from the expected status. Leaving a status is claimed once per revision
   * by a unique insert (a conditional update alone lets several FerretDB callers win); the status
   * write after it is bookkeeping. Staying put (rescheduling) needs no claim. With a guard, the
   * move is refused unless the plan is at that revision and, just before the claim, that very
   * revision has the quorum of distinct approvals (approvals never go away, so it still has
   * them when the claim lands; a re-proposal of it would have taken the same claim).
   */
  async transition(planId: string, from: PlanStatus, to: PlanStatus, extra: Record<string, unknown> = {}, guard: TransitionGuard = {}): Promise<boolean> {
    const plan = await this.get(planId);
    if (!plan || plan.status !== from) return false;
    const revision = plan.revision;
    if (guard.revision !== undefined && guard.revision !== revision) return false;
    if (guard.quorum !== undefined && (await this.countApprovals(planId, revision)) < guard.quorum) return false;
    if (guard.agreed && !(await guard.agreed(revision))) return false;
    const move = () => this.db.Plan.updateOne({ planId, status: from, revision }, { $set: { status: to, ...extra } });
    if (from === to) return (await move()).matchedCount === 1;
    const claim = { _id: leaveKey(planId, revision, from), to, at: new Date() };
    if (await insertOnce(this.db.PlanTransition, claim)) return (await move()).matchedCount === 1;
    // Someone else won. A claim of this very move left long without its write (its winner
    // stopped in between) is finished here, or the plan would stay at `from` for good; it
    // stays theirs. Not sooner: writing beside a live winner would make its own write miss.
    const held = await this.db.PlanTransition.findById(claim._id).lean<{ to: string; at: Date }>();
    if (held?.to === to && Date.now() - held.at.getTime() > STALE_CLAIM_MS) await move();
    return false;
  }
}

/** The claim of leaving a status in a revision: `<planId>|<revision>|<from>`. */
function leaveKey(planId: string, revision: number, from: PlanStatus): string {
  return `${planId}|${revision}|${from}`;
}

/**
 * Deletes a re-proposal's claim left long without its write (the plan is still at that revision,
 * so nothing else can move it on); deleting a known _id is decided once, then the claim is free.
 */
async function releaseStaleReproposal(db: Models, key: string): Promise<void> {
  const held = await db.PlanTransition.findById(key).lean<{ to: string; at: Date }>();
  if (held?.to === 'proposed' && Date.now() - held.at.getTime() > STALE_CLAIM_MS) await db.PlanTransition.deleteOne({ _id: key });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
