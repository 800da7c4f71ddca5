import { Types } from 'mongoose';
import type { DueReminder, Metric, PledgeStore, Progress } from '../plans/plan-types.js';
import { objectId } from './follower-store.js';
import { insertDeltas } from './counter-deltas.js';
import { deleteOnce, insertOnce } from './insert-once.js';
import { planCounterDelta } from './plan-counters.js';
import type { Models } from './models.js';

interface TickRow {
  _id: Types.ObjectId | string;
  tick?: string;
}

interface PledgeRow {
  _id: Types.ObjectId | string;
  planId: string;
  followerId: Types.ObjectId;
  remindersSent?: number;
}

interface PledgeDoc {
  _id: Types.ObjectId | string;
  open: boolean;
  completedAt: Date | null;
}

/** A pledge's `_id`: its natural key, so a tap reads it by `_id`, the one filter every server indexes. */
export const pledgeKey = (planId: string, followerId: string): string => `${planId}|${followerId}`;
/** A task tick's `_id`: `<planId>|<followerId>|<task>`. */
export const completionKey = (planId: string, followerId: string, task: number): string => `${planId}|${followerId}|${task}`;

/**
 * A follower's pledge and completion are mirrored among their ticks as two marks (task 0 and
 * task -1), so a tap reads its whole standing with one query on `completions` instead of two
 * (the pledge by its key, then the ticks). The pledge document and `completed_pledges` still
 * decide; a mark follows them as bookkeeping, and a missing one only costs the old second read.
 */
const PLEDGED_MARK = 0;
const COMPLETED_MARK = -1;
const markKey = (planId: string, followerId: string, mark: typeof PLEDGED_MARK | typeof COMPLETED_MARK): string =>
  `${planId}|${followerId}|${mark === PLEDGED_MARK ? 'pledged' : 'completed'}`;

/** How long "this plan has no rows keyed the old way" is believed before it is asked again (a rolling upgrade may still write some). */
const LEGACY_PROBE_MS = 5 * 60_000;

/**
 * PledgeStore on mongoose: pledges, ticks, completions, reminders and their report counters.
 * Every "did this call make it" is decided by a unique insert or a delete of a known _id, the
 * two writes FerretDB makes atomic; the pledge's own fields follow as bookkeeping. Pledges and
 * ticks are keyed by their natural key (pledgeKey, completionKey); rows written before that
 * have an ObjectId `_id` and are still found, by plan and follower, for plans that have any.
 */
export class MongoPledgeStore implements PledgeStore {
  readonly #legacy = new Map<string, { at: number; has: Promise<boolean> }>();

  constructor(readonly db: Models) {}

