import type { BatchLeases, ClaimedBatch, LeaseTerms } from '../broadcast/broadcast-ports.js';
import type { ChannelName } from '../core/types.js';
import { insertOnce, isDuplicateKey } from './insert-once.js';
import type { Models } from './models.js';

/** Batch number and channel of the row that stands for "writing the batches" (the enqueue). */
const ENQUEUE = { batch: -1, channel: '_enqueue' } as const;

interface BatchRow {
  batch: number;
  /** Only on rows written before claims moved to batch_claims. */
  owner?: string | null;
  done: boolean;
}

interface ClaimDoc {
  batch: number;
  generation: number;
  owner: string;
  leaseUntil: Date;
}

/**
 * BatchLeases on broadcast_batches (one row per plan, batch and channel, open until done) and
 * batch_claims (who holds a row). The row is held by whoever inserted its highest claim
 * generation, until that claim's lease ends. Taking a free or lapsed row inserts the generation
 * after the one seen, and renewing inserts the one after the caller's own: of many callers
 * inserting the same generation the unique _id lets exactly one win, on FerretDB as on MongoDB,
 * where a conditional update (read, then write back on FerretDB) let several. Leases are compared
 * on each caller's clock, so processes' clocks must agree to well within a lease.
 */
export class MongoBatchLeases implements BatchLeases {
  constructor(private readonly db: Models) {}

  async claimEnqueue(planId: string, terms: LeaseTerms): Promise<boolean> {
    // The row only makes the enqueue count as open; the claim's insert decides who writes.
    await this.db.BroadcastBatch.create({ planId, ...ENQUEUE, size: 0, done: false }).catch(ignoreDuplicate);
    const row = await this.db.BroadcastBatch.findOne({ planId, ...ENQUEUE }).lean<BatchRow>();
    if (!row || row.done) return false;
    const top = await this.#top(planId, ENQUEUE.batch, ENQUEUE.channel);
    if (top && top.leaseUntil.getTime() > terms.now.getTime()) return false;
    return this.#insertClaim(planId, ENQUEUE.batch, ENQUEUE.channel, (top?.generation ?? 0) + 1, terms);
  }

  async renewEnqueue(planId: string, terms: LeaseTerms): Promise<boolean> {
    const top = await this.#top(planId, ENQUEUE.batch, ENQUEUE.channel);
    if (top?.owner !== terms.owner) return false;
    return this.#insertClaim(planId, ENQUEUE.batch, ENQUEUE.channel, top.generation + 1, terms);
  }

  async finishEnqueue(planId: string): Promise<void> {
    // Every batch is written, whoever wrote the last one: the enqueue is over for everyone.
    await this.db.BroadcastBatch.updateOne({ planId, ...ENQUEUE }, { $set: { done: true } });
  }

  async openBatch(planId: string, batch: number, sizes: ReadonlyMap<ChannelName, number>): Promise<void> {
    const rows = [...sizes].map(([channel, size]) => ({ planId, batch, channel, size, done: false }));
    // Opened before a crash already: those rows stand as they are.
    await this.db.BroadcastBatch.insertMany(rows, { ordered: false }).catch(ignoreDuplicate);
  }

  async claimNextBatch(planId: string, channel: ChannelName, after: number, terms: LeaseTerms): Promise<ClaimedBatch | null> {
    const [rows, claims] = await Promise.all([
      this.db.BroadcastBatch.find({ planId, channel, done: false }).sort({ batch: 1 }).lean<BatchRow[]>(),
      this.db.BatchClaim.find({ planId, channel }).select({ batch: 1, generation: 1, owner: 1, leaseUntil: 1 }).lean<ClaimDoc[]>(),
    ]);
    const tops = highestByBatch(claims);
    for (const row of rows) {
      const top = tops.get(row.batch);
      if (row.batch <= after && top?.owner === terms.owner) continue;
      if (top && top.leaseUntil.getTime() > terms.now.getTime()) continue;
      const generation = (top?.generation ?? 0) + 1;
      if (await this.#insertClaim(planId, row.batch, channel, generation, terms)) {
        return { batch: row.batch, heldBefore: top !== undefined || Boolean(row.owner), generation };
      }
    }
    return null;
  }

  async renewBatch(planId: string, channel: ChannelName, claim: ClaimedBatch, terms: LeaseTerms): Promise<ClaimedBatch | null> {
    // Whoever took the batch over inserted exactly this generation, so it failing means the batch is theirs.
    const generation = claim.generation + 1;
    return (await this.#insertClaim(planId, claim.batch, channel, generation, terms)) ? { ...claim, generation } : null;
  }

  async finishBatch(planId: string, batch: number, channel: ChannelName, owner: string): Promise<void> {
    // Only its holder closes a batch: one that lost it stopped short of some members.
    if ((await this.#top(planId, batch, channel))?.owner !== owner) return;
    await this.db.BroadcastBatch.updateOne({ planId, batch, channel }, { $set: { done: true } });
  }

  async releaseAll(owner: string): Promise<void> {
    // Only the owner writes its own claims, so this update races nobody.
    await this.db.BatchClaim.updateMany({ owner }, { $set: { leaseUntil: new Date(0) } });
  }

  async releaseBatch(planId: string, batch: number, channel: ChannelName, owner: string): Promise<void> {
    // Only the owner writes its own claims, so this update races nobody.
    await this.db.BatchClaim.updateMany({ planId, batch, channel, owner }, { $set: { leaseUntil: new Date(0) } });
  }

  async countOpen(planId: string): Promise<number> {
    return this.db.BroadcastBatch.countDocuments({ planId, done: false });
  }

  /** The claim with the highest generation on a row, or null if nobody claimed it yet. */
  #top(planId: string, batch: number, channel: string): Promise<ClaimDoc | null> {
    return this.db.BatchClaim.findOne({ planId, batch, channel }).sort({ generation: -1 }).lean<ClaimDoc>();
  }

  #insertClaim(planId: string, batch: number, channel: string, generation: number, terms: LeaseTerms): Promise<boolean> {
    return insertOnce(this.db.BatchClaim, {
      _id: `${planId}|${batch}|${channel}|${generation}`,
      planId,
      batch,
      channel,
      generation,
      owner: terms.owner,
      leaseUntil: terms.until,
    });
  }
}

function highestByBatch(claims: readonly ClaimDoc[]): Map<number, ClaimDoc> {
  const tops = new Map<number, ClaimDoc>();
  for (const c of claims) if ((tops.get(c.batch)?.generation ?? 0) < c.generation) tops.set(c.batch, c);
  return tops;
}

function ignoreDuplicate(err: unknown): void {
  if (!isDuplicateKey(err)) throw err;
}
