import { Types } from 'mongoose';
import type { DueReminder, Metric, PledgeStore, Progress } from '../plans/plan-types.js';
import { objectId } from './follower-store.js';
import { insertDeltas } from './counter-deltas.js';
import { insertOnce } from './insert-once.js';
import { planCounterDelta } from './plan-counters.js';
import type { Models } from './models.js';

interface PledgeRow {
  _id: Types.ObjectId;
  planId: string;
  followerId: Types.ObjectId;
  remindersSent?: number;
}

/**
 * PledgeStore on mongoose: pledges, ticks, completions, reminders and their report counters.
 * Every "did this call make it" is decided by a unique insert or a delete of a known _id, the
 * two writes FerretDB makes atomic; the pledge's own fields follow as bookkeeping.
 */
export class MongoPledgeStore implements PledgeStore {
  constructor(readonly db: Models) {}

  /** Moves a report counter by `n`, once per `id` (the fact that moved it): a delta insert, never an $inc. */
  async #bump(id: string, planId: string, audience: string, metric: Metric, n: number): Promise<void> {
    await insertDeltas(this.db, [planCounterDelta(id, planId, audience, metric, n)]);
  }

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

  async pledge(planId: string, followerId: string, audience: string, firstReminderAt: Date): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const pledgeId = new Types.ObjectId();
    const made = await insertOnce(this.db.Pledge, {
      _id: pledgeId,
      planId,
      followerId: fid,
      audience,
      pledgedAt: new Date(),
      completedAt: null,
      open: true,
      remindersSent: 0,
      nextReminderAt: firstReminderAt,
    });
    if (made) await this.#bump(`${pledgeId.toHexString()}|pledged`, planId, audience, 'pledged', 1);
    return made;
  }

  async tick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const _id = new Types.ObjectId();
    const made = await insertOnce(this.db.Completion, { _id, planId, followerId: fid, audience, task, at: new Date() });
    if (made) await this.#bump(`${_id.toHexString()}|tick`, planId, audience, `task_${task}`, 1);
    return made;
  }

  async untick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const found = await this.db.Completion.findOne({ planId, followerId: fid, task }).select({ _id: 1 }).lean<{ _id: Types.ObjectId }>();
    // Deleting by the known _id: of two concurrent unticks, one deletes it.
    const removed = found ? (await this.db.Completion.deleteOne({ _id: found._id })).deletedCount === 1 : false;
    if (removed) await this.#bump(`${found!._id.toHexString()}|untick`, planId, audience, `task_${task}`, -1);
    return removed;
  }

  /**
   * Completing is decided by inserting the pledge's completion marker; reopening by claiming
   * that completion (keyed by its time) and then deleting the marker, so a double tap counts once.
   */
  async setCompleted(planId: string, followerId: string, audience: string, completed: boolean): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const pledge = await this.db.Pledge.findOne({ planId, followerId: fid }).lean<{ open: boolean; completedAt: Date | null }>();
    // Completing needs an open pledge, reopening a closed one; otherwise it is already so.
    if (!pledge || pledge.open !== completed) return false;
    const markId = `${planId}|${followerId}`;
    let changed: boolean;
    const reopen = `${markId}|reopened|${pledge.completedAt?.getTime() ?? 0}`;
    if (completed) {
      changed = await insertOnce(this.db.CompletedPledge, { _id: markId, at: new Date() });
    } else {
      changed = await insertOnce(this.db.CompletedPledge, { _id: reopen, at: new Date() });
      if (changed) await this.db.CompletedPledge.deleteOne({ _id: markId });
    }
    // Bookkeeping, by losers too: a winner that stopped before writing it would leave the
    // pledge disagreeing with its marker for good. Only from the state read above.
    await this.db.Pledge.updateOne(
      { planId, followerId: fid, open: pledge.open },
      { $set: completed ? { completedAt: new Date(), open: false } : { completedAt: null, open: true } },
    );
    // The claim that decided names the move: a completion by its mark and a fresh id (a plan can
    // be completed again after a reopen), a reopening by its own claim.
    if (changed) await this.#bump(completed ? `${markId}|completed|${new Types.ObjectId().toHexString()}` : reopen, planId, audience, 'completed', completed ? 1 : -1);
    return changed;
  }

  async deliveredTo(followerId: string): Promise<string[]> {
    const fid = objectId(followerId);
    if (!fid) return [];
    const docs = await this.db.Delivery.find({ followerId: fid, status: 'sent' })
      .sort({ at: -1 })
      .limit(20)
      .lean<{ planId: string }[]>();
    return docs.map((d) => d.planId);
  }

  /** One query for MongoDB (index { open, nextReminderAt }) and FerretDB alike; paged by _id. */
  async dueForReminder(now: Date, limit: number, after?: string): Promise<DueReminder[]> {
    const afterId = after === undefined ? null : objectId(after);
    const rows = await this.db.Pledge.find({
      open: true,
      nextReminderAt: { $lte: now },
      ...(afterId ? { _id: { $gt: afterId } } : {}),
    })
      .sort({ _id: 1 })
      .limit(limit)
      .select({ planId: 1, followerId: 1, remindersSent: 1 })
      .lean<PledgeRow[]>();
    return rows.map((r) => ({
      pledgeId: r._id.toHexString(),
      planId: r.planId,
      followerId: r.followerId.toHexString(),
      remindersSent: r.remindersSent ?? 0,
    }));
  }

  async claimReminder(pledgeId: string, n: number, nextAt: Date | null): Promise<boolean> {
    const _id = objectId(pledgeId);
    if (!_id) return false;
    const won = await insertOnce(this.db.ReminderClaim, { _id: `${pledgeId}|${n}`, at: new Date() });
    // Bookkeeping, by winner and losers alike: a winner that stopped before writing it would
    // otherwise leave the pledge due for a reminder nobody can claim.
    await this.db.Pledge.updateOne({ _id, remindersSent: { $lt: n } }, { $set: { remindersSent: n, nextReminderAt: nextAt } });
    return won;
  }

  async stopReminders(pledgeId: string): Promise<void> {
    const _id = objectId(pledgeId);
    if (_id) await this.db.Pledge.updateOne({ _id }, { $set: { nextReminderAt: null } });
  }
}
