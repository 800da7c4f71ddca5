import type { BatchMember, BroadcastBatches, EnqueueProgress } from '../broadcast/broadcast-ports.js';
import type { ChannelName, Language } from '../core/types.js';
import { isFirstSend } from '../broadcast/broadcast-id.js';
import { broadcastRunModels } from './broadcast-run-models.js';
import { isDuplicateKey } from './duplicate-key.js';
import type { LooseModel, Models } from './models.js';

/** A batch member as stored: short keys, since a large broadcast keeps 100k of them. */
interface StoredMember {
  /** Follower id (hex). */
  f: string;
  /** Channel. */
  c: string;
  /** Audience code. */
  a: string;
  /** Language. */
  l: string;
  /** Sealed address. */
  s: string;
  /** A correction: the message to edit, and the revision it shows. */
  m?: string | null;
  r?: number;
}

const toStored = (m: BatchMember): StoredMember => ({
  f: m.followerId,
  c: m.channel,
  a: m.audience,
  l: m.language,
  s: m.sealedAddress,
  ...(m.messageId !== undefined ? { m: m.messageId } : {}),
  ...(m.revision !== undefined ? { r: m.revision } : {}),
});
const fromStored = (m: StoredMember): BatchMember => ({
  followerId: m.f,
  channel: m.c as ChannelName,
  audience: m.a,
  language: m.l as Language,
  sealedAddress: m.s,
  ...(m.m !== undefined ? { messageId: m.m } : {}),
  ...(m.r !== undefined ? { revision: m.r } : {}),
});

/**
 * BroadcastBatches on broadcast_members (one document per batch, `<planId>|<batch>`, inserted
 * once) and the enqueue's progress fields on the plan document (enqueuedBatches, enqueueCursor,
 * enqueueDone), which the plan store reads back as StoredPlan.enqueuedBatches/enqueueDone. For
 * a correction or a closing the same fields are on its document in `broadcasts`.
 */
export class MongoBroadcastBatches implements BroadcastBatches {
  readonly #runs: LooseModel;

  constructor(private readonly db: Models) {
    this.#runs = broadcastRunModels(db).Run;
  }

  /** The document that holds a broadcast's enqueue fields, as a filter on its model. */
  #holder(id: string): { model: LooseModel; filter: Record<string, string> } {
    return isFirstSend(id) ? { model: this.db.Plan, filter: { planId: id } } : { model: this.#runs, filter: { _id: id } };
  }

  async progress(planId: string): Promise<EnqueueProgress> {
    const { model, filter } = this.#holder(planId);
    const doc = await model.findOne(filter).lean<{ enqueuedBatches?: number; enqueueCursor?: string | null }>();
    return { batches: doc?.enqueuedBatches ?? 0, cursor: doc?.enqueueCursor ?? null };
  }

  async lastFollowerOf(planId: string, batch: number): Promise<string | null> {
    const doc = await this.db.BroadcastMembers.findById(`${planId}|${batch}`).select({ lastFollowerId: 1 }).lean<{ lastFollowerId: string }>();
    return doc?.lastFollowerId ?? null;
  }

  async write(planId: string, batch: number, members: readonly BatchMember[]): Promise<void> {
    const lastFollowerId = members[members.length - 1]?.followerId;
    if (!lastFollowerId) return;
    try {
      await this.db.BroadcastMembers.create({ _id: `${planId}|${batch}`, planId, batch, lastFollowerId, members: members.map(toStored) });
    } catch (err) {
      // Written before a crash, with the plan not yet told: that batch stands as written.
      if (!isDuplicateKey(err)) throw err;
    }
  }

  async saveProgress(planId: string, progress: EnqueueProgress): Promise<void> {
    const { model, filter } = this.#holder(planId);
    await model.updateOne(filter, { $set: { enqueuedBatches: progress.batches, enqueueCursor: progress.cursor } });
  }

  async markEnqueued(planId: string, batches: number): Promise<void> {
    const { model, filter } = this.#holder(planId);
    await model.updateOne(filter, { $set: { enqueueDone: true, enqueuedBatches: batches } });
  }

  async memberIds(planId: string, batches: number): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let batch = 0; batch < batches; batch++) {
      const doc = await this.db.BroadcastMembers.findById(`${planId}|${batch}`).lean<{ members: StoredMember[] }>();
      for (const m of doc?.members ?? []) ids.add(m.f);
    }
    return ids;
  }

  async members(planId: string, batch: number): Promise<BatchMember[]> {
    const doc = await this.db.BroadcastMembers.findById(`${planId}|${batch}`).lean<{ members: StoredMember[] }>();
    return doc ? doc.members.map(fromStored) : [];
  }
}
