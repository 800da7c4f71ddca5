import { BROADCAST_RUN_ERASURES, BROADCAST_RUN_NOTHING_PERSONAL } from './broadcast-run-erasure.js';
import { GATHERING_ERASURES, GATHERING_NOTHING_PERSONAL } from './gathering-store.js';
import { randomBytes } from 'node:crypto';
import { Schema, Types, type Connection } from 'mongoose';
import { catchUpModels } from './catch-up-store.js';
import { counterDeltaModels } from './counter-deltas.js';
import { isDuplicateKey } from './duplicate-key.js';
import { model, type LooseModel, type Models } from './models.js';

/*
 * /forget leaves nothing that can be tied to the person: every record holding their follower
 * id (as an ObjectId, or inside a string key like `<planId>|<followerId>`), their address hash
 * or their sealed address is deleted or stripped of it. Aggregate counters stay (they hold no
 * one). Every collection is listed here, in ERASURES (what is erased and how) or in
 * NOTHING_PERSONAL (why there is nothing to erase): a new collection must be added to one of
 * them, and test/erasure.test.ts fails on any collection of the database in neither.
 */

/** The follower being erased, as the steps need them. */
export interface ErasedFollower {
  id: string;
  oid: Types.ObjectId;
  /** Their pledges' ids (reminder claims are keyed by them), read before the pledges go. */
  pledgeIds: string[];
}

/** One collection's erasure: what is done, and the step that does it. */
export interface Erasure {
  collection: string;
  how: string;
  erase(db: Models, f: ErasedFollower): Promise<void>;
}

/** Delivery status of the record left in place of an erased follower's: counts as settled, never as reached. */
export const ERASED_STATUS = 'erased';

/** Collections that hold nothing about a follower, and why. */
export const NOTHING_PERSONAL: Readonly<Record<string, string>> = {
  audiences: "influencers' own records (their owner hash is under its own key, not a follower's)",
  approvals: "organisers' keyed hashes",
  organiser_tokens: "organisers' token hashes",
  forum_members: "forum members (organisers, influencers) by keyed hash, with audience codes; never followers",
  objections: "members' objections to plans and member decisions, by keyed hash",
  review_asks: "which member (by keyed hash) was asked to review which language of a plan revision, and when; never followers",
  member_profiles: "forum members' own profiles (keyed hash, their Telegram chat sealed, language, zone, languages spoken); deleted when they leave; never followers",
  member_decisions: 'decisions about organisers: keyed hashes of proposer and member, and when',
  decisions_done: 'which member decisions were carried out, and when',
  meetings: "the forum's meetings: time, link, topic, agenda, guests as they asked to be shown, minutes; the organiser by keyed hash; never followers",
  meeting_rsvps: "forum members' answers to meetings, by keyed hash (those who leave stop counting); never followers",
  meeting_notices: 'which invitation, reminder or notice went to which forum member, by keyed hash; never followers',
  proposals: "forum members' proposals for a meeting's agenda (title, text, and the Telegram file id and name of a paper sent with one), the proposer by keyed hash; never followers",
  proposal_backings: "forum members backing a proposal, by keyed hash (those who leave stop counting); never followers",
  plan_transitions: 'plan moves, keyed by plan',
  task_withdrawals: 'withdrawn tasks, keyed by plan and task',
  broadcast_batches: 'sizes per batch and channel (counts only)',
  batch_claims: 'which process holds a batch',
  workers: 'live processes',
  counters: 'aggregate counts per plan and audience',
  follower_stats: 'aggregate counts per audience and state',
  join_days: 'aggregate joins per audience and day',
  counter_folds: "the fold in progress (erasure waits for it before re-keying the follower's deltas)",
  erasure_locks: 'short-lived locks keyed by plan and batch',
  agenda_jobs: 'scheduled jobs (their data carries plan ids, never followers)',
  agenda_logs: "agenda's run log (job names and their data, as agenda_jobs)",
  job_claims: 'job runs, keyed by job and time',
  whatsapp_daily_slots: 'WhatsApp send slots per day (counts only)',
  audience_claims: "influencer invites' and weekly reports' claims, keyed by audience",
  translation_reviews: "members' approvals of plans' language versions, by keyed hash",
  page_visits: 'one row per public plan page view (plan, audience, day), pointing at no visitor',
  ...BROADCAST_RUN_NOTHING_PERSONAL,
  ...GATHERING_NOTHING_PERSONAL,
};

