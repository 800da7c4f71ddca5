import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

/** Longest database name FerretDB accepts (it becomes a PostgreSQL schema / SQLite file name). */
const MAX_DB_NAME = 63;

/**
 * A connection string for a brand-new database on the test server
 * (see test/global-setup.ts): `t_<name>_<random>`, lower-case [a-z0-9_] only.
 * Any query string of the base URI (e.g. `?authSource=admin`) is kept.
 */
export async function testDatabaseUri(name: string): Promise<string> {
  const base = inject('mongodbUri');
  const suffix = randomBytes(5).toString('hex');
  const clean =
    name
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'db';
  const room = MAX_DB_NAME - 't__'.length - suffix.length;
  const dbName = `t_${clean.slice(0, room)}_${suffix}`;
  return withDatabase(base, dbName);
}

/** Replaces the database (path) part of a mongodb:// or mongodb+srv:// URI. */
export function withDatabase(uri: string, dbName: string): string {
  const queryAt = uri.indexOf('?');
  const main = queryAt === -1 ? uri : uri.slice(0, queryAt);
  const query = queryAt === -1 ? '' : uri.slice(queryAt);
  const schemeEnd = main.indexOf('://');
  if (schemeEnd === -1) throw new Error('not a mongodb:// connection string');
  // Host list ends at the first '/' after the scheme (credentials are percent-encoded).
  const pathAt = main.indexOf('/', schemeEnd + 3);
  const hosts = pathAt === -1 ? main : main.slice(0, pathAt);
  const originalDb = pathAt === -1 ? '' : main.slice(pathAt + 1);
  // With credentials, the driver authenticates against the path's database
  // unless authSource says otherwise: keep authenticating where the base URI did.
  let extra = '';
  if (hosts.includes('@') && !/[?&]authSource=/i.test(query)) {
    extra = `${query === '' ? '?' : '&'}authSource=${originalDb === '' ? 'admin' : originalDb}`;
  }
  return `${hosts}/${dbName}${query}${extra}`;
}
