import type { Connection } from 'mongoose';
import { HOT_FIELDS } from './hot-fields.js';
import { prepareFerretPostgres, type PrepareReport } from './prepare-postgres.js';
import { prepareFerretSqlite } from './prepare-sqlite.js';

/** Where a FerretDB keeps its data, when this process may reach its storage itself. */
export type FerretStorage = { kind: 'postgresql'; url: string } | { kind: 'sqlite'; dir: string };

/** What bring-up did about the hot paths, for the start-up log. */
export type HotPathReport =
  | { server: 'mongodb-or-unknown' }
  | { server: 'ferretdb-postgresql' | 'ferretdb-sqlite'; failed: string }
  | ({ server: 'ferretdb-postgresql' } & PrepareReport)
  | ({ server: 'ferretdb-sqlite' } & ({ indexed: number } | { skipped: string }));

const storages = new WeakMap<Connection, FerretStorage>();

/** Remembers the storage of the FerretDB a connection reaches (the embedded server we started). */
export function rememberFerretStorage(conn: Connection, storage: FerretStorage): void {
  storages.set(conn, storage);
}

/**
 * The storage of a connection's FerretDB: the one we started, or the one the environment names
 * (FERRETDB_POSTGRESQL_URL, as .ci/run and a deployment running its own FerretDB set it, or
 * FERRETDB_SQLITE_DIR); none for MongoDB, which uses its ordinary indexes.
 */
function storageOf(conn: Connection, env: NodeJS.ProcessEnv): FerretStorage | undefined {
  const known = storages.get(conn);
  if (known) return known;
  if (env.FERRETDB_POSTGRESQL_URL) return { kind: 'postgresql', url: env.FERRETDB_POSTGRESQL_URL };
  if (env.FERRETDB_SQLITE_DIR) return { kind: 'sqlite', dir: env.FERRETDB_SQLITE_DIR };
  return undefined;
}

/**
 * Makes the hot paths indexed in the storage under FerretDB, after the collections exist
 * (models' createIndexes made them): GIN expression indexes on PostgreSQL, the `_id` expression
 * index on SQLite. Only ever adds indexes; safe at every start and beside other processes.
 */
export async function prepareHotPaths(conn: Connection, env: NodeJS.ProcessEnv = process.env): Promise<HotPathReport> {
  const storage = storageOf(conn, env);
  if (!storage) return { server: 'mongodb-or-unknown' };
  const server = storage.kind === 'postgresql' ? 'ferretdb-postgresql' : 'ferretdb-sqlite';
  try {
    await createMissingCollections(conn);
    if (storage.kind === 'postgresql') return { server: 'ferretdb-postgresql', ...(await prepareFerretPostgres(storage.url, conn.name)) };
    return { server: 'ferretdb-sqlite', ...(await prepareFerretSqlite(storage.dir, conn.name)) };
  } catch (err) {
    // Indexes make the bot fast, not correct: it starts without them, and says why (never the URL).
    return { server, failed: err instanceof Error ? err.message.slice(0, 200) : String(err) };
  }
}

/** Collections made only by their first insert (claims) are made now, so they are indexed from the start. */
async function createMissingCollections(conn: Connection): Promise<void> {
  const existing = new Set((await conn.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name));
  for (const name of Object.keys(HOT_FIELDS)) {
    if (existing.has(name)) continue;
    await conn.db!.createCollection(name).catch((err: { codeName?: string }) => {
      // Another process made it meanwhile.
      if (err.codeName !== 'NamespaceExists') throw err;
    });
  }
}
