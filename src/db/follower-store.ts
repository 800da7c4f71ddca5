import { Types } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.js';
import type { FollowerPatch, FollowerStore } from '../core/ports.js';
import type { Follower, Language, FollowerStatus, ChannelName } from '../core/types.js';
import type { Models } from './models.js';
import { insertDeltas } from './counter-deltas.js';
import { bumpFollowerStats, followerStatsDelta, joinDayDelta, moveFollowerStats, type FollowerState } from './follower-stats.js';
import { insertOnce } from './insert-once.js';
import { eraseCounterKeys, eraseFollowerRecords } from './erasure.js';

interface FollowerDoc {
  _id: Types.ObjectId;
  channel: string;
  addressHash: string;
  addressSealed: string;
  language: string;
  topics: string[];
  timezone: string;
  status: string;
  blocked?: boolean | null;
  audience: string;
  joinedAt: Date;
  onboardedAt?: Date | null;
}

/** Maps a stored follower to the domain's plain object. */
export function toFollower(doc: FollowerDoc): Follower {
  return {
    id: doc._id.toHexString(),
    channel: doc.channel as ChannelName,
    addressHash: doc.addressHash,
    addressSealed: doc.addressSealed,
    language: doc.language as Language,
    topics: [...doc.topics],
    timezone: doc.timezone,
    status: doc.status as FollowerStatus,
    blocked: Boolean(doc.blocked),
    audience: doc.audience,
    joinedAt: doc.joinedAt,
    onboardedAt: doc.onboardedAt ?? null,
  };
}

/** What the report counters count a follower by. */
function stateOf(f: Follower): FollowerState {
  return { audience: f.audience, status: f.status, blocked: f.blocked, language: f.language, topics: f.topics };
}

/** Accepts only ObjectId-shaped strings, so odd input can never become a query operator. */
export function objectId(id: string): Types.ObjectId | null {
  return /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : null;
}

/**
 * FollowerStore on mongoose. Creating a follower is decided by the insert on the unique address
 * hash; the report counters move by deltas inserted once per change (counter-deltas.ts).
 */
export class MongoFollowerStore implements FollowerStore {
  constructor(private readonly db: Models) {}

  async findByHash(hash: string): Promise<Follower | null> {
    const doc = await this.db.Follower.findOne({ addressHash: String(hash) }).lean<FollowerDoc>();
    return doc ? toFollower(doc) : null;
  }

  async findById(id: string): Promise<Follower | null> {
    const _id = objectId(id);
    if (!_id) return null;
    const doc = await this.db.Follower.findById(_id).lean<FollowerDoc>();
    return doc ? toFollower(doc) : null;
  }

  /**
   * Inserts first and reads only when the unique address hash turns it away: the caller (the
   * core) has just looked them up and found nobody, so the usual join is one write, not a
   * read, a write and a read back.
   */
  async ensure(input: Parameters<FollowerStore['ensure']>[0]): Promise<{ follower: Follower; created: boolean }> {
    const doc: FollowerDoc & { lastInboundAt: Date } = {
      _id: new Types.ObjectId(),
      channel: input.channel,
      addressHash: input.address.hash,
      addressSealed: input.address.sealed,
      language: input.language,
      topics: [],
      timezone: input.timezone,
      status: 'onboarding',
      blocked: false,
      audience: input.audience,
      joinedAt: input.at,
      onboardedAt: null,
      lastInboundAt: input.at,
    };
    try {
      await this.db.Follower.create(doc);
    } catch (err) {
      // They exist already, or someone else created them between our read and write: theirs is the one.
      if (!isDuplicateKey(err)) throw err;
      const winner = await this.findByHash(input.address.hash);
      if (!winner) throw err;
      return { follower: winner, created: false };
    }
    const id = doc._id.toHexString();
    // The follower exists: from here on, only inserts that cannot race (their own ids).
    await this.recordJoin(id, input.audience, input.at);
    const state = { audience: input.audience, status: 'onboarding', blocked: false, language: input.language, topics: [] };
    await insertDeltas(this.db, [followerStatsDelta(`${id}|created`, state, 1), joinDayDelta(`${id}|joined`, input.audience, input.at)]);
    return { follower: toFollower(doc), created: true };
  }

  /** Decided by the unique (followerId, audience) index: an insert, never an upsert, so racing joins cannot raise E11000. */
  async recordJoin(followerId: string, audience: string, at: Date): Promise<boolean> {
    const _id = objectId(followerId);
    if (!_id) return false;
    return insertOnce(this.db.Join, { followerId: _id, audience, at });
  }

  async update(id: string, patch: FollowerPatch): Promise<Follower | null> {
    const _id = objectId(id);
    if (!_id) return null;
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) set[k] = v;
    if (patch.blocked === true) set.blockedAt = new Date();
    // The counters move from the state this write replaced. Atomic on MongoDB; FerretDB reads
    // then writes, which is safe because one follower's updates come one at a time (their
    // chat's updates are handled in turn) and each move is its own delta, never an $inc.
    const old = await this.db.Follower.findOneAndUpdate({ _id }, { $set: set }, { returnDocument: 'before' }).lean<FollowerDoc>();
    if (!old) return null;
    const after = toFollower({ ...old, ...(set as Partial<FollowerDoc>) });
    await moveFollowerStats(this.db, `${id}|${new Types.ObjectId().toHexString()}`, stateOf(toFollower(old)), stateOf(after));
    return after;
  }

  async erase(id: string): Promise<void> {
    const _id = objectId(id);
    if (!_id) return;
    // Everything that names them, collection by collection (the list is src/db/erasure.ts).
    await eraseFollowerRecords(this.db, id);
    const old = await this.db.Follower.findOneAndDelete({ _id }).lean<FollowerDoc>();
    if (old) await bumpFollowerStats(this.db, `${id}|erased`, stateOf(toFollower(old)), -1);
    await eraseCounterKeys(this.db, id);
  }
}
