import { Types } from 'mongoose';
import type { PlanFile } from '../plans/plan-schema.js';
import type { Metric, PlanStatus, PlanStore, Progress, StoredPlan } from '../plans/plan-types.js';
import type { Models } from './models.js';
import { objectId } from './follower-store.js';

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

/** PlanStore on mongoose: plans, approvals, pledges, completions and their counters. */
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
    } else {
      try {
        await this.db.Plan.create({ planId: plan.id, ...fields, createdAt: new Date(), revision: 1 });
      } catch (err) {
        if ((err as { code?: number }).code !== 11000) throw err;
        return this.propose(plan, organiser);
      }
    }
    return this.get(plan.id);
  }

  /** Records one organiser's approval (once per revision) and returns the distinct count. */
  async approve(planId: string, revision: number, organiser: string): Promise<number> {
    await this.db.Approval.updateOne(
      { planId, revision, organiser },
      { $setOnInsert: { planId, revision, organiser, at: new Date() } },
      { upsert: true },
    );
    const count = await this.db.Approval.countDocuments({ planId, revision });
    await this.db.Plan.updateOne({ planId, revision }, { $set: { approvals: count } });
    return count;
  }

  /** Moves a plan between statuses only from the expected one (so two processes can't both win). */
  async transition(planId: string, from: PlanStatus, to: PlanStatus, extra: Record<string, unknown> = {}): Promise<boolean> {
    const res = await this.db.Plan.updateOne({ planId, status: from }, { $set: { status: to, ...extra } });
    return res.modifiedCount === 1;
  }

  /** Adds `delta` to a report counter. */
  async bump(planId: string, audience: string, metric: Metric, delta: number): Promise<void> {
    await this.db.Counter.updateOne(
      { _id: `${planId}|${audience}|${metric}` },
      { $inc: { n: delta }, $setOnInsert: { planId, audience, metric } },
      { upsert: true },
    );
  }

  /** A follower's pledge, ticks and completion on a plan. */
  async progress(planId: string, followerId: string): Promise<Progress> {
    const fid = objectId(followerId);
    if (!fid) return { pledged: false, completedAt: null, done: [] };
    const [pledge, ticks] = await Promise.all([
      this.db.Pledge.findOne({ planId, followerId: fid }).lean<{ completedAt: Date | null }>(),
      this.db.Completion.find({ planId, followerId: fid }).lean<{ task: number }[]>(),
    ]);
    return {
      pledged: Boolean(pledge),
      completedAt: pledge?.completedAt ?? null,
      done: ticks.map((t) => t.task).sort((a, b) => a - b),
    };
  }

  /** Pledges (idempotent); true if this call made the pledge. */
  async pledge(planId: string, followerId: string, audience: string, firstReminderAt: Date): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const res = await this.db.Pledge.updateOne(
      { planId, followerId: fid },
      {
        $setOnInsert: {
          planId,
          followerId: fid,
          audience,
          pledgedAt: new Date(),
          completedAt: null,
          open: true,
          remindersSent: 0,
          nextReminderAt: firstReminderAt,
        },
      },
      { upsert: true },
    );
    const made = res.upsertedCount > 0;
    if (made) await this.bump(planId, audience, 'pledged', 1);
    return made;
  }

  /** Ticks (idempotent); true if this call made the tick. */
  async tick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const res = await this.db.Completion.updateOne(
      { planId, followerId: fid, task },
      { $setOnInsert: { planId, followerId: fid, audience, task, at: new Date() } },
      { upsert: true },
    );
    const made = res.upsertedCount > 0;
    if (made) await this.bump(planId, audience, `task_${task}`, 1);
    return made;
  }

  /** Unticks; true if there was a tick to remove. */
  async untick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const res = await this.db.Completion.deleteOne({ planId, followerId: new Types.ObjectId(followerId), task });
    const removed = res.deletedCount > 0;
    if (removed) await this.bump(planId, audience, `task_${task}`, -1);
    return removed;
  }

  /** Marks the pledge complete (or open again after an untick); counts the change once. */
  async setCompleted(planId: string, followerId: string, audience: string, completed: boolean): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const res = await this.db.Pledge.updateOne(
      { planId, followerId: fid, open: completed },
      { $set: completed ? { completedAt: new Date(), open: false } : { completedAt: null, open: true } },
    );
    const changed = res.modifiedCount > 0;
    if (changed) await this.bump(planId, audience, 'completed', completed ? 1 : -1);
    return changed;
  }

  /** Plans delivered to a follower, newest first (for /plans). */
  async deliveredTo(followerId: string): Promise<string[]> {
    const fid = objectId(followerId);
    if (!fid) return [];
    const docs = await this.db.Delivery.find({ followerId: fid, status: 'sent' })
      .sort({ at: -1 })
      .limit(20)
      .lean<{ planId: string }[]>();
    return docs.map((d) => d.planId);
  }
}
