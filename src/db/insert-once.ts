import type { LooseModel } from './models.js';

/** True if the error is a unique-index violation (E11000), also inside a bulk write. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: { code?: number }[] } | null;
  return e?.code === 11000 || Boolean(e?.writeErrors?.length && e.writeErrors.every((w) => w.code === 11000));
}

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
