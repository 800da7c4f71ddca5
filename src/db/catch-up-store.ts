import { Schema, Types } from 'mongoose';
import { CATCH_UP_BATCH, type CatchUpOutcome, type CatchUpStore } from '../plans/catch-up-ports.js';
import type { Follower } from '../core/types.js';
import { planIsOpen } from '../plans/plan-life.js';
import type { PlanStatus } from '../plans/plan-types.js';
import { insertDeltas } from './counter-deltas.js';
import { isDuplicateKey } from './duplicate-key.js';
import { insertOnce } from './insert-once.js';
import { model, type LooseModel, type Models } from './models.js';
import { counterId, FROZEN_MARK, FROZEN_METRIC, planCounterDelta } from './plan-counters.js';

/** A follower owed the open plans: `_id` is the follower id; removed once dealt with (or by /forget). */
const catchUp = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false });

/** One per plan sent to a follower by catch-up: `<planId>|<followerId>`; its insert decides who sends. */
const catchUpSend = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false });

/** The catch-up collections, on the connection the other models use. */
export function catchUpModels(db: Models): { CatchUp: LooseModel; CatchUpSend: LooseModel } {
  const conn = db.Follower.db;
  return { CatchUp: model(conn, 'CatchUp', catchUp, 'catch_ups'), CatchUpSend: model(conn, 'CatchUpSend', catchUpSend, 'catch_up_sends') };
}

/** CatchUpStore on catch_ups, catch_up_sends, and the broadcast's own deliveries and batches. */
export class MongoCatchUpStore implements CatchUpStore {
  readonly #m: ReturnType<typeof catchUpModels>;

  constructor(private readonly db: Models) {
    this.#m = catchUpModels(db);
  }

  async intend(followerId: string, at: Date): Promise<void> {
    if (await insertOnce(this.#m.CatchUp, { _id: followerId, at })) return;
    // Already owed: a newer time keeps it past a run that read the follower before this change.
    await this.#m.CatchUp.updateOne({ _id: followerId }, { $set: { at } });
  }

  async openPlanIds(now: Date): Promise<string[]> {
    type Row = { planId: string; status: PlanStatus; endsAt?: Date | null; endedAt?: Date | null };
    const rows: Row[] = [];
    // Two equalities on the indexed status, projected to what decides "open".
    for (const status of ['publishing', 'published'] as const) {
      rows.push(...(await this.db.Plan.find({ status }).select({ planId: 1, status: 1, endsAt: 1, endedAt: 1 }).lean<Row[]>()));
    }
    return rows.filter((r) => planIsOpen({ status: r.status, endsAt: r.endsAt ?? undefined, endedAt: r.endedAt ?? null }, now)).map((r) => r.planId);
  }

  async pending(limit: number): Promise<{ followerId: string; at: Date }[]> {
    const rows = await this.#m.CatchUp.find({}).sort({ at: 1 }).limit(limit).lean<{ _id: string; at: Date }[]>();
    return rows.map((r) => ({ followerId: r._id, at: r.at }));
  }

  async owed(followerId: string): Promise<{ followerId: string; at: Date } | null> {
    const row = await this.#m.CatchUp.findById(followerId).lean<{ _id: string; at: Date }>();
    return row ? { followerId: row._id, at: row.at } : null;
  }

  async done(followerId: string, at: Date): Promise<void> {
    await this.#m.CatchUp.deleteOne({ _id: followerId, at });
  }

  async delivered(planId: string, followerId: string): Promise<boolean> {
    return (await this.db.Delivery.countDocuments({ _id: `${planId}|${followerId}` })) > 0;
  }

  /**
   * Batches hold followers in id order, each ending at its `lastFollowerId`: the follower can
   * only be in the first batch whose last id is not below theirs, so one small read of the
   * batch ends and one batch's members answer it.
   */
  async inBroadcast(planId: string, followerId: string): Promise<boolean> {
    const ends = await this.db.BroadcastMembers.find({ planId }).select({ batch: 1, lastFollowerId: 1 }).lean<{ batch: number; lastFollowerId: string }[]>();
    const batch = ends.filter((b) => b.lastFollowerId >= followerId).sort((a, b) => a.batch - b.batch)[0];
    if (!batch) return false;
    const doc = await this.db.BroadcastMembers.findById(`${planId}|${batch.batch}`).select({ members: 1 }).lean<{ members: { f: string }[] }>();
    return Boolean(doc?.members.some((m) => m.f === followerId));
  }

  claimSend(planId: string, followerId: string): Promise<boolean> {
    return insertOnce(this.#m.CatchUpSend, { _id: `${planId}|${followerId}`, at: new Date() });
  }

  async releaseSend(planId: string, followerId: string): Promise<void> {
    await this.#m.CatchUpSend.deleteOne({ _id: `${planId}|${followerId}` });
  }

  async record(planId: string, follower: Pick<Follower, 'id' | 'audience' | 'channel'>, outcome: CatchUpOutcome, revision?: number): Promise<void> {
    const doc = {
      _id: `${planId}|${follower.id}`,
      planId,
      followerId: new Types.ObjectId(follower.id),
      audience: follower.audience,
      channel: follower.channel,
      batch: CATCH_UP_BATCH,
      status: outcome.status,
      reason: outcome.status === 'sent' ? null : outcome.reason,
      messageId: outcome.status === 'sent' ? outcome.messageId : null,
      // The revision it showed: a correction skips those already at it.
      revision: revision ?? null,
      at: new Date(),
    };
    try {
      await this.db.Delivery.create(doc);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      return;
    }
    // Once a plan's reach is frozen (its broadcast ended), reports read counters: add this one.
    if (outcome.status !== 'sent') return;
    const frozen = await this.db.Counter.countDocuments({ _id: counterId(planId, FROZEN_MARK, FROZEN_METRIC) });
    if (frozen) await insertDeltas(this.db, [planCounterDelta(`${doc._id}|reached`, planId, follower.audience, 'reached', 1)]);
  }
}
