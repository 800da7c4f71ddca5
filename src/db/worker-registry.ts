import type { WorkerRegistry } from '../broadcast/broadcast-ports.js';
import type { Models } from './models.js';

/** WorkerRegistry on workers: one document per process, its last heartbeat. */
export class MongoWorkerRegistry implements WorkerRegistry {
  constructor(private readonly db: Models) {}

  async beat(workerId: string, at: Date): Promise<void> {
    // Only this process writes its own document, so the upsert never races.
    await this.db.Worker.updateOne({ _id: workerId }, { $set: { beatAt: at } }, { upsert: true });
  }

  async countLive(since: Date): Promise<number> {
    return this.db.Worker.countDocuments({ beatAt: { $gt: since } });
  }

  async leave(workerId: string): Promise<void> {
    await this.db.Worker.deleteOne({ _id: workerId });
  }
}
