import { Types } from 'mongoose';
import type { BatchMember, BroadcastPauses, BroadcastRun, BroadcastRuns } from '../broadcast/broadcast-ports.js';
import type { ChannelName, Language } from '../core/types.js';
import { broadcastRunModels, type BroadcastRunModels } from './broadcast-run-models.js';
import { deleteOnce, insertOnce } from './insert-once.js';
import type { Models } from './models.js';

interface RunDoc {
  _id: string;
  planId: string;
  kind: BroadcastRun['kind'];
  revision: number;
  enqueueDone?: boolean;
  finishedAt?: Date | null;
  topics?: string[];
  audience?: string | null;
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
  ...(d.topics ? { to: { topics: d.topics, audience: d.audience ?? null } } : {}),
});

/**
 * BroadcastRuns on `broadcasts` (one document per correction or closing, inserted once), with
 * their audiences streamed in follower id order from the records that say who has the plan: a
 * correction from the plan's sent deliveries and the corrections sent since (broadcast_sends),
 * the closing from its pledges, each joined with the active followers as the streams pass (a
 * lookup of 500 ids by $in scans the whole collection on FerretDB). Only followers still active
 * and unblocked are kept.
 */
export class MongoBroadcastRuns implements BroadcastRuns {
  readonly #m: BroadcastRunModels;

  constructor(private readonly db: Models) {
    this.#m = broadcastRunModels(db);
  }

