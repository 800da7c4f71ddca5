import type { Logger } from 'pino';
import type { Types } from 'mongoose';
import type { Models } from '../db/models.js';
import type { StoredPlan } from '../plans/plan-types.js';

/** Followers per batch: the unit one process claims and sends (per channel). */
export const BATCH_SIZE = 500;

/** One follower to send a plan to, as kept in a batch (short keys: 100k of them are stored). */
export interface BatchMember {
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

interface FollowerRow {
  _id: Types.ObjectId;
  channel: string;
  addressSealed: string;
  language: string;
  topics: string[];
  audience: string;
  blocked?: boolean;
  lastInboundAt?: Date | null;
}

function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: { code?: number }[] };
  return e?.code === 11000 || Boolean(e?.writeErrors?.every((w) => w.code === 11000));
}

/**
 * Splits the plan's audience (active, not blocked, following one of its topics; on WhatsApp
 * only those who wrote to us first) into numbered batches of followers in id order, streaming
 * followers so memory stays flat, and makes a claim row per channel present in each batch.
 * A re-run after a crash continues after the last batch written, so nobody is in two batches.
 */
export async function enqueueDeliveries(
  db: Models,
  plan: StoredPlan,
  log: Logger,
  /** Called after each batch is written (the worker renews its lease here). */
  onBatch: () => Promise<void> = async () => undefined,
): Promise<{ added: number; batches: number }> {
  const topics = new Set(plan.topics);
  const stored = await db.Plan.findOne({ planId: plan.id }).lean<{ enqueuedBatches?: number; enqueueCursor?: string | null }>();
  let batch = stored?.enqueuedBatches ?? 0;
  let cursorId = stored?.enqueueCursor ?? null;
  let added = 0;
  let buffer: BatchMember[] = [];

  const flush = async () => {
    if (!buffer.length) return;
    const members = buffer;
    buffer = [];
    const lastFollowerId = members[members.length - 1]!.f;
    try {
      await db.BroadcastMembers.create({ _id: `${plan.id}|${batch}`, planId: plan.id, batch, lastFollowerId, members });
    } catch (err) {
      // Written before a crash, with the plan not yet told: that batch stands as written.
      if (!isDuplicateKey(err)) throw err;
    }
    const perChannel = new Map<string, number>();
    for (const m of members) perChannel.set(m.c, (perChannel.get(m.c) ?? 0) + 1);
    const claims = [...perChannel].map(([channel, size]) => ({ planId: plan.id, batch, channel, size, owner: null, leaseUntil: new Date(0), done: false }));
    await db.BroadcastBatch.insertMany(claims, { ordered: false }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
    added += members.length;
    batch += 1;
    cursorId = lastFollowerId;
    await db.Plan.updateOne({ planId: plan.id }, { $set: { enqueuedBatches: batch, enqueueCursor: cursorId } });
    await onBatch();
  };

  // A re-run whose last batch was written but not recorded on the plan continues after it.
  const unrecorded = await db.BroadcastMembers.findById(`${plan.id}|${batch}`).select({ lastFollowerId: 1 }).lean<{ lastFollowerId: string }>();
  if (unrecorded) {
    batch += 1;
    cursorId = unrecorded.lastFollowerId;
    await db.Plan.updateOne({ planId: plan.id }, { $set: { enqueuedBatches: batch, enqueueCursor: cursorId } });
  }

  // One streaming pass over the followers; only an equality filter goes to the server (the one
  // kind FerretDB hands its backend), the rest is checked here as the rows stream past.
  const cursor = db.Follower.find({ status: 'active' })
    .select({ channel: 1, addressSealed: 1, language: 1, topics: 1, audience: 1, blocked: 1, lastInboundAt: 1 })
    .sort({ _id: 1 })
    .lean<FollowerRow[]>()
    .cursor({ batchSize: 1000 });
  try {
    for await (const row of cursor as AsyncIterable<FollowerRow>) {
      const id = row._id.toHexString();
      if (cursorId && id <= cursorId) continue;
      if (row.blocked || !row.topics.some((t) => topics.has(t))) continue;
      // WhatsApp bans numbers that message people who never wrote to them.
      if (row.channel === 'whatsapp' && !row.lastInboundAt) continue;
      buffer.push({ f: id, c: row.channel, a: row.audience, l: row.language, s: row.addressSealed });
      if (buffer.length >= BATCH_SIZE) await flush();
    }
  } finally {
    await cursor.close();
  }
  await flush();
  await db.Plan.updateOne({ planId: plan.id }, { $set: { enqueueDone: true, enqueuedBatches: batch } });
  log.info({ plan: plan.id, added, batches: batch }, 'followers enqueued');
  return { added, batches: batch };
}
