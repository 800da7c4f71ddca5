/** True when a write (one insert, or every failed part of a bulk insert) hit a unique index: the row was already there. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: number; writeErrors?: { code?: number }[] } | null;
  return e?.code === 11000 || Boolean(e?.writeErrors?.length && e.writeErrors.every((w) => w.code === 11000));
}