  /** Moves a report counter by `n`, once per `id` (the fact that moved it): a delta insert, never an $inc. */
  async #bump(id: string, planId: string, audience: string, metric: Metric, n: number): Promise<void> {
    await insertDeltas(this.db, [planCounterDelta(id, planId, audience, metric, n)]);
  }

  /** Whether a plan has pledges or ticks keyed the old way (ObjectId `_id`), asked once per plan and window. */
  #hasLegacy(kind: 'pledge' | 'completion', planId: string): Promise<boolean> {
    const key = `${kind}\u0000${planId}`;
    const known = this.#legacy.get(key);
    if (known && Date.now() - known.at < LEGACY_PROBE_MS) return known.has;
    const model = kind === 'pledge' ? this.db.Pledge : this.db.Completion;
    const has = model.exists({ planId, _id: { $type: 'objectId' } }).then(Boolean);
    has.catch(() => this.#legacy.delete(key));
    this.#legacy.set(key, { at: Date.now(), has });
    return has;
  }

  /** The pledge by its key; an old-keyed one by plan and follower only where the plan has any. */
  async #findPledge(planId: string, fid: Types.ObjectId): Promise<PledgeDoc | null> {
    const doc = await this.db.Pledge.findById(pledgeKey(planId, fid.toHexString())).lean<PledgeDoc>();
    if (doc || !(await this.#hasLegacy('pledge', planId))) return doc;
    return this.db.Pledge.findOne({ planId, followerId: fid }).lean<PledgeDoc>();
  }

  /**
   * One query when the follower's pledge is marked among their ticks (every pledge made since
   * marks exist); otherwise (not pledged, or pledged before) the pledge is read by its key too.
   */
  async progress(planId: string, followerId: string): Promise<Progress> {
    const fid = objectId(followerId);
    if (!fid) return { pledged: false, completedAt: null, done: [] };
    const rows = await this.db.Completion.find({ planId, followerId: fid }).select({ task: 1, at: 1 }).lean<{ task: number; at: Date }[]>();
    const done = rows.filter((r) => r.task >= 1).map((t) => t.task).sort((a, b) => a - b);
    if (rows.some((r) => r.task === PLEDGED_MARK)) {
      return { pledged: true, completedAt: rows.find((r) => r.task === COMPLETED_MARK)?.at ?? null, done };
    }
    const pledge = await this.#findPledge(planId, fid);
    return { pledged: Boolean(pledge), completedAt: pledge?.completedAt ?? null, done };
  }

  /** Writes a mark (idempotent: its key is fixed), or takes the completion mark away. */
  async #mark(planId: string, fid: Types.ObjectId, audience: string, mark: typeof PLEDGED_MARK | typeof COMPLETED_MARK, at: Date): Promise<void> {
    await insertOnce(this.db.Completion, { _id: markKey(planId, fid.toHexString(), mark), planId, followerId: fid, audience, task: mark, at });
  }

  async #unmarkCompleted(planId: string, fid: Types.ObjectId): Promise<void> {
    await this.db.Completion.deleteOne({ _id: markKey(planId, fid.toHexString(), COMPLETED_MARK) });
  }

  async pledge(planId: string, followerId: string, audience: string, firstReminderAt: Date): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const _id = pledgeKey(planId, fid.toHexString());
    const made = await insertOnce(this.db.Pledge, {
      _id,
      planId,
      followerId: fid,
      audience,
      pledgedAt: new Date(),
      completedAt: null,
      open: true,
      remindersSent: 0,
      nextReminderAt: firstReminderAt,
    });
    // Made or found: a process that stopped between the two left the pledge without its mark.
    await this.#mark(planId, fid, audience, PLEDGED_MARK, new Date());
    if (made) await this.#bump(`${_id}|pledged`, planId, audience, 'pledged', 1);
    return made;
  }

  /** A tick is its own fact (`tick` names it), so tick, untick, tick again count as three moves. */
  async tick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const _id = completionKey(planId, fid.toHexString(), task);
    const tick = new Types.ObjectId().toHexString();
    const made = await insertOnce(this.db.Completion, { _id, planId, followerId: fid, audience, task, at: new Date(), tick });
    if (made) await this.#bump(`${_id}|tick|${tick}`, planId, audience, `task_${task}`, 1);
    return made;
  }

  async untick(planId: string, followerId: string, audience: string, task: number): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    let found = await this.db.Completion.findById(completionKey(planId, fid.toHexString(), task)).select({ tick: 1 }).lean<TickRow>();
    if (!found && (await this.#hasLegacy('completion', planId))) {
      found = await this.db.Completion.findOne({ planId, followerId: fid, task }).select({ _id: 1 }).lean<TickRow>();
    }
    if (!found) return false;
    // Deleting by the known _id: of two concurrent unticks, one deletes it.
    if (!(await deleteOnce(this.db.Completion, found._id))) return false;
    const fact = typeof found._id === 'string' ? `${found._id}|untick|${found.tick ?? ''}` : `${found._id.toHexString()}|untick`;
    await this.#bump(fact, planId, audience, `task_${task}`, -1);
    return true;
  }

  /**
   * Completing is decided by inserting the pledge's completion marker; reopening by claiming
   * that completion (keyed by its time) and then deleting the marker, so a double tap counts once.
   */
  async setCompleted(planId: string, followerId: string, audience: string, completed: boolean): Promise<boolean> {
    const fid = new Types.ObjectId(followerId);
    const pledge = await this.#findPledge(planId, fid);
    if (!pledge) return false;
    // Completing needs an open pledge, reopening a closed one; otherwise it is already so (and
    // its mark is made to agree, should a process have stopped before writing it).
    if (pledge.open !== completed) {
      if (completed) await this.#mark(planId, fid, audience, COMPLETED_MARK, pledge.completedAt ?? new Date());
      else await this.#unmarkCompleted(planId, fid);
      return false;
    }
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
    const at = new Date();
    await this.db.Pledge.updateOne({ _id: pledge._id, open: pledge.open }, { $set: completed ? { completedAt: at, open: false } : { completedAt: null, open: true } });
    if (completed) await this.#mark(planId, fid, audience, COMPLETED_MARK, at);
    else await this.#unmarkCompleted(planId, fid);
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

  /**
   * One query for MongoDB (index { open, nextReminderAt }) and FerretDB alike; paged by _id.
   * Ids sort by type first, natural keys (strings) before old ObjectIds, so a string cursor
   * continues after itself and then into every ObjectId.
   */
  async dueForReminder(now: Date, limit: number, after?: string): Promise<DueReminder[]> {
    const afterId = after === undefined ? null : pledgeIdValue(after);
    const page =
      afterId === null ? {} : typeof afterId === 'string' ? { $or: [{ _id: { $gt: afterId } }, { _id: { $type: 'objectId' } }] } : { _id: { $gt: afterId } };
    const rows = await this.db.Pledge.find({ open: true, nextReminderAt: { $lte: now }, ...page })
      .sort({ _id: 1 })
      .limit(limit)
      .select({ planId: 1, followerId: 1, remindersSent: 1 })
      .lean<PledgeRow[]>();
    return rows.map((r) => ({
      pledgeId: typeof r._id === 'string' ? r._id : r._id.toHexString(),
      planId: r.planId,
      followerId: r.followerId.toHexString(),
      remindersSent: r.remindersSent ?? 0,
    }));
  }

  async claimReminder(pledgeId: string, n: number, nextAt: Date | null): Promise<boolean> {
    const _id = pledgeIdValue(pledgeId);
    if (_id === null) return false;
    const won = await insertOnce(this.db.ReminderClaim, { _id: `${pledgeId}|${n}`, at: new Date() });
    // Bookkeeping, by winner and losers alike: a winner that stopped before writing it would
    // otherwise leave the pledge due for a reminder nobody can claim.
    await this.db.Pledge.updateOne({ _id, remindersSent: { $lt: n } }, { $set: { remindersSent: n, nextReminderAt: nextAt } });
    return won;
  }

  async stopReminders(pledgeId: string): Promise<void> {
    const _id = pledgeIdValue(pledgeId);
    if (_id !== null) await this.db.Pledge.updateOne({ _id }, { $set: { nextReminderAt: null } });
  }
}

/** A pledge id as stored: a natural key (`<planId>|<followerId>`) or an old ObjectId; null for anything else. */
function pledgeIdValue(id: string): Types.ObjectId | string | null {
  if (/^[a-z0-9-]+\|[0-9a-f]{24}$/.test(id)) return id;
  return objectId(id);
}
