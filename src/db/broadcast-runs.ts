import { Types } from 'mongoose';
import type { BatchMember, BroadcastPauses, BroadcastRun, BroadcastRuns } from '../broadcast/broadcast-ports.js';
import type { ChannelName, Language } from '../core/types.js';
import { broadcastRunModels, type BroadcastRunModels } from './broadcast-run-models.js';
import { deleteOnce, insertOnce } from './insert-once.js';
import type { Models } from './models.js';

/** Followers looked up at once while streaming an audience. */
const CHUNK = 500;

interface RunDoc {
  _id: string;
  planId: string;
  kind: BroadcastRun['kind'];
  revision: number;
  enqueueDone?: boolean;
  finishedAt?: Date | null;
}

interface FollowerRow {
  _id: Types.ObjectId;
  channel: string;
  addressSealed: string;
  language: string;
  status: string;
  blocked?: boolean;
}

/** A follower's message of a plan and the revision it shows, from one record. */
interface Held {
  followerId: Types.ObjectId;
  messageId?: string | null;
  revision?: number | null;
}

const toRun = (d: RunDoc): BroadcastRun => ({
  id: d._id,
  planId: d.planId,
  kind: d.kind,
  revision: d.revision,
  enqueueDone: Boolean(d.enqueueDone),
  finishedAt: d.finishedAt ?? null,
});

/**
 * BroadcastRuns on `broadcasts` (one document per correction or closing, inserted once), with
 * their audiences streamed in follower id order from the records that say who has the plan: a
 * correction from the plan's sent deliveries and the corrections sent since (broadcast_sends),
 * the closing from its pledges. Only followers still active and unblocked are kept.
 */
export class MongoBroadcastRuns implements BroadcastRuns {
  readonly #m: BroadcastRunModels;

  constructor(private readonly db: Models) {
    this.#m = broadcastRunModels(db);
  }

  start(run: Pick<BroadcastRun, 'id' | 'planId' | 'kind' | 'revision'>): Promise<boolean> {
    return insertOnce(this.#m.Run, { _id: run.id, planId: run.planId, kind: run.kind, revision: run.revision, createdAt: new Date() });
  }

  async get(id: string): Promise<BroadcastRun | null> {
    const doc = await this.#m.Run.findById(id).lean<RunDoc>();
    return doc ? toRun(doc) : null;
  }

  async running(): Promise<BroadcastRun[]> {
    const docs = await this.#m.Run.find({ finishedAt: null }).sort({ createdAt: 1 }).lean<RunDoc[]>();
    return docs.map(toRun);
  }

  async ofPlan(planId: string): Promise<BroadcastRun[]> {
    const docs = await this.#m.Run.find({ planId }).sort({ createdAt: 1 }).lean<RunDoc[]>();
    return docs.map(toRun);
  }

  async finish(id: string, at: Date): Promise<void> {
    // Idempotent bookkeeping: nothing else hangs on which caller finished it.
    await this.#m.Run.updateOne({ _id: id, finishedAt: null }, { $set: { finishedAt: at } });
  }

  audience(run: BroadcastRun, afterId: string | null): AsyncIterable<BatchMember> {
    return run.kind === 'correction' ? this.#correctionAudience(run, afterId) : this.#pledgers(run, afterId);
  }

  /** Who got the plan, with the newest message and revision each has, minus those already at this revision. */
  async *#correctionAudience(run: BroadcastRun, afterId: string | null): AsyncIterable<BatchMember> {
    const rows = this.db.Delivery.find({ planId: run.planId, status: 'sent' }).select({ followerId: 1, messageId: 1, revision: 1 }).sort({ followerId: 1 });
    for await (const chunk of chunks<Held>(rows.lean<Held[]>().cursor({ batchSize: 1000 }) as AsyncIterable<Held>, afterId)) {
      const ids = chunk.map((r) => r.followerId);
      const [followers, later] = await Promise.all([
        this.#followers(ids),
        this.#m.Send.find({ planId: run.planId, kind: 'correction', status: 'sent', followerId: { $in: ids } }).select({ followerId: 1, messageId: 1, revision: 1 }).lean<Held[]>(),
      ]);
      const newest = new Map<string, Held>();
      for (const r of [...chunk, ...later]) {
        const id = r.followerId.toHexString();
        if ((r.revision ?? 1) >= (newest.get(id)?.revision ?? 0)) newest.set(id, { ...r, revision: r.revision ?? 1 });
      }
      for (const r of chunk) {
        const id = r.followerId.toHexString();
        const f = followers.get(id);
        const held = newest.get(id)!;
        if (!f || (held.revision ?? 1) >= run.revision) continue;
        yield { ...member(f), messageId: held.messageId ?? null, revision: held.revision ?? 1 };
      }
    }
  }

  /** Followers who pledged to the plan and are still subscribed. */
  async *#pledgers(run: BroadcastRun, afterId: string | null): AsyncIterable<BatchMember> {
    const rows = this.db.Pledge.find({ planId: run.planId }).select({ followerId: 1 }).sort({ followerId: 1 });
    for await (const chunk of chunks<Held>(rows.lean<Held[]>().cursor({ batchSize: 1000 }) as AsyncIterable<Held>, afterId)) {
      const followers = await this.#followers(chunk.map((r) => r.followerId));
      for (const r of chunk) {
        const f = followers.get(r.followerId.toHexString());
        if (f) yield member(f);
      }
    }
  }

  /** Active, unblocked followers among `ids`, by id. */
  async #followers(ids: Types.ObjectId[]): Promise<Map<string, FollowerRow & { audience: string }>> {
    const rows = await this.db.Follower.find({ _id: { $in: ids } })
      .select({ channel: 1, addressSealed: 1, language: 1, status: 1, blocked: 1, audience: 1 })
      .lean<(FollowerRow & { audience: string })[]>();
    return new Map(rows.filter((f) => f.status === 'active' && !f.blocked).map((f) => [f._id.toHexString(), f]));
  }
}

function member(f: FollowerRow & { audience: string }): BatchMember {
  return { followerId: f._id.toHexString(), channel: f.channel as ChannelName, audience: f.audience, language: f.language as Language, sealedAddress: f.addressSealed };
}

/** Rows after `afterId`, CHUNK at a time (the follower id order is the cursor's). */
async function* chunks<T extends { followerId: Types.ObjectId }>(rows: AsyncIterable<T>, afterId: string | null): AsyncIterable<T[]> {
  let chunk: T[] = [];
  for await (const row of rows) {
    if (afterId && row.followerId.toHexString() <= afterId) continue;
    chunk.push(row);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** BroadcastPauses on broadcast_pauses: a pause is an insert of the broadcast's id, a resume its delete. */
export class MongoBroadcastPauses implements BroadcastPauses {
  readonly #m: BroadcastRunModels;

  constructor(db: Models) {
    this.#m = broadcastRunModels(db);
  }

  pause(broadcastId: string, by: string): Promise<boolean> {
    return insertOnce(this.#m.Pause, { _id: broadcastId, by, at: new Date() });
  }

  resume(broadcastId: string): Promise<boolean> {
    return deleteOnce(this.#m.Pause, broadcastId);
  }

  async isPaused(broadcastId: string): Promise<boolean> {
    return (await this.#m.Pause.countDocuments({ _id: broadcastId })) > 0;
  }
}
