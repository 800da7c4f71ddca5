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
    /** When they first wrote to us (set on creation): WhatsApp broadcasts go only to those who wrote first. */
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
    /** When the last weekly report went out (the weekly job claims the next one with it). */
    lastWeeklyAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
audience.index({ code: 1 }, { unique: true });
audience.index({ ownerHash: 1 });
audience.index({ inviteCode: 1 });
audience.index({ weeklyReport: 1 });
audience.index({ planSummaries: 1 });

/**
 * Followers who joined, per audience and UTC day ("audience|YYYY-MM-DD" → n), bumped once when
 * a follower is created: "joined in the last 7/30 days" reads a few of these instead of a range
 * over followers (FerretDB hands no range filter to its backend).
 */
const joinDay = new Schema(
  {
    _id: { type: String, required: true },
    audience: { type: String, required: true },
    day: { type: String, required: true },
    n: { type: Number, default: 0 },
  },
  { versionKey: false },
);
joinDay.index({ audience: 1 });

/**
 * Followers per audience and state ("audience|status|blocked|language|topics" → n), moved by
 * every change to a follower: reports read a few hundred of these instead of every follower.
 */
const followerStats = new Schema(
  {
    _id: { type: String, required: true },
    audience: { type: String, required: true },
    status: { type: String, required: true },
    blocked: { type: Boolean, required: true },
    language: { type: String, required: true },
    topics: { type: [String], default: [] },
    n: { type: Number, default: 0 },
  },
  { versionKey: false },
);
followerStats.index({ audience: 1 });

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

/** A plan the forum agreed on, with its content per language and where its broadcast is. */
const plan = new Schema(
  {
    planId: { type: String, required: true },
    topics: { type: [String], required: true },
    content: { type: Schema.Types.Mixed, required: true },
    reminderAfterHours: { type: Number, required: true },
    publishAt: { type: Date, default: null },
    endsAt: { type: Date, default: null },
    /** draft → proposed → approved → scheduled → publishing → published; or cancelled. */
    status: { type: String, required: true },
    proposedBy: { type: String, required: true },
    approvals: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
    publishedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    /** Batches of followers written so far, and whether every eligible follower is in one. */
    enqueuedBatches: { type: Number, default: 0 },
    /** The last follower id enqueued, so a re-run after a crash continues after it. */
    enqueueCursor: { type: String, default: null },
    enqueueDone: { type: Boolean, default: false },
    /** The plan was saved again while proposed: approvals restart. */
    revision: { type: Number, default: 1 },
    /** When the plan was closed (end job or organisers); null while open. */
    endedAt: { type: Date, default: null },
    /** Members whose approvals agreed the revision that went out, and when ("agreed by 7 forum members on 15 November"). */
    agreedBy: { type: Number, default: null },
    agreedAt: { type: Date, default: null },
    /** The forum meeting whose minutes made this plan (its provenance), or null. */
    meeting: { type: String, default: null },
  },
  { versionKey: false, minimize: false },
);
plan.index({ planId: 1 }, { unique: true });
plan.index({ status: 1 });

