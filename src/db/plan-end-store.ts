import type { Types } from 'mongoose';
import type { PlanEnding } from '../plans/plan-end.js';
import { insertOnce } from './insert-once.js';
import type { Models } from './models.js';

/** PlanEnding on plan_transitions (`<planId>|end`, its claim) and the plan's `endedAt`. */
export class MongoPlanEnding implements PlanEnding {
  constructor(private readonly db: Models) {}

  async end(planId: string, at: Date): Promise<boolean> {
    const id = `${planId}|end`;
    const won = await insertOnce(this.db.PlanTransition, { _id: id, to: 'ended', at });
    const claim = won ? { at } : await this.db.PlanTransition.findById(id).lean<{ at: Date }>();
    // Bookkeeping, the same value from every caller: the claim's time.
    if (claim) await this.db.Plan.updateOne({ planId, endedAt: null }, { $set: { endedAt: claim.at } });
    return won;
  }

  async *openPledgers(planId: string): AsyncIterable<{ followerId: string; audience: string }> {
    type Row = { followerId: Types.ObjectId; audience: string };
    const cursor = this.db.Pledge.find({ planId, open: true }).select({ followerId: 1, audience: 1 }).lean<Row[]>().cursor({ batchSize: 1000 });
    try {
      for await (const row of cursor as AsyncIterable<Row>) yield { followerId: row.followerId.toHexString(), audience: row.audience };
    } finally {
      await cursor.close();
    }
  }
}
