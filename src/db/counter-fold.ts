import { Types } from 'mongoose';
import { counterDeltaModels, targetModel, type CounterDelta, type CounterTarget } from './counter-deltas.js';
import { insertOnce } from './insert-once.js';
import { isDuplicateKey } from './duplicate-key.js';
import type { Models } from './models.js';

/** Deltas folded per run: enough for a busy minute, small enough for one journal document. */
export const FOLD_BATCH = 5_000;
/** A fold journal (or a rebuild's lock) older than this was left by a crashed process: the next fold finishes it. */
const STALE_FOLD_MS = 15 * 60_000;
const CHUNK = 1_000;

interface FoldRow {
  target: CounterTarget;
  key: string;
  n: number;
  fields: Record<string, unknown>;
}

interface FoldJournal {
  _id: 'current';
  fold: string;
  at: Date;
  deltaIds: string[];
  rows: FoldRow[];
}

/** Sums deltas per counter row. */
function sumByRow(deltas: readonly CounterDelta[]): FoldRow[] {
  const rows = new Map<string, FoldRow>();
  for (const d of deltas) {
    const id = `${d.target}\u0000${d.key}`;
    const row = rows.get(id) ?? { target: d.target, key: d.key, n: 0, fields: d.fields };
    row.n += d.n;
    rows.set(id, row);
  }
  return [...rows.values()].filter((r) => r.n !== 0);
}

/**
 * Adds one journal row to its counter row, once: the row remembers the last fold applied to it,
 * so finishing a crashed fold (even by two processes at once, which write the same value)
 * never adds twice. Only folds write here, one journal at a time.
 */
async function applyRow(db: Models, fold: string, row: FoldRow): Promise<void> {
  const rows = targetModel(db, row.target).collection;
  for (;;) {
    const cur = await rows.findOne({ _id: row.key } as never, { projection: { n: 1, fold: 1 } });
    if (cur?.fold === fold) return;
    if (cur) {
      await rows.updateOne({ _id: row.key } as never, { $set: { n: (cur.n as number) + row.n, fold } });
      return;
    }
    try {
      await rows.insertOne({ _id: row.key, ...row.fields, n: row.n, fold } as never);
      return;
    } catch (err) {
      // A recount wrote the row meanwhile: add to it instead.
      if (!isDuplicateKey(err)) throw err;
    }
  }
}

/** Applies a journal's sums, deletes its deltas by their known ids, then the journal. */
async function finishFold(db: Models, journal: FoldJournal): Promise<void> {
  const { Delta, Fold } = counterDeltaModels(db);
  for (const row of journal.rows) await applyRow(db, journal.fold, row);
  await deleteByIds(Delta, journal.deltaIds);
  await Fold.deleteOne({ _id: 'current', fold: journal.fold });
}

/**
 * Deletes documents by known `_id`, a chunk per call: `$in` uses the _id index on MongoDB and is
 * one scan of the (small) pending collection on FerretDB, where 5,000 single deletes take ~45 s.
 */
async function deleteByIds(model: ReturnType<typeof counterDeltaModels>['Delta'], ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await model.deleteMany({ _id: { $in: ids.slice(i, i + CHUNK) } });
}

/**
 * Folds pending counter deltas into their rows: the `counters.fold` job's run. The journal's
 * unique insert makes this the one fold at work; a fresh journal of another process means
 * "busy" (0), a stale one (its process died) is finished. Returns how many deltas it folded.
 */
export async function foldCounterDeltas(db: Models, now = new Date()): Promise<number> {
  const { Delta, Fold } = counterDeltaModels(db);
  const open = await Fold.findById('current').lean<FoldJournal>();
  if (open) {
    if (now.getTime() - open.at.getTime() < STALE_FOLD_MS) return 0;
    await finishFold(db, open);
    return open.deltaIds.length;
  }
  // The lock first (an empty journal), so a fold that loses costs one insert, not a read of the deltas.
  const fold = new Types.ObjectId().toHexString();
  if (!(await insertOnce(Fold, { _id: 'current', fold, at: now, deltaIds: [], rows: [] }))) return 0;
  const deltas = await Delta.find({}).limit(FOLD_BATCH).lean<CounterDelta[]>();
  const journal: FoldJournal = { _id: 'current', fold, at: now, deltaIds: deltas.map((d) => d._id), rows: sumByRow(deltas) };
  // Only the lock's holder writes its journal: what a crash after this line leaves, the next fold finishes.
  if (deltas.length) await Fold.updateOne({ _id: 'current', fold }, { $set: { deltaIds: journal.deltaIds, rows: journal.rows } });
  await finishFold(db, journal);
  return deltas.length;
}

/** Takes the fold lock (an empty journal) for a rebuild: waits out a fold at work, finishes a stale one. */
async function takeFoldLock(db: Models): Promise<string> {
  const { Fold } = counterDeltaModels(db);
  for (;;) {
    const fold = `rebuild-${new Types.ObjectId().toHexString()}`;
    if (await insertOnce(Fold, { _id: 'current', fold, at: new Date(), deltaIds: [], rows: [] })) return fold;
    const open = await Fold.findById('current').lean<FoldJournal>();
    if (open && Date.now() - open.at.getTime() >= STALE_FOLD_MS) await finishFold(db, open);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Rebuilds counter rows from the facts and drops the deltas the rebuild made redundant: those
 * pending before it read the facts (every fact is written before its delta, so each of them
 * is counted by the rebuild). It holds the fold lock, so no fold moves rows meanwhile.
 */
export async function rebuildReplacingDeltas<T>(db: Models, match: Record<string, unknown>, rebuild: () => Promise<T>): Promise<T> {
  const { Delta, Fold } = counterDeltaModels(db);
  const lock = await takeFoldLock(db);
  try {
    const before = await Delta.find(match).select({ _id: 1 }).lean<{ _id: string }[]>();
    const result = await rebuild();
    await deleteByIds(Delta, before.map((d) => d._id));
    return result;
  } finally {
    await Fold.deleteOne({ _id: 'current', fold: lock });
  }
}
