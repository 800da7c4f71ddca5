import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { broadcastRunModels } from './broadcast-run-models.js';
import type { Models } from './models.js';

/*
 * /forget for the collections of corrections and closings (see broadcast-run-models.ts), in the
 * shape of src/db/erasure.ts's steps, to be listed there: broadcast_sends hold the follower's id
 * (field and key), `broadcasts` may hold it as an enqueue cursor. Their entries in
 * broadcast_members are the same collection as first sends' and erased with them.
 */

/** The follower being erased, as these steps need them. */
export interface ErasedFollowerRef {
  id: string;
  oid: Types.ObjectId;
}

/** Status of the stand-in left for an erased follower's record: settled, never counted as sent. */
const ERASED = 'erased';

/** Collections of corrections and closings that can hold something of a follower, and how each is erased. */
export const BROADCAST_RUN_ERASURES: readonly { collection: string; how: string; erase(db: Models, f: ErasedFollowerRef): Promise<void> }[] = [
  {
    collection: 'broadcast_sends',
    how: `each replaced by an unnamed record (random id, status "${ERASED}"), so the broadcast's pending count stays true`,
    erase: anonymiseSends,
  },
  {
    collection: 'broadcasts',
    how: "an enqueue cursor naming them is moved to the id just below theirs (the enqueue continues after it; nobody else is between)",
    erase: moveCursors,
  },
];

/** Collections of corrections and pauses that hold nothing about a follower, and why. */
export const BROADCAST_RUN_NOTHING_PERSONAL: Readonly<Record<string, string>> = {
  broadcast_pauses: "paused broadcasts, by broadcast id and organiser's keyed hash",
  plan_corrections: "corrections' content, by plan and revision, with organisers' keyed hashes",
};

async function anonymiseSends(db: Models, f: ErasedFollowerRef): Promise<void> {
  const { Send } = broadcastRunModels(db);
  const rows = await Send.find({ followerId: f.oid }).lean<{ _id: string; broadcastId: string; planId: string; kind: string; channel: string; batch: number; at: Date }[]>();
  for (const r of rows) {
    const stand = `${r.broadcastId}|${ERASED}|${randomBytes(12).toString('hex')}`;
    const day = new Date(Date.UTC(r.at.getUTCFullYear(), r.at.getUTCMonth(), r.at.getUTCDate()));
    await Send.create({ _id: stand, broadcastId: r.broadcastId, planId: r.planId, kind: r.kind, followerId: new Types.ObjectId(), audience: ERASED, channel: r.channel, batch: r.batch, status: ERASED, at: day });
    // Deleting the known _id decides it: of two erasures racing, the loser takes its stand-in back.
    if ((await Send.deleteOne({ _id: r._id })).deletedCount !== 1) await Send.deleteOne({ _id: stand });
  }
}

async function moveCursors(db: Models, f: ErasedFollowerRef): Promise<void> {
  const { Run } = broadcastRunModels(db);
  // Only the enqueue's holder writes a cursor, and it never writes an erased follower's again.
  await Run.updateMany({ enqueueCursor: f.id }, { $set: { enqueueCursor: idBelow(f.id) } });
}

/** The 24-hex id one below `id`: every follower id after it is after `id` too. */
function idBelow(id: string): string {
  return (BigInt(`0x${id}`) - 1n).toString(16).padStart(24, '0');
}
