import { Schema } from 'mongoose';
import { model, type LooseModel, type Models } from './models.js';

/*
 * The collections of broadcasts other than a plan's first send (corrections, closings), of
 * pauses, and of pending corrections. Each record that must exist once is decided by its _id.
 */

/** One per correction, closing or gathering broadcast: `<planId>@r<N>`, `<planId>#close`, `<gatheringId>#gathering`; its insert starts it once. */
const broadcastRun = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    kind: { type: String, required: true },
    revision: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    /** Like a plan's enqueue fields: batches written, the last follower enqueued, all enqueued. */
    enqueuedBatches: { type: Number, default: 0 },
    enqueueCursor: { type: String, default: null },
    enqueueDone: { type: Boolean, default: false },
    finishedAt: { type: Date, default: null },
    /** A gathering's announcement: the causes and the audience (null: every audience) it goes to. */
    topics: { type: [String], default: undefined },
    audience: { type: String, default: undefined },
  },
  { versionKey: false, minimize: false },
);
broadcastRun.index({ finishedAt: 1 });
broadcastRun.index({ planId: 1 });

/**
 * One per follower and correction or closing broadcast: `<broadcastId>|<followerId>`, inserted
 * once when its outcome is known, never updated (as deliveries are for first sends). Kept apart
 * from deliveries, so reach, reports and /plans count each plan's first delivery only.
 */
const broadcastSend = new Schema(
  {
    _id: { type: String, required: true },
    broadcastId: { type: String, required: true },
    planId: { type: String, required: true },
    kind: { type: String, required: true },
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    channel: { type: String, required: true },
    batch: { type: Number, required: true },
    status: { type: String, required: true },
    reason: { type: String, default: null },
    messageId: { type: String, default: null },
    revision: { type: Number, default: null },
    /** A correction: 'edited' in place or 'resent'. */
    how: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
broadcastSend.index({ broadcastId: 1, batch: 1 });
broadcastSend.index({ broadcastId: 1, status: 1 });
broadcastSend.index({ planId: 1, followerId: 1 });
broadcastSend.index({ followerId: 1 });

/** A paused broadcast: `_id` is its id. Inserted once by a pause, deleted once by a resume. */
const broadcastPause = new Schema(
  { _id: { type: String, required: true }, by: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/**
 * A correction proposed for a published plan, as revision N: `<planId>|<N>`, inserted once (two
 * organisers proposing at once get N and N+1). The live plan keeps its content until the
 * correction has its quorum and is applied; `changes` is what followers are told changed.
 */
const planCorrection = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    revision: { type: Number, required: true },
    /** The revision it corrects (the live one when it was proposed). */
    base: { type: Number, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    reminderAfterHours: { type: Number, required: true },
    endsAt: { type: Date, default: null },
    withdraw: { type: [Number], default: [] },
    changes: { type: [Schema.Types.Mixed], default: [] },
    proposedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
planCorrection.index({ planId: 1 });

export interface BroadcastRunModels {
  Run: LooseModel;
  Send: LooseModel;
  Pause: LooseModel;
  Correction: LooseModel;
}

/** The collections above, on the connection the other models use. */
export function broadcastRunModels(db: Models): BroadcastRunModels {
  const conn = db.Follower.db;
  return {
    Run: model(conn, 'BroadcastRun', broadcastRun, 'broadcasts'),
    Send: model(conn, 'BroadcastSend', broadcastSend, 'broadcast_sends'),
    Pause: model(conn, 'BroadcastPause', broadcastPause, 'broadcast_pauses'),
    Correction: model(conn, 'PlanCorrection', planCorrection, 'plan_corrections'),
  };
}

/** Makes sure their indexes exist (openMongoStores calls it with the others). */
export async function syncBroadcastRunIndexes(db: Models): Promise<void> {
  for (const m of Object.values(broadcastRunModels(db))) await m.createIndexes();
}
