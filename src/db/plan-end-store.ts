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
}