const id12 = () => randomBytes(12).toString('hex');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every collection that can hold something of a follower, and how it is erased; run in this order. */
export const ERASURES: readonly Erasure[] = [
  {
    collection: 'broadcast_members',
    how: "their entry (id, sealed address) removed from every batch; a batch (or the plan's enqueue cursor) that ended at them ends at the member before",
    erase: stripBatchMembers,
  },
  {
    collection: 'plans',
    how: "an enqueue cursor naming them is moved back to the end of the plan's last batch (the enqueue continues after it)",
    erase: moveEnqueueCursors,
  },
  {
    collection: 'deliveries',
    how: `each replaced by an unnamed record (random id, status "${ERASED_STATUS}") so plan status still counts them as settled`,
    erase: anonymiseDeliveries,
  },
  { collection: 'completed_pledges', how: 'deleted (keyed `<plan>|<follower>…`)', erase: (db, f) => deleteKeyed(db.CompletedPledge, f.id) },
  {
    collection: 'reminder_claims',
    how: "deleted (keyed by their pledges' ids: `<plan>|<follower>|<n>`, or an old ObjectId pledge's)",
    erase: async (db, f) => {
      await deleteKeyed(db.ReminderClaim, f.id);
      for (const p of f.pledgeIds) await db.ReminderClaim.deleteMany({ _id: { $regex: `^${escape(p)}\\|` } });
    },
  },
  { collection: 'catch_ups', how: 'deleted (keyed by follower id)', erase: (db, f) => catchUpModels(db).CatchUp.deleteMany({ _id: f.id }).then(() => undefined) },
  { collection: 'catch_up_sends', how: 'deleted (keyed `<plan>|<follower>`)', erase: (db, f) => deleteKeyed(catchUpModels(db).CatchUpSend, f.id) },
  { collection: 'pledges', how: 'deleted (by follower, and keyed `<plan>|<follower>`)', erase: (db, f) => db.Pledge.deleteMany({ followerId: f.oid }).then(() => deleteKeyed(db.Pledge, f.id)) },
  { collection: 'completions', how: 'deleted (by follower, and keyed `<plan>|<follower>|<task>`)', erase: (db, f) => db.Completion.deleteMany({ followerId: f.oid }).then(() => deleteKeyed(db.Completion, f.id)) },
  { collection: 'joins', how: 'deleted', erase: (db, f) => db.Join.deleteMany({ followerId: f.oid }).then(() => undefined) },
  { collection: 'flowstates', how: "deleted (keyed by follower id); members' plan drafts there are keyed draft:<member hash> and hold no follower", erase: (db, f) => db.FlowState.deleteMany({ _id: f.id }).then(() => undefined) },
  { collection: 'followers', how: 'deleted, its state counted out of follower_stats (by the follower store)', erase: async () => undefined },
  ...BROADCAST_RUN_ERASURES,
  ...GATHERING_ERASURES,
  { collection: 'counter_deltas', how: 'moves not yet folded keep their count under a random key (they were keyed by the follower id)', erase: rekeyDeltas },
];

/** Runs every step but the follower document's own deletion (the follower store does that, then `eraseCounterKeys`). */
export async function eraseFollowerRecords(db: Models, id: string): Promise<void> {
  const oid = new Types.ObjectId(id);
  const pledges = await db.Pledge.find({ followerId: oid }).select({ _id: 1 }).lean<{ _id: unknown }[]>();
  const f: ErasedFollower = { id, oid, pledgeIds: pledges.map((p) => String(p._id)) };
  for (const step of ERASURES) if (step.collection !== 'counter_deltas') await step.erase(db, f);
}

/** The last step, after the follower store wrote its own keyed moves: re-keys every delta still naming them. */
export function eraseCounterKeys(db: Models, id: string): Promise<void> {
  return rekeyDeltas(db, { id, oid: new Types.ObjectId(id), pledgeIds: [] });
}

function deleteKeyed(model: LooseModel, id: string): Promise<void> {
  return model.deleteMany({ _id: { $regex: escape(id) } }).then(() => undefined);
}

async function anonymiseDeliveries(db: Models, f: ErasedFollower): Promise<void> {
  const rows = await db.Delivery.find({ followerId: f.oid }).lean<{ _id: string; planId: string; channel: string; batch: number; at: Date }[]>();
  for (const d of rows) {
    const stand = `${d.planId}|${ERASED_STATUS}|${id12()}`;
    const day = new Date(Date.UTC(d.at.getUTCFullYear(), d.at.getUTCMonth(), d.at.getUTCDate()));
    await db.Delivery.create({ _id: stand, planId: d.planId, followerId: new Types.ObjectId(), audience: ERASED_STATUS, channel: d.channel, batch: d.batch, status: ERASED_STATUS, at: day });
    // Deleting the known _id decides it: of two erasures racing, the loser takes its stand-in back.
    if ((await db.Delivery.deleteOne({ _id: d._id })).deletedCount !== 1) await db.Delivery.deleteOne({ _id: stand });
  }
}

/** A lock on one document that several erasures may rewrite (a batch's member list): `_id` is its key. */
const erasureLock = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false });
/** A lock older than this was left by a crashed process. */
const STALE_LOCK_MS = 30_000;

