import type { Connection } from 'mongoose';
import type { DailySendCounter } from '../broadcast/whatsapp-pacer.js';
import { isDuplicateKey } from './duplicate-key.js';

interface SlotDoc {
  /** `<day>|<n>`: the n-th send of that UTC day. */
  _id: string;
  day: string;
}

/**
 * The daily cap as slots taken by unique insert: the n-th send of a day inserts `<day>|<n>`, so
 * two processes can never both take the same slot and the cap cannot be overrun, on MongoDB and
 * on FerretDB alike (an `$inc` there is a read then a write, and loses counts when two race).
 */
export class MongoDailySendCounter implements DailySendCounter {
  #indexed: Promise<unknown> | null = null;

  constructor(
    private readonly conn: Connection,
    private readonly collection = 'whatsapp_daily_slots',
  ) {}

  async tryCount(day: string, cap: number): Promise<boolean> {
    const slots = this.conn.collection<SlotDoc>(this.collection);
    this.#indexed ??= slots.createIndex({ day: 1 });
    await this.#indexed;
    // A caller that loses a slot to another tries the next; the count only grows, so this ends.
    for (;;) {
      const taken = await slots.countDocuments({ day });
      if (taken >= cap) return false;
      try {
        await slots.insertOne({ _id: `${day}|${taken + 1}`, day });
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }

  /** Sends counted on a day (for status and tests). */
  async count(day: string): Promise<number> {
    return this.conn.collection<SlotDoc>(this.collection).countDocuments({ day });
  }
}
