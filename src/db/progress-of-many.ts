import { Types } from 'mongoose';
import type { ProgressOfMany } from '../plans/correction-message.js';
import type { Progress } from '../plans/plan-types.js';
import type { Models } from './models.js';

/**
 * Many followers' standing on one plan in two queries (pledges and ticks by `$in`), for a
 * correction's checklists: the same answer as PledgeStore.progress for each of them.
 */
export class MongoProgressOfMany implements ProgressOfMany {
  constructor(private readonly db: Models) {}

  async progressOf(planId: string, followerIds: readonly string[]): Promise<Map<string, Progress>> {
    const ids = followerIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    const [pledges, ticks] = await Promise.all([
      this.db.Pledge.find({ planId, followerId: { $in: ids } }).select({ followerId: 1, completedAt: 1 }).lean<{ followerId: Types.ObjectId; completedAt: Date | null }[]>(),
      this.db.Completion.find({ planId, followerId: { $in: ids } }).select({ followerId: 1, task: 1 }).lean<{ followerId: Types.ObjectId; task: number }[]>(),
    ]);
    const out = new Map<string, Progress>(followerIds.map((id) => [id, { pledged: false, completedAt: null, done: [] }]));
    for (const p of pledges) out.set(p.followerId.toHexString(), { pledged: true, completedAt: p.completedAt ?? null, done: [] });
    // Task 0 and -1 are the pledge's and completion's marks (see pledge-store.ts), not ticks.
    for (const t of ticks) if (t.task >= 1) out.get(t.followerId.toHexString())?.done.push(t.task);
    for (const p of out.values()) p.done.sort((a, b) => a - b);
    return out;
  }
}
