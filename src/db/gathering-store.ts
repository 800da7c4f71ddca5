import { Schema, Types } from 'mongoose';
import { gatheringBroadcastId } from '../broadcast/broadcast-id.js';
import type { Gathering, GatheringHost, GatheringReminderClaims, GatheringStore, RsvpStore } from '../gatherings/gathering-types.js';
import { broadcastRunModels } from './broadcast-run-models.js';
import { deleteOnce, insertOnce } from './insert-once.js';
import { model, type LooseModel, type Models } from './models.js';

/*
 * Gatherings and what followers do with them. `gatherings` holds public details only (title,
 * link, guests as they wish to be named, the cause, the host's audience code); the follower's
 * answer and their reminder are one document each, keyed `<gatheringId>|<followerId>`, inserted
 * once and deleted on /forget (see GATHERING_ERASURES).
 */

const gathering = new Schema(
  {
    _id: { type: String, required: true },
    cause: { type: String, required: true },
    /** 'forum', or the influencer's audience code. */
    host: { type: String, required: true },
    hostName: { type: String, default: null },
    startsAt: { type: Date, required: true },
    minutes: { type: Number, required: true },
    link: { type: String, required: true },
    title: { type: String, required: true },
    guests: { type: [String], default: [] },
    status: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    cancelledAt: { type: Date, default: null },
  },
  { versionKey: false },
);
gathering.index({ status: 1 });

