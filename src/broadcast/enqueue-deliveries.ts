import type { Logger } from 'pino';
import type { Types } from 'mongoose';
import type { Models } from '../db/models.js';
import type { StoredPlan } from '../db/plan-store.js';

/** Deliveries per batch: the unit one process claims and sends. */
export const BATCH_SIZE = 500;

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

/**
 * WhatsApp bans numbers that message people who never wrote to them, so a WhatsApp follower
 * is only sent to once they have written to us (every one has, but the rule is kept here).
 */
function mayReceive(row: FollowerRow): boolean {
  return row.channel !== 'whatsapp' || Boolean(row.lastInboundAt);
}

/**
 * Writes one pending delivery per eligible follower (active, not blocked, following one of the
 * plan's topics), streaming followers so memory stays flat. Upserts make a re-run after a
 * crash add only the missing ones; new ones always go to fresh batch numbers, so a batch that
 * was already sent never gains a member. Batches are single-channel, so a slow channel
 * (WhatsApp) never holds up a fast one.
 */
export async function enqueueDeliveries(
  db: Models,
  plan: StoredPlan,
  log: Logger,
  /** Called after each batch is written (the worker renews its lease here). */
  onBatch: () => Promise<void> = async () => undefined,
): Promise<{ added: number; batches: number }> {
  const topics = new Set(plan.topics);
  let batch = plan.enqueuedBatches;
  let added = 0;
  const buffers = new Map<string, FollowerRow[]>();

  const flush = async (rows: FollowerRow[]) => {
    if (!rows.length) return;
    const ops = rows.map((f) => ({
      updateOne: {
        filter: { planId: plan.id, followerId: f._id },
        update: {
          $setOnInsert: {
            planId: plan.id,
            followerId: f._id,
            audience: f.audience,
            channel: f.channel,
            language: f.language,
            addressSealed: f.addressSealed,
            batch,
            status: 'pending',
            attempts: 0,
          },
        },
        upsert: true,
      },
    }));
    const res = await db.Delivery.bulkWrite(ops, { ordered: false });
    if (res.upsertedCount > 0) {
      added += res.upsertedCount;
      batch += 1;
      await db.Plan.updateOne({ planId: plan.id }, { $set: { enqueuedBatches: batch } });
    }
    await onBatch();
  };

  // Equality on an indexed field is the one filter FerretDB hands to its backend; the rest is
  // checked here as the rows stream past.
  const cursor = db.Follower.find({ status: 'active' })
    .select({ channel: 1, addressSealed: 1, language: 1, topics: 1, audience: 1, blocked: 1, lastInboundAt: 1 })
    .sort({ _id: 1 })
    .lean<FollowerRow[]>()
    .cursor({ batchSize: 1000 });
  for await (const row of cursor as AsyncIterable<FollowerRow>) {
    if (row.blocked || !row.topics.some((t) => topics.has(t)) || !mayReceive(row)) continue;
    const buf = buffers.get(row.channel) ?? [];
    buf.push(row);
    buffers.set(row.channel, buf);
    if (buf.length >= BATCH_SIZE) {
      buffers.set(row.channel, []);
      await flush(buf);
    }
  }
  for (const buf of buffers.values()) await flush(buf);
  await db.Plan.updateOne({ planId: plan.id }, { $set: { enqueueDone: true, enqueuedBatches: batch } });
  log.info({ plan: plan.id, added, batches: batch }, 'deliveries enqueued');
  return { added, batches: batch };
}
