import type { BatchMember, BroadcastBatches, EnqueueProgress } from '../broadcast/broadcast-ports.js';
import type { ChannelName, Language } from '../core/types.js';
import { isDuplicateKey } from './duplicate-key.js';
import type { Models } from './models.js';

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
}

const toStored = (m: BatchMember): StoredMember => ({ f: m.followerId, c: m.channel, a: m.audience, l: m.language, s: m.sealedAddress });
const fromStored = (m: StoredMember): BatchMember => ({
  followerId: m.f,
  channel: m.c as ChannelName,
  audience: m.a,
  language: m.l as Language,
  sealedAddress: m.s,
});

/**
 * BroadcastBatches on broadcast_members (one document per batch, `<planId>|<batch>`, inserted
 * once) and the enqueue's progress fields on the plan document (enqueuedBatches, enqueueCursor,
 * enqueueDone), which the plan store reads back as StoredPlan.enqueuedBatches/enqueueDone.
 */
export class MongoBroadcastBatches implements BroadcastBatches {
  constructor(private readonly db: Models) {}

  async progress(planId: string): Promise<EnqueueProgress> {
    const doc = await this.db.Plan.findOne({ planId }).lean<{ enqueuedBatches?: number; enqueueCursor?: string | null }>();
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
    await this.db.Plan.updateOne({ planId }, { $set: { enqueuedBatches: progress.batches, enqueueCursor: progress.cursor } });
  }

  async markEnqueued(planId: string, batches: number): Promise<void> {
    await this.db.Plan.updateOne({ planId }, { $set: { enqueueDone: true, enqueuedBatches: batches } });
  }

  async members(planId: string, batch: number): Promise<BatchMember[]> {
    const doc = await this.db.BroadcastMembers.findById(`${planId}|${batch}`).lean<{ members: StoredMember[] }>();
    return doc ? doc.members.map(fromStored) : [];
  }
}
