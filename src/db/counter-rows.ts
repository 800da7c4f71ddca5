import type { LooseModel } from './models.js';

const CHUNK = 1000;
type Row = Record<string, unknown> & { n: number };

const isDuplicateKey = (err: unknown) => (err as { code?: number } | null)?.code === 11000;

/** Inserts rows in chunks; a chunk that meets a row written meanwhile (a live bump) is set row by row instead. */
async function insertRows(model: LooseModel, rows: [string, Row][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    try {
      await model.insertMany(chunk.map(([_id, row]) => ({ _id, ...row })), { ordered: false });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await setRows(model, chunk, true);
    }
  }
}

/** Sets rows by their known `_id`, in bulk. */
async function setRows(model: LooseModel, rows: [string, Row][], upsert = false): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ops = rows.slice(i, i + CHUNK).map(([_id, row]) => ({ updateOne: { filter: { _id }, update: { $set: row }, upsert } }));
    if (ops.length) await model.bulkWrite(ops as never, { ordered: false });
  }
}

/**
 * Makes a counter collection (or the part of it `scope` selects) hold exactly `rows`, writing
 * only what differs: new rows are inserted, rows with another count are set, and rows no fact
 * supports are deleted by their known `_id`. Reports never see the collection empty halfway
 * (as after a delete-all and re-insert), and a repair of a few wrong rows writes a few rows:
 * on FerretDB every update is a read and a write back, so thousands of upserts take minutes.
 */
export async function replaceCounterRows(model: LooseModel, rows: Map<string, Row>, scope: Record<string, unknown> = {}): Promise<void> {
  const existing = new Map<string, number>();
  const cursor = model.find(scope).select({ _id: 1, n: 1 }).lean<{ _id: string; n: number }[]>().cursor({ batchSize: 2000 });
  for await (const { _id, n } of cursor as AsyncIterable<{ _id: string; n: number }>) existing.set(_id, n);
  const inserts: [string, Row][] = [];
  const changes: [string, Row][] = [];
  for (const [_id, row] of rows) {
    const n = existing.get(_id);
    if (n === undefined) inserts.push([_id, row]);
    else if (n !== row.n) changes.push([_id, row]);
  }
  await insertRows(model, inserts);
  await setRows(model, changes);
  const stale = [...existing.keys()].filter((_id) => !rows.has(_id));
  for (let i = 0; i < stale.length; i += CHUNK) {
    await model.bulkWrite(stale.slice(i, i + CHUNK).map((_id) => ({ deleteOne: { filter: { _id } } })) as never, { ordered: false });
  }
}
