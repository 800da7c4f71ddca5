import { Types } from 'mongoose';
import type { DeliveryLog, DeliveryRecord } from '../broadcast/broadcast-ports.js';
import { isDuplicateKey } from './duplicate-key.js';
import { CATCH_UP_BATCH } from '../plans/catch-up-ports.js';
import type { Models } from './models.js';

/**
 * DeliveryLog on deliveries: one document per plan and follower (`<planId>|<followerId>`),
 * inserted and never updated (on FerretDB an insert is checked by the unique index alone, an
 * update scans). Pending comes from the sizes of the plan's claim rows in broadcast_batches.
 */
export class MongoDeliveryLog implements DeliveryLog {
  constructor(private readonly db: Models) {}

  async record(planId: string, batch: number, records: readonly DeliveryRecord[]): Promise<void> {
    if (!records.length) return;
    const docs = records.map((r) => ({
      _id: `${planId}|${r.followerId}`,
      planId,
      followerId: new Types.ObjectId(r.followerId),
      audience: r.audience,
      channel: r.channel,
      batch,
      status: r.status,
      reason: r.reason,
      messageId: r.messageId,
      at: r.at,
    }));
    // A record already there (a resend after a crash) is left as it was.
    await this.db.Delivery.insertMany(docs, { ordered: false }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
  }

  async recordedIn(planId: string, batch: number): Promise<string[]> {
    const rows = await this.db.Delivery.find({ planId, batch }).select({ followerId: 1 }).lean<{ followerId: Types.ObjectId }[]>();
    return rows.map((r) => r.followerId.toHexString());
  }

  /**
   * Totals by outcome. Pending is the broadcast's batches' sizes less the records of its batches
   * (erased followers' stand-ins count as settled; catch-up sends, outside any batch, do not).
   */
  async totals(planId: string): Promise<{ sent: number; pending: number; failed: number; blocked: number }> {
    const byStatus = async (match: Record<string, unknown>) => {
      const rows = await this.db.Delivery.aggregate<{ _id: string; n: number }>([{ $match: match }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
      return new Map(rows.map((r) => [r._id, r.n]));
    };
    const [all, caughtUp, batches] = await Promise.all([
      byStatus({ planId }),
      byStatus({ planId, batch: CATCH_UP_BATCH }),
      this.db.BroadcastBatch.find({ planId }).select({ size: 1 }).lean<{ size?: number }[]>(),
    ]);
    const enqueued = batches.reduce((sum, b) => sum + (b.size ?? 0), 0);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const of = (status: string) => all.get(status) ?? 0;
    return { sent: of('sent'), pending: Math.max(0, enqueued - (sum(all) - sum(caughtUp))), failed: of('failed'), blocked: of('blocked') };
  }
}
