import { Types } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.js';
import type { FollowerPatch, FollowerStore } from '../core/ports.js';
import type { Follower, Language, FollowerStatus, ChannelName } from '../core/types.js';
import type { Models } from './models.js';
import { bumpFollowerStats, joinDayKey, moveFollowerStats, type FollowerState } from './follower-stats.js';

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

/** FollowerStore on mongoose. */
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

  async ensure(input: Parameters<FollowerStore['ensure']>[0]): Promise<{ follower: Follower; created: boolean }> {
    const existing = await this.findByHash(input.address.hash);
    if (existing) return { follower: existing, created: false };
    const _id = new Types.ObjectId();
    try {
      await this.db.Follower.create({
        _id,
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
        lastInboundAt: input.at,
      });
    } catch (err) {
      // Someone else created them between our read and write: theirs is the one.
      if (!isDuplicateKey(err)) throw err;
      const winner = await this.findByHash(input.address.hash);
      if (!winner) throw err;
      return { follower: winner, created: false };
    }
    await this.recordJoin(_id.toHexString(), input.audience, input.at);
    await this.#countJoin(input.audience, input.at);
    await bumpFollowerStats(this.db, { audience: input.audience, status: 'onboarding', blocked: false, language: input.language, topics: [] }, 1);
    const created = await this.findById(_id.toHexString());
    return { follower: created!, created: true };
  }

  /** Bumps the per-day join counter for reports; runs once per created follower (npm run recount rebuilds it). */
  async #countJoin(audience: string, at: Date): Promise<void> {
    const { _id, day } = joinDayKey(audience, at);
    await this.db.JoinDay.updateOne({ _id }, { $inc: { n: 1 }, $setOnInsert: { audience, day } }, { upsert: true });
  }

  async recordJoin(followerId: string, audience: string, at: Date): Promise<boolean> {
    const _id = objectId(followerId);
    if (!_id) return false;
    const res = await this.db.Join.updateOne(
      { followerId: _id, audience },
      { $setOnInsert: { followerId: _id, audience, at } },
      { upsert: true },
    );
    return res.upsertedCount > 0;
  }

  async update(id: string, patch: FollowerPatch): Promise<Follower | null> {
    const _id = objectId(id);
    if (!_id) return null;
    const set: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) set[k] = v;
    if (patch.blocked === true) set.blockedAt = new Date();
    // The old document comes back from the same atomic write, so the report counters move
    // from exactly the state this write replaced, even with writers in other processes.
    const old = await this.db.Follower.findOneAndUpdate({ _id }, { $set: set }, { returnDocument: 'before' }).lean<FollowerDoc>();
    if (!old) return null;
    const after = toFollower({ ...old, ...(set as Partial<FollowerDoc>) });
    await moveFollowerStats(this.db, stateOf(toFollower(old)), stateOf(after));
    return after;
  }

  async erase(id: string): Promise<void> {
    const _id = objectId(id);
    if (!_id) return;
    // Everything keyed by this follower, in every collection that has a followerId.
    for (const model of Object.values(this.db)) {
      if (model.schema.path('followerId')) await model.deleteMany({ followerId: _id });
    }
    await this.db.FlowState.deleteOne({ _id: id });
    const old = await this.db.Follower.findOneAndDelete({ _id }).lean<FollowerDoc>();
    if (old) await bumpFollowerStats(this.db, stateOf(toFollower(old)), -1);
  }
}