/** One organiser's approval of one revision of a plan; the quorum counts distinct organisers. */
const approval = new Schema(
  {
    planId: { type: String, required: true },
    revision: { type: Number, required: true },
    organiser: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
approval.index({ planId: 1, revision: 1, organiser: 1 }, { unique: true });
approval.index({ planId: 1 });

/**
 * One per follower and plan, written when the send's outcome is known (sent, failed with its
 * reason, blocked). It is inserted, never updated: on FerretDB an insert is checked by the
 * unique index alone while an update scans the collection, and a resend after a crash finds
 * the record already there. A follower enqueued (see broadcast_members) without a record
 * yet is pending.
 */
const delivery = new Schema(
  {
    /** `<planId>|<followerId>`. */
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    channel: { type: String, required: true },
    batch: { type: Number, required: true },
    status: { type: String, required: true },
    reason: { type: String, default: null },
    messageId: { type: String, default: null },
    at: { type: Date, required: true },
    /** The plan revision the send showed (null on records from before corrections). */
    revision: { type: Number, default: null },
  },
  { versionKey: false },
);
delivery.index({ planId: 1, followerId: 1 }, { unique: true });
delivery.index({ followerId: 1 });
delivery.index({ planId: 1, audience: 1 });
delivery.index({ planId: 1, batch: 1 });

/**
 * The followers of one batch of a broadcast, in follower-id order, written once by the
 * enqueue: who to send to (sealed address, language, audience), and nothing else.
 */
const broadcastMembers = new Schema(
  {
    /** `<planId>|<batch>`. */
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    batch: { type: Number, required: true },
    /** The last follower id in this batch: a re-run of the enqueue continues after it. */
    lastFollowerId: { type: String, required: true },
    members: { type: [Schema.Types.Mixed], required: true },
  },
  { versionKey: false },
);
broadcastMembers.index({ planId: 1 });

/**
 * One channel's part of one batch (batch -1, channel `_enqueue`: writing a plan's batches), open
 * until done. Rows are made by the enqueue; who holds one is in batch_claims.
 */
const broadcastBatch = new Schema(
  {
    planId: { type: String, required: true },
    batch: { type: Number, required: true },
    channel: { type: String, required: true },
    size: { type: Number, required: true },
    /** Set only on rows written before claims moved to batch_claims: someone held the row then. */
    owner: { type: String, default: null },
    done: { type: Boolean, default: false },
  },
  { versionKey: false },
);
broadcastBatch.index({ planId: 1, batch: 1, channel: 1 }, { unique: true });
broadcastBatch.index({ planId: 1 });

/**
 * One per claim on a broadcast_batches row: `<planId>|<batch>|<channel>|<generation>`. The row
 * belongs to whoever inserted its highest generation, until that claim's lease ends; taking a
 * lapsed row over, or renewing one's own, inserts the next generation, so the unique _id lets
 * one caller win (a conditional update on FerretDB lets several). Only its owner updates a claim
 * (to hand it back on stop).
 */
const batchClaim = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    batch: { type: Number, required: true },
    channel: { type: String, required: true },
    generation: { type: Number, required: true },
    owner: { type: String, required: true },
    leaseUntil: { type: Date, required: true },
  },
  { versionKey: false },
);
batchClaim.index({ planId: 1, channel: 1, batch: 1, generation: -1 });
batchClaim.index({ owner: 1 });

/** Live bot processes, so they share the global send rate. */
const worker = new Schema(
  { _id: { type: String, required: true }, beatAt: { type: Date, required: true } },
  { versionKey: false },
);

/** A follower's pledge to a plan, and where they are with it (reminders, completion). */
const pledge = new Schema(
  {
    /** `<planId>|<followerId>` (pledgeKey); pledges written before that keep their ObjectId. */
    _id: { type: Schema.Types.Mixed, required: true },
    planId: { type: String, required: true },
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    pledgedAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
    /** True while pledged and unfinished: reminders look only at these. */
    open: { type: Boolean, default: true },
    remindersSent: { type: Number, default: 0 },
    nextReminderAt: { type: Date, default: null },
  },
  { versionKey: false },
);
pledge.index({ planId: 1, followerId: 1 }, { unique: true });
pledge.index({ followerId: 1 });
// The reminder run's one query, { open: true, nextReminderAt: { $lte: now } }, on MongoDB.
pledge.index({ open: 1, nextReminderAt: 1 });
pledge.index({ planId: 1, audience: 1 });

/**
 * One per reminder sent: `<pledgeId>|<n>`. Its unique insert decides which process sends
 * reminder n (a conditional update on the pledge is not atomic on FerretDB).
 */
const reminderClaim = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/**
 * One per plan leaving a status in a revision: `<planId>|<revision>|<from>`. Its unique insert
 * decides which caller moves the plan on (approve, publish, finish, cancel) or replaces that
 * revision by re-proposing it (`to: 'proposed'`), on FerretDB too.
 */