function lockModel(db: Models): LooseModel {
  const conn: Connection = db.Follower.db;
  return model(conn, 'ErasureLock', erasureLock, 'erasure_locks');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` holding the lock `key`: taken by a unique insert, a stale one removed by deleting its
 * known `_id` and time. A read-then-write of a shared document (FerretDB's updates are not
 * atomic) is safe only when one writer at a time does it.
 */
async function withLock(db: Models, key: string, fn: () => Promise<void>): Promise<void> {
  const Lock = lockModel(db);
  for (;;) {
    try {
      await Lock.create({ _id: key, at: new Date() });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const held = await Lock.findById(key).lean<{ at: Date }>();
      if (held && Date.now() - held.at.getTime() > STALE_LOCK_MS) await Lock.deleteOne({ _id: key, at: held.at });
      else await sleep(20 + Math.random() * 40);
    }
  }
  try {
    await fn();
  } finally {
    await Lock.deleteOne({ _id: key });
  }
}

interface MembersDoc {
  _id: string;
  planId: string;
  batch: number;
  lastFollowerId: string;
  members: { f: string; c: string }[];
}

/**
 * Removes the follower from every broadcast batch. Batches hold followers in id order, so in each
 * plan only the first batch ending at or after their id can hold them. A member not yet sent to
 * leaves an erased stand-in delivery, so plan status does not show them pending forever.
 */
async function stripBatchMembers(db: Models, f: ErasedFollower): Promise<void> {
  const ends = await db.BroadcastMembers.find({}).select({ planId: 1, batch: 1, lastFollowerId: 1 }).lean<Omit<MembersDoc, 'members'>[]>();
  const firstByPlan = new Map<string, Omit<MembersDoc, 'members'>>();
  for (const b of ends) {
    if (b.lastFollowerId < f.id) continue;
    const seen = firstByPlan.get(b.planId);
    if (!seen || b.batch < seen.batch) firstByPlan.set(b.planId, b);
  }
  for (const b of firstByPlan.values()) await withLock(db, `members|${b._id}`, () => stripOne(db, b._id, f.id));
}

async function stripOne(db: Models, docId: string, followerId: string): Promise<void> {
  const doc = await db.BroadcastMembers.findById(docId).lean<MembersDoc>();
  const member = doc?.members.find((m) => m.f === followerId);
  if (!doc || !member) return;
  if (!(await db.Delivery.countDocuments({ _id: `${doc.planId}|${followerId}` }))) {
    await db.Delivery.create({
      _id: `${doc.planId}|${ERASED_STATUS}|${id12()}`,
      ...{ planId: doc.planId, followerId: new Types.ObjectId(), audience: ERASED_STATUS, channel: member.c, batch: doc.batch },
      ...{ status: ERASED_STATUS, at: new Date(new Date().setUTCHours(0, 0, 0, 0)) },
    });
  }
  const members = doc.members.filter((m) => m.f !== followerId);
  let last = doc.lastFollowerId;
  if (last === followerId) {
    const before = await db.BroadcastMembers.findById(`${doc.planId}|${doc.batch - 1}`).select({ lastFollowerId: 1 }).lean<{ lastFollowerId: string }>();
    last = members.at(-1)?.f ?? before?.lastFollowerId ?? '0'.repeat(24);
  }
  await db.BroadcastMembers.updateOne({ _id: docId }, { $set: { members, lastFollowerId: last } });
}

/** A plan whose enqueue cursor is their id continues after its last batch's end instead (now another member's, or the start). */
async function moveEnqueueCursors(db: Models, f: ErasedFollower): Promise<void> {
  for (const plan of await db.Plan.find({ enqueueCursor: f.id }).select({ planId: 1 }).lean<{ planId: string }[]>()) {
    const ends = await db.BroadcastMembers.find({ planId: plan.planId }).select({ lastFollowerId: 1 }).lean<{ lastFollowerId: string }[]>();
    const last = ends.map((e) => e.lastFollowerId).filter((id) => id !== f.id && id < f.id).sort().at(-1) ?? '0'.repeat(24);
    await db.Plan.updateOne({ planId: plan.planId, enqueueCursor: f.id }, { $set: { enqueueCursor: last } });
  }
}

/**
 * Counter moves not yet folded whose `_id` names the follower (`<followerId>|created`,
 * `<planId>|<followerId>|reached`...) keep their count under a random key. A fold in progress
 * may have taken them: it is waited for, and a move it took is left to it.
 */
async function rekeyDeltas(db: Models, f: ErasedFollower): Promise<void> {
  const { Delta, Fold } = counterDeltaModels(db);
  for (let i = 0; i < 100 && (await Fold.countDocuments({ _id: 'current' })); i++) await sleep(100);
  const rows = await Delta.find({ _id: { $regex: escape(f.id) } }).lean<Record<string, unknown>[]>();
  for (const d of rows) {
    const copy = `erased|${id12()}`;
    await Delta.create({ ...d, _id: copy });
    const removed = (await Delta.deleteOne({ _id: d._id })).deletedCount === 1;
    const folding = await Fold.findById('current').select({ deltaIds: 1 }).lean<{ deltaIds: string[] }>();
    if (!removed || folding?.deltaIds.includes(String(d._id))) await Delta.deleteOne({ _id: copy });
  }
}
