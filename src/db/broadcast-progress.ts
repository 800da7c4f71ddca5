import type { BroadcastProgress, BroadcastTotals } from '../plans/plan-types.js';
import type { Models } from './models.js';

/**
 * BroadcastProgress from the delivery records and batch sizes. Interim: the broadcast's own
 * DeliveryLog brings the same `totals` and takes this one's place when the branches meet.
 */
export class MongoBroadcastProgress implements BroadcastProgress {
  constructor(private readonly db: Models) {}

  /** Pending is everyone enqueued (the batches' sizes) without a delivery record yet. */
  async totals(planId: string): Promise<BroadcastTotals> {
    const count = (status: string) => this.db.Delivery.countDocuments({ planId, status });
    const [sent = 0, failed = 0, blocked = 0] = await Promise.all(['sent', 'failed', 'blocked'].map(count));
    const batches = await this.db.BroadcastBatch.find({ planId }).select({ size: 1 }).lean<{ size?: number }[]>();
    const enqueued = batches.reduce((sum, b) => sum + (b.size ?? 0), 0);
    return { sent, pending: Math.max(0, enqueued - sent - failed - blocked), failed, blocked };
  }
}