  start(run: Pick<BroadcastRun, 'id' | 'planId' | 'kind' | 'revision' | 'to'>): Promise<boolean> {
    const to = run.to ? { topics: run.to.topics, audience: run.to.audience ?? null } : {};
    return insertOnce(this.#m.Run, { _id: run.id, planId: run.planId, kind: run.kind, revision: run.revision, ...to, createdAt: new Date() });
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

  ordered(run: BroadcastRun): boolean {
    return run.kind !== 'gathering';
  }

  audience(run: BroadcastRun, afterId: string | null, skip: ReadonlySet<string> = new Set()): AsyncIterable<BatchMember> {
    if (run.kind === 'gathering') return this.#causeFollowers(run, skip);
    return run.kind === 'correction' ? this.#correctionAudience(run, afterId) : this.#pledgers(run, afterId);
  }

  /**
   * A gathering's invitees: active, unblocked followers of its causes (of its audience only,
   * when it has one), on WhatsApp only those who wrote first, as for a plan; each with their time
   * zone. Equality filters only go to the server; the rest is checked as rows pass. Unsorted,
   * as a plan's first send (FerretDB would read and sort every follower before the first).
   */
  async *#causeFollowers(run: BroadcastRun, skip: ReadonlySet<string>): AsyncIterable<BatchMember> {
    const wanted = new Set(run.to?.topics ?? []);
    const audience = run.to?.audience ?? null;
    type Row = FollowerRow & { audience: string; topics: string[]; timezone: string; lastInboundAt?: Date | null };
    const cursor = this.db.Follower.find(audience ? { status: 'active', audience } : { status: 'active' })
      .select({ channel: 1, addressSealed: 1, language: 1, status: 1, blocked: 1, audience: 1, topics: 1, timezone: 1, lastInboundAt: 1 })
      .lean<Row[]>()
      .cursor({ batchSize: 1000 });
    try {
      for await (const f of cursor as AsyncIterable<Row>) {
        if (skip.has(f._id.toHexString())) continue;
        if (!eligible(f) || !f.topics.some((t) => wanted.has(t))) continue;
        if (f.channel === 'whatsapp' && !f.lastInboundAt) continue;
        yield { ...member(f), timezone: f.timezone };
      }
    } finally {
      await cursor.close();
    }
  }

  /**
   * Who got the plan, with the newest message and revision each has, minus those already at this
   * revision: the plan's sent deliveries, the corrections sent since and the active followers,
   * each streamed in follower id order (equality filters only, which FerretDB hands its backend)
   * and joined as they pass, so memory stays flat and no follower is looked up on its own.
   */
  async *#correctionAudience(run: BroadcastRun, afterId: string | null): AsyncIterable<BatchMember> {
    const followers = new Sorted(this.#activeFollowers(), (f) => f._id.toHexString());
    const later = new Sorted(
      this.#m.Send.find({ planId: run.planId, kind: 'correction', status: 'sent' }).select({ followerId: 1, messageId: 1, revision: 1 }).sort({ followerId: 1 }).lean<Held[]>().cursor({ batchSize: 1000 }) as AsyncIterable<Held>,
      (r) => r.followerId.toHexString(),
    );
    const sent = this.db.Delivery.find({ planId: run.planId, status: 'sent' }).select({ followerId: 1, messageId: 1, revision: 1 }).sort({ followerId: 1 });
    try {
      for await (const d of sent.lean<Held[]>().cursor({ batchSize: 1000 }) as AsyncIterable<Held>) {
        const id = d.followerId.toHexString();
        if (afterId && id <= afterId) continue;
        let held = { messageId: d.messageId ?? null, revision: d.revision ?? 1 };
        for (const r of await later.take(id)) if ((r.revision ?? 1) >= held.revision) held = { messageId: r.messageId ?? null, revision: r.revision ?? 1 };
        const [f] = await followers.take(id);
        if (!f || !eligible(f) || held.revision >= run.revision) continue;
        yield { ...member(f), ...held };
      }
    } finally {
      await Promise.all([followers.close(), later.close()]);
    }
  }

  /** Followers who pledged to the plan and are still subscribed (pledges and followers joined by id as they stream). */
  async *#pledgers(run: BroadcastRun, afterId: string | null): AsyncIterable<BatchMember> {
    const followers = new Sorted(this.#activeFollowers(), (f) => f._id.toHexString());
    const pledges = this.db.Pledge.find({ planId: run.planId }).select({ followerId: 1 }).sort({ followerId: 1 });
    try {
      for await (const p of pledges.lean<Held[]>().cursor({ batchSize: 1000 }) as AsyncIterable<Held>) {
        const id = p.followerId.toHexString();
        if (afterId && id <= afterId) continue;
        const [f] = await followers.take(id);
        if (f && eligible(f)) yield member(f);
      }
    } finally {
      await followers.close();
    }
  }

  #activeFollowers(): AsyncIterable<FollowerRow & { audience: string }> {
    return this.db.Follower.find({ status: 'active' })
      .select({ channel: 1, addressSealed: 1, language: 1, status: 1, blocked: 1, audience: 1 })
      .sort({ _id: 1 })
      .lean<(FollowerRow & { audience: string })[]>()
      .cursor({ batchSize: 1000 }) as AsyncIterable<FollowerRow & { audience: string }>;
  }
}

const eligible = (f: FollowerRow): boolean => f.status === 'active' && !f.blocked;

function member(f: FollowerRow & { audience: string }): BatchMember {
  return { followerId: f._id.toHexString(), channel: f.channel as ChannelName, audience: f.audience, language: f.language as Language, sealedAddress: f.addressSealed };
}

/** A stream sorted by a key, read forward only: take(k) skips what sorts before k and returns the rows at k. */
class Sorted<T> {
  readonly #it: AsyncIterator<T>;
  #head: { row: T; key: string } | null | undefined;

  constructor(
    rows: AsyncIterable<T>,
    private readonly key: (row: T) => string,
  ) {
    this.#it = rows[Symbol.asyncIterator]();
  }

  async take(k: string): Promise<T[]> {
    const out: T[] = [];
    for (;;) {
      if (this.#head === undefined) {
        const r = await this.#it.next();
        this.#head = r.done ? null : { row: r.value, key: this.key(r.value) };
      }
      if (this.#head === null || this.#head.key > k) return out;
      if (this.#head.key === k) out.push(this.#head.row);
      this.#head = undefined;
    }
  }

  async close(): Promise<void> {
    await this.#it.return?.();
  }
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
