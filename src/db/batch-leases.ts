import type { BatchLeases, ClaimedBatch, LeaseTerms } from '../broadcast/broadcast-ports.js';
import type { ChannelName } from '../core/types.js';
import { isDuplicateKey } from './duplicate-key.js';
import type { Models } from './models.js';

/** Batch number and channel of the claim row that stands for "writing the batches" (the enqueue). */
const ENQUEUE = { batch: -1, channel: '_enqueue' } as const;

interface ClaimRow {
  batch: number;
  channel: string;
  owner: string | null;
  leaseUntil: Date;
  done: boolean;
}

/**
 * BatchLeases on broadcast_batches: one row per plan, batch and channel (unique), made free by
 * the enqueue. A free or lapsed row is taken by an update that matches the lease as it was
 * read, so of two processes racing for it on MongoDB only one modifies it. (FerretDB reads then
 * writes back, so there two may both think they won: they then send the same members, and the
 * insert-only delivery log still keeps one record each.)
 */
export class MongoBatchLeases implements BatchLeases {
  constructor(private readonly db: Models) {}

  async claimEnqueue(planId: string, terms: LeaseTerms): Promise<boolean> {
    try {
      // The unique insert decides who enqueues first; later callers may only take over a lapsed claim.
      await this.db.BroadcastBatch.create({ planId, ...ENQUEUE, size: 0, owner: terms.owner, leaseUntil: terms.until });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const row = await this.db.BroadcastBatch.findOne({ planId, ...ENQUEUE }).lean<ClaimRow>();
    return row ? this.#takeOver(planId, row, terms) : false;
  }

  async renewEnqueue(planId: string, terms: LeaseTerms): Promise<void> {
    await this.db.BroadcastBatch.updateOne({ planId, ...ENQUEUE, owner: terms.owner }, { $set: { leaseUntil: terms.until } });
  }

  async finishEnqueue(planId: string, owner: string): Promise<void> {
    await this.db.BroadcastBatch.updateOne({ planId, ...ENQUEUE, owner }, { $set: { done: true } });
  }

  async openBatch(planId: string, batch: number, sizes: ReadonlyMap<ChannelName, number>): Promise<void> {
    const rows = [...sizes].map(([channel, size]) => ({ planId, batch, channel, size, owner: null, leaseUntil: new Date(0), done: false }));
    // Opened before a crash already: those rows stand as they are.
    await this.db.BroadcastBatch.insertMany(rows, { ordered: false }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
  }

  async claimNextBatch(planId: string, channel: ChannelName, after: number, terms: LeaseTerms): Promise<ClaimedBatch | null> {
    const rows = await this.db.BroadcastBatch.find({ planId, channel, done: false }).sort({ batch: 1 }).lean<ClaimRow[]>();
    for (const row of rows) {
      if (row.batch <= after && row.owner === terms.owner) continue;
      if (await this.#takeOver(planId, row, terms)) return { batch: row.batch, heldBefore: row.owner !== null };
    }
    return null;
  }

  async renewChannel(planId: string, channel: ChannelName, terms: LeaseTerms): Promise<void> {
    await this.db.BroadcastBatch.updateMany({ planId, channel, owner: terms.owner, done: false }, { $set: { leaseUntil: terms.until } });
  }

  async finishBatch(planId: string, batch: number, channel: ChannelName, owner: string): Promise<void> {
    await this.db.BroadcastBatch.updateOne({ planId, batch, channel, owner }, { $set: { done: true } });
  }

  async releaseAll(owner: string): Promise<void> {
    await this.db.BroadcastBatch.updateMany({ owner, done: false }, { $set: { leaseUntil: new Date(0) } });
  }

  async countOpen(planId: string): Promise<number> {
    return this.db.BroadcastBatch.countDocuments({ planId, done: false });
  }

  /** Takes a claim whose lease has lapsed, matching the lease seen so only one process wins. */
  async #takeOver(planId: string, row: ClaimRow, terms: LeaseTerms): Promise<boolean> {
    if (row.done || row.leaseUntil.getTime() > terms.now.getTime()) return false;
    const res = await this.db.BroadcastBatch.updateOne(
      { planId, batch: row.batch, channel: row.channel, done: false, leaseUntil: row.leaseUntil },
      { $set: { owner: terms.owner, leaseUntil: terms.until } },
    );
    return res.modifiedCount === 1;
  }
}
