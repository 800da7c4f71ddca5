import type { Connection } from 'mongoose';
import type { DailySendCounter } from '../broadcast/whatsapp-pacer.js';

/**
 * The daily counter: one small document per UTC day, moved by $inc (atomic on MongoDB; FerretDB
 * reads then writes back, so there two processes sending at the same instant may count as one,
 * and only one process runs WhatsApp anyway).
 */
export class MongoDailySendCounter implements DailySendCounter {
  constructor(
    private readonly conn: Connection,
    private readonly collection = 'whatsapp_daily_sends',
  ) {}

  async tryCount(day: string, cap: number): Promise<boolean> {
    try {
      // Matches only while under the cap; at the cap the upsert's insert collides with the
      // day's document (same _id), which is how we learn the cap was reached.
      await this.conn
        .collection<{ _id: string; n: number }>(this.collection)
        .updateOne({ _id: day, n: { $lt: cap } }, { $inc: { n: 1 } }, { upsert: true });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code === 11000) return false;
      throw err;
    }
  }

  /** Sends counted on a day (for status and tests). */
  async count(day: string): Promise<number> {
    const doc = await this.conn.collection<{ _id: string; n: number }>(this.collection).findOne({ _id: day });
    return doc?.n ?? 0;
  }
}
