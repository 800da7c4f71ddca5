import type { LooseModel } from './models.js';

const CHUNK = 1000;

/**
 * Makes a counter collection (or the part of it `scope` selects) hold exactly `rows`: each row is
 * set (upserted by `_id`), then every other row in scope is deleted by its known `_id`. Reports
 * never see the collection empty halfway, as they would after a delete-all and re-insert.
 */
export async function replaceCounterRows(
  model: LooseModel,
  rows: Map<string, Record<string, unknown>>,
  scope: Record<string, unknown> = {},
): Promise<void> {
  let ops: object[] = [];
  const flush = async () => {
    if (ops.length) await model.bulkWrite(ops as never, { ordered: false });
    ops = [];
  };
  for (const [_id, row] of rows) {
    ops.push({ updateOne: { filter: { _id }, update: { $set: row }, upsert: true } });
    if (ops.length === CHUNK) await flush();
  }
  await flush();
  const stale: string[] = [];
  const cursor = model.find(scope).select({ _id: 1 }).lean<{ _id: string }[]>().cursor({ batchSize: 2000 });
  for await (const { _id } of cursor as AsyncIterable<{ _id: string }>) if (!rows.has(_id)) stale.push(_id);
  for (const _id of stale) {
    ops.push({ deleteOne: { filter: { _id } } });
    if (ops.length === CHUNK) await flush();
  }
  await flush();
}
