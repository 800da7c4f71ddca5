import mongoose, { Schema, type Connection } from 'mongoose';

/*
 * Every collection the bot keeps. Kept to the MongoDB subset FerretDB 1.24 also runs: hot
 * lookups are equalities on indexed scalar fields, repeats are stopped by unique indexes.
 * Followers carry no name, username or phone number; chat ids only as hash + ciphertext.
 */

const follower = new Schema(
  {
    channel: { type: String, required: true },
    addressHash: { type: String, required: true },
    addressSealed: { type: String, required: true },
    language: { type: String, required: true },
    topics: { type: [String], default: [] },
    timezone: { type: String, required: true },
    status: { type: String, required: true },
    blocked: { type: Boolean, default: false },
    audience: { type: String, required: true },
    joinedAt: { type: Date, required: true },
    onboardedAt: { type: Date, default: null },
    optedOutAt: { type: Date, default: null },
    blockedAt: { type: Date, default: null },
    /** Last time they wrote to us: WhatsApp broadcasts go only to those who wrote first. */
    lastInboundAt: { type: Date, default: null },
  },
  { versionKey: false },
);
follower.index({ addressHash: 1 }, { unique: true });
follower.index({ audience: 1 });
follower.index({ status: 1 });

/** Every link a follower joined by; the first one is copied onto the follower as `audience`. */
const join = new Schema(
  {
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
join.index({ followerId: 1, audience: 1 }, { unique: true });
join.index({ followerId: 1 });

/** One audience per influencer join code. */
const audience = new Schema(
  {
    code: { type: String, required: true },
    displayName: { type: String, required: true },
    /** Sealed Telegram chat of the influencer, for their reports (hash for lookups). */
    ownerHash: { type: String, default: null },
    ownerSealed: { type: String, default: null },
    language: { type: String, default: 'en' },
    weeklyReport: { type: Boolean, default: false },
    planSummaries: { type: Boolean, default: false },
    /** One-time code an influencer sends to claim this audience. */
    inviteCode: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
audience.index({ code: 1 }, { unique: true });
audience.index({ ownerHash: 1 });
audience.index({ inviteCode: 1 });

/** A conversation in progress, keyed by follower id (see FlowRunner). */
const flowState = new Schema(
  {
    _id: { type: String, required: true },
    flow: { type: String, required: true },
    args: { type: Schema.Types.Mixed, default: null },
    language: { type: String, required: true },
    replay: { type: Schema.Types.Mixed, required: true },
    interrupt: { type: Number, required: true },
    pendingToken: { type: String, default: null },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

/**
 * A model of loose type: repositories read with `lean<T>()` into explicit interfaces and map to
 * domain objects, which keeps mongoose's heavy inferred types out of the rest of the code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseModel = mongoose.Model<any>;

function model(conn: Connection, name: string, schema: Schema, collection: string): LooseModel {
  return (conn.models[name] as LooseModel | undefined) ?? conn.model(name, schema, collection);
}

/** Creates (or returns) the models on a connection, so tests can use one database each. */
export function models(conn: Connection) {
  return {
    Follower: model(conn, 'Follower', follower, 'followers'),
    Join: model(conn, 'Join', join, 'joins'),
    Audience: model(conn, 'Audience', audience, 'audiences'),
    FlowState: model(conn, 'FlowState', flowState, 'flowstates'),
  };
}

export type Models = ReturnType<typeof models>;

/** Builds every index; safe to run at every start (createIndexes is idempotent). */
export async function syncIndexes(db: Models): Promise<void> {
  for (const model of Object.values(db)) await model.createIndexes();
}
