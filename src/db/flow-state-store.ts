import type { FlowStateRecord, FlowStateStore } from '../core/flow/flow-state.js';
import type { Language } from '../core/types.js';
import type { Models } from './models.js';

interface FlowStateDoc {
  _id: string;
  flow: string;
  args: unknown;
  language: string;
  replay: FlowStateRecord['replay'];
  interrupt: number;
  pendingToken: string | null;
  version: number;
}

/** Conversation state in MongoDB: one document per follower, written with a version check. */
export class MongoFlowStateStore implements FlowStateStore {
  constructor(private readonly db: Models) {}

  async get(followerId: string): Promise<FlowStateRecord | null> {
    const doc = await this.db.FlowState.findById(followerId).lean<FlowStateDoc>();
    if (!doc) return null;
    return {
      followerId: doc._id,
      flow: doc.flow,
      args: doc.args,
      language: doc.language as Language,
      replay: doc.replay,
      interrupt: doc.interrupt,
      pendingToken: doc.pendingToken,
      version: doc.version,
    };
  }

  async put(record: FlowStateRecord, expectedVersion: number | null): Promise<boolean> {
    const body = {
      flow: record.flow,
      args: record.args,
      language: record.language,
      replay: record.replay,
      interrupt: record.interrupt,
      pendingToken: record.pendingToken,
      version: record.version,
      updatedAt: new Date(),
    };
    if (expectedVersion === null) {
      try {
        await this.db.FlowState.create({ _id: record.followerId, ...body });
        return true;
      } catch (err) {
        if ((err as { code?: number }).code === 11000) return false;
        throw err;
      }
    }
    const res = await this.db.FlowState.updateOne(
      { _id: record.followerId, version: expectedVersion },
      { $set: body },
    );
    return res.matchedCount === 1;
  }

  async delete(followerId: string, expectedVersion?: number): Promise<boolean> {
    const filter = expectedVersion === undefined ? { _id: followerId } : { _id: followerId, version: expectedVersion };
    const res = await this.db.FlowState.deleteOne(filter);
    if (res.deletedCount === 1 || expectedVersion === undefined) return true;
    return (await this.db.FlowState.exists({ _id: followerId })) === null;
  }
}