/** "I'll be there": one per gathering and follower. */
const rsvp = new Schema(
  {
    _id: { type: String, required: true },
    gatheringId: { type: String, required: true },
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
rsvp.index({ gatheringId: 1, followerId: 1 });
rsvp.index({ followerId: 1 });

/** One reminder per gathering and follower (and one word of its cancellation: `<gathering>#cancel|<follower>`), claimed before it is sent. */
const reminderClaim = new Schema(
  { _id: { type: String, required: true }, gatheringId: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);
reminderClaim.index({ gatheringId: 1 });

export interface GatheringModels {
  Gathering: LooseModel;
  Rsvp: LooseModel;
  Reminder: LooseModel;
}

export function gatheringModels(db: Models): GatheringModels {
  const conn = db.Follower.db;
  return {
    Gathering: model(conn, 'Gathering', gathering, 'gatherings'),
    Rsvp: model(conn, 'GatheringRsvp', rsvp, 'gathering_rsvps'),
    Reminder: model(conn, 'GatheringReminder', reminderClaim, 'gathering_reminders'),
  };
}

export async function syncGatheringIndexes(db: Models): Promise<void> {
  for (const m of Object.values(gatheringModels(db))) await m.createIndexes();
}

interface GatheringDoc {
  _id: string;
  cause: string;
  host: string;
  hostName?: string | null;
  startsAt: Date;
  minutes: number;
  link: string;
  title: string;
  guests?: string[];
  status: Gathering['status'];
  createdBy: string;
  createdAt: Date;
}

const toGathering = (d: GatheringDoc): Gathering => ({
  id: d._id,
  cause: d.cause,
  host: d.host === 'forum' ? { kind: 'forum' } : { kind: 'influencer', code: d.host, displayName: d.hostName ?? d.host },
  startsAt: d.startsAt,
  minutes: d.minutes,
  link: d.link,
  title: d.title,
  guests: d.guests ?? [],
  status: d.status,
  createdBy: d.createdBy,
  createdAt: d.createdAt,
});

const hostFields = (h: GatheringHost) => (h.kind === 'forum' ? { host: 'forum', hostName: null } : { host: h.code, hostName: h.displayName });

/** GatheringStore on `gatherings`: few documents, read by status (an equality FerretDB pushes down). */
export class MongoGatheringStore implements GatheringStore {
  readonly #m: GatheringModels;

  constructor(db: Models) {
    this.#m = gatheringModels(db);
  }

  insert(g: Gathering): Promise<boolean> {
    const { id, host, ...rest } = g;
    return insertOnce(this.#m.Gathering, { _id: id, ...rest, ...hostFields(host) });
  }

  async get(id: string): Promise<Gathering | null> {
    const doc = await this.#m.Gathering.findById(id).lean<GatheringDoc>();
    return doc ? toGathering(doc) : null;
  }

  async upcoming(now: Date): Promise<Gathering[]> {
    const docs = await this.#m.Gathering.find({ status: 'announced' }).lean<GatheringDoc[]>();
    return docs
      .map(toGathering)
      .filter((g) => g.startsAt.getTime() + g.minutes * 60_000 > now.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  async recent(since: Date): Promise<Gathering[]> {
    const docs = await this.#m.Gathering.find({ status: 'announced' }).lean<GatheringDoc[]>();
    return docs
      .map(toGathering)
      .filter((g) => g.startsAt.getTime() >= since.getTime())
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  }

  async cancelledUpcoming(now: Date): Promise<Gathering[]> {
    const docs = await this.#m.Gathering.find({ status: 'cancelled' }).lean<GatheringDoc[]>();
    return docs.map(toGathering).filter((g) => g.startsAt.getTime() > now.getTime());
  }

  async cancel(id: string, at: Date): Promise<void> {
    // Idempotent: whoever writes it, the gathering ends up cancelled.
    await this.#m.Gathering.updateOne({ _id: id }, { $set: { status: 'cancelled', cancelledAt: at } });
  }
}

const key = (gatheringId: string, followerId: string) => `${gatheringId}|${followerId}`;

async function byAudience(m: LooseModel, match: Record<string, unknown>): Promise<Map<string, number>> {
  const rows = await m.aggregate<{ _id: string; n: number }>([{ $match: match }, { $group: { _id: '$audience', n: { $sum: 1 } } }]);
  return new Map(rows.map((r) => [r._id, r.n]));
}

/** RsvpStore on `gathering_rsvps`; invitations counted from the announcement's records in broadcast_sends. */
export class MongoRsvpStore implements RsvpStore {
  readonly #m: GatheringModels;
  readonly #sends: LooseModel;

  constructor(db: Models) {
    this.#m = gatheringModels(db);
    this.#sends = broadcastRunModels(db).Send;
  }

  answer(gatheringId: string, followerId: string, audience: string, at: Date): Promise<boolean> {
    return insertOnce(this.#m.Rsvp, { _id: key(gatheringId, followerId), gatheringId, followerId: new Types.ObjectId(followerId), audience, at });
  }

  withdraw(gatheringId: string, followerId: string): Promise<boolean> {
    return deleteOnce(this.#m.Rsvp, key(gatheringId, followerId));
  }

  async has(gatheringId: string, followerId: string): Promise<boolean> {
    return (await this.#m.Rsvp.countDocuments({ _id: key(gatheringId, followerId) })) > 0;
  }

  async *yesSayers(gatheringId: string, before: Date): AsyncIterable<string> {
    const cursor = this.#m.Rsvp.find({ gatheringId }).select({ followerId: 1, at: 1 }).sort({ followerId: 1 }).lean<{ followerId: Types.ObjectId; at: Date }[]>().cursor({ batchSize: 1000 });
    try {
      for await (const r of cursor as AsyncIterable<{ followerId: Types.ObjectId; at: Date }>) if (r.at.getTime() < before.getTime()) yield r.followerId.toHexString();
    } finally {
      await cursor.close();
    }
  }

  yesByAudience(gatheringId: string): Promise<Map<string, number>> {
    return byAudience(this.#m.Rsvp, { gatheringId });
  }

  invitedByAudience(gatheringId: string): Promise<Map<string, number>> {
    return byAudience(this.#sends, { broadcastId: gatheringBroadcastId(gatheringId), status: 'sent' });
  }
}

/** GatheringReminderClaims on `gathering_reminders`. */
export class MongoGatheringReminderClaims implements GatheringReminderClaims {
  readonly #m: GatheringModels;

  constructor(db: Models) {
    this.#m = gatheringModels(db);
  }

  claim(gatheringId: string, followerId: string, at: Date): Promise<boolean> {
    return insertOnce(this.#m.Reminder, { _id: key(gatheringId, followerId), gatheringId, at });
  }

  async release(gatheringId: string, followerId: string): Promise<void> {
    await deleteOnce(this.#m.Reminder, key(gatheringId, followerId));
  }

  async claimed(gatheringId: string): Promise<Set<string>> {
    const rows = await this.#m.Reminder.find({ gatheringId }).select({ _id: 1 }).lean<{ _id: string }[]>();
    return new Set(rows.map((r) => r._id.slice(gatheringId.length + 1)));
  }
}

/** /forget for these collections, in the shape of src/db/erasure.ts's steps (listed there). */
export const GATHERING_ERASURES: readonly { collection: string; how: string; erase(db: Models, f: { id: string; oid: Types.ObjectId }): Promise<void> }[] = [
  {
    collection: 'gathering_rsvps',
    how: 'deleted (by follower, and keyed `<gathering>|<follower>`)',
    erase: async (db, f) => {
      const { Rsvp } = gatheringModels(db);
      await Rsvp.deleteMany({ followerId: f.oid });
      await Rsvp.deleteMany({ _id: { $regex: `\\|${f.id}$` } });
    },
  },
  {
    collection: 'gathering_reminders',
    how: 'deleted (keyed `<gathering>|<follower>` and `<gathering>#cancel|<follower>`)',
    erase: async (db, f) => {
      await gatheringModels(db).Reminder.deleteMany({ _id: { $regex: `\\|${f.id}$` } });
    },
  },
];

/** Collections of gatherings that hold nothing about a follower, and why. */
export const GATHERING_NOTHING_PERSONAL: Readonly<Record<string, string>> = {
  gatherings: "public details of each gathering (title, link, guests as they are publicly named, cause, host's audience code) and the organiser's keyed hash",
};