const planTransition = new Schema(
  { _id: { type: String, required: true }, to: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/**
 * One per task an organiser withdrew: `<planId>|<task>`. Its unique insert decides the
 * withdrawal (at once, no quorum); the plan's readers take the withdrawn tasks from here.
 */
const taskWithdrawal = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    task: { type: Number, required: true },
    organiser: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
taskWithdrawal.index({ planId: 1 });

/** An organiser's personal CLI token (from /clitoken), by organiser key: only its keyed hash. */
const organiserToken = new Schema(
  { _id: { type: String, required: true }, tokenHash: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/**
 * `<planId>|<followerId>` while a pledge is complete: its insert decides who completes it.
 * `<planId>|<followerId>|reopened|<completedAt ms>`: its insert decides who reopens that completion
 * (then the first is deleted). The pledge's `completedAt`/`open` follow as bookkeeping.
 */
const completedPledge = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/** One per follower, plan and task ticked. Unticking deletes it. */
const completion = new Schema(
  {
    /** `<planId>|<followerId>|<task>` (completionKey); ticks written before that keep their ObjectId. */
    _id: { type: Schema.Types.Mixed, required: true },
    planId: { type: String, required: true },
    followerId: { type: Schema.Types.ObjectId, required: true },
    audience: { type: String, required: true },
    task: { type: Number, required: true },
    at: { type: Date, required: true },
    /** Names this tick among ticks of the same task (ticked, unticked, ticked again), for its counter moves. */
    tick: { type: String, default: null },
  },
  { versionKey: false },
);
completion.index({ planId: 1, followerId: 1, task: 1 }, { unique: true });
completion.index({ followerId: 1 });
completion.index({ planId: 1, audience: 1 });

/**
 * Running totals for reports ("plan|audience|metric" → n), moved only when a unique write
 * really inserted or deleted, so they stay exact under retries and double taps.
 */
const counter = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    audience: { type: String, required: true },
    metric: { type: String, required: true },
    n: { type: Number, default: 0 },
  },
  { versionKey: false },
);
counter.index({ planId: 1 });
counter.index({ audience: 1 });

/**
 * A model of loose type: repositories read with `lean<T>()` into explicit interfaces and map to
 * domain objects, which keeps mongoose's heavy inferred types out of the rest of the code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseModel = mongoose.Model<any>;

/** The model `name` on this connection, made once (every store module's collections go through this). */
export function model(conn: Connection, name: string, schema: Schema, collection: string): LooseModel {
  return (conn.models[name] as LooseModel | undefined) ?? conn.model(name, schema, collection);
}

/** Creates (or returns) the models on a connection, so tests can use one database each. */
export function models(conn: Connection) {
  return {
    Follower: model(conn, 'Follower', follower, 'followers'),
    Join: model(conn, 'Join', join, 'joins'),
    Audience: model(conn, 'Audience', audience, 'audiences'),
    FlowState: model(conn, 'FlowState', flowState, 'flowstates'),
    Plan: model(conn, 'Plan', plan, 'plans'),
    Approval: model(conn, 'Approval', approval, 'approvals'),
    Delivery: model(conn, 'Delivery', delivery, 'deliveries'),
    BroadcastMembers: model(conn, 'BroadcastMembers', broadcastMembers, 'broadcast_members'),
    BroadcastBatch: model(conn, 'BroadcastBatch', broadcastBatch, 'broadcast_batches'),
    BatchClaim: model(conn, 'BatchClaim', batchClaim, 'batch_claims'),
    Worker: model(conn, 'Worker', worker, 'workers'),
    Pledge: model(conn, 'Pledge', pledge, 'pledges'),
    Completion: model(conn, 'Completion', completion, 'completions'),
    CompletedPledge: model(conn, 'CompletedPledge', completedPledge, 'completed_pledges'),
    ReminderClaim: model(conn, 'ReminderClaim', reminderClaim, 'reminder_claims'),
    PlanTransition: model(conn, 'PlanTransition', planTransition, 'plan_transitions'),
    OrganiserToken: model(conn, 'OrganiserToken', organiserToken, 'organiser_tokens'),
    TaskWithdrawal: model(conn, 'TaskWithdrawal', taskWithdrawal, 'task_withdrawals'),
    Counter: model(conn, 'Counter', counter, 'counters'),
    JoinDay: model(conn, 'JoinDay', joinDay, 'join_days'),
    FollowerStats: model(conn, 'FollowerStats', followerStats, 'follower_stats'),
  };
}

export type Models = ReturnType<typeof models>;

/** Builds every index; safe to run at every start (createIndexes is idempotent). */
export async function syncIndexes(db: Models): Promise<void> {
  for (const model of Object.values(db)) await model.createIndexes();
}
