/*
 * The rule for everything that must happen once (a follower's creation, a counter's move, a
 * job's run, a reminder, a completion): it is decided by a unique insert, or by a delete of a
 * known `_id`. Both are atomic on MongoDB and on FerretDB. Never by a conditional update, an
 * upsert race or a read then a write: FerretDB reads then writes back, so several callers
 * "win" a conditional update, concurrent $inc lose counts and racing upserts raise E11000.
 */
import { isDuplicateKey } from './duplicate-key.js';
import type { LooseModel } from './models.js';

export { isDuplicateKey };

/**
 * Inserts a document whose unique key decides a race: true for the one caller whose insert
 * landed, false for everyone the unique index turned away. Atomic on MongoDB and FerretDB alike.
 */
export async function insertOnce(model: LooseModel, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Deletes the document with this known `_id`: true for the one caller whose delete removed it. */
export async function deleteOnce(model: LooseModel, _id: unknown): Promise<boolean> {
  return (await model.deleteOne({ _id })).deletedCount === 1;
}
