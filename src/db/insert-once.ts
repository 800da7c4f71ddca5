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
