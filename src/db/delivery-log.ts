import { Types } from 'mongoose';
import { isFirstSend, parseBroadcastId } from '../broadcast/broadcast-id.js';
import type { DeliveryLog, DeliveryRecord } from '../broadcast/broadcast-ports.js';
import { broadcastRunModels, type BroadcastRunModels } from './broadcast-run-models.js';
import { isDuplicateKey } from './duplicate-key.js';
import { CATCH_UP_BATCH } from '../plans/catch-up-ports.js';
import type { LooseModel, Models } from './models.js';

/**
 * DeliveryLog on deliveries: one document per plan and follower (`<planId>|<followerId>`),
 * inserted and never updated (on FerretDB an insert is checked by the unique index alone, an
 * update scans). Pending comes from the sizes of the plan's claim rows in broadcast_batches.
 * The records of corrections and closings (broadcast ids `<planId>@r<N>`, `<planId>#close`) go
 * to broadcast_sends in the same way, keyed `<broadcastId>|<followerId>`.
 */
export class MongoDeliveryLog implements DeliveryLog {
  readonly #runs: BroadcastRunModels;

  constructor(private readonly db: Models) {
    this.#runs = broadcastRunModels(db);
  }

  async record(planId: string, batch: number, records: readonly DeliveryRecord[]): Promise<void> {
    if (!records.length) return;
    const first = isFirstSend(planId);
    const parsed = parseBroadcastId(planId);
    const docs = records.map((r) => ({
      _id: `${planId}|${r.followerId}`,
      ...(first ? { planId } : { broadcastId: planId, planId: parsed.planId, kind: parsed.kind, how: r.how ?? null }),
      followerId: new Types.ObjectId(r.followerId),
      audience: r.audience,
      channel: r.channel,
      batch,
      status: r.status,
      reason: r.reason,
      messageId: r.messageId,
      revision: r.revision ?? null,
      at: r.at,
    }));
    // A record already there (a resend after a crash) is left as it was.
    await this.#model(planId).insertMany(docs, { ordered: false }).catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
    });
  }

  /** Where a broadcast's records are, and the field naming the broadcast there. */
  #model(id: string): LooseModel {
    return isFirstSend(id) ? this.db.Delivery : this.#runs.Send;
  }

  #key(id: string): Record<string, string> {
    return isFirstSend(id) ? { planId: id } : { broadcastId: id };
  }

  async recordedIn(planId: string, batch: number): Promise<string[]> {
    const rows = await this.#model(planId).find({ ...this.#key(planId), batch }).select({ followerId: 1 }).lean<{ followerId: Types.ObjectId }[]>();
    return rows.map((r) => r.followerId.toHexString());
  }

  /**
   * Totals by outcome. Pending is the broadcast's batches' sizes less the records of its batches
   * (erased followers' stand-ins count as settled; catch-up sends, outside any batch, do not).
   */
  async totals(planId: string): Promise<{ sent: number; pending: number; failed: number; blocked: number }> {
    const batchesOf = () => this.db.BroadcastBatch.find({ planId }).select({ size: 1 }).lean<{ size?: number }[]>();
    const sizes = (batches: { size?: number }[]) => batches.reduce((sum, b) => sum + (b.size ?? 0), 0);
    if (isFirstSend(planId)) {
      const byStatus = async (match: Record<string, unknown>) => {
        const rows = await this.db.Delivery.aggregate<{ _id: string; n: number }>([{ $match: match }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
        return new Map(rows.map((r) => [r._id, r.n]));
      };
      const [all, caughtUp, batches] = await Promise.all([byStatus({ planId }), byStatus({ planId, batch: CATCH_UP_BATCH }), batchesOf()]);
      const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      const of = (status: string) => all.get(status) ?? 0;
      return { sent: of('sent'), pending: Math.max(0, sizes(batches) - (sum(all) - sum(caughtUp))), failed: of('failed'), blocked: of('blocked') };
    }
    const count = (status: string) => this.#runs.Send.countDocuments({ broadcastId: planId, status });
    const [sent, failed, blocked, batches, settled] = await Promise.all([
      count('sent'),
      count('failed'),
      count('blocked'),
      batchesOf(),
      // A correction's or closing's records include erased followers' stand-ins: every record is settled.
      this.#runs.Send.countDocuments({ broadcastId: planId }),
    ]);
    return { sent, pending: Math.max(0, sizes(batches) - settled), failed, blocked };
  }
}
