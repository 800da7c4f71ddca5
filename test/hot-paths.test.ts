/**
 * Bring-up indexes the hot paths in the storage under FerretDB (CI: PostgreSQL, named by
 * FERRETDB_POSTGRESQL_URL; the embedded test server: SQLite), and the reads of a tap use them.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import mongoose from 'mongoose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOT_FIELDS } from '../src/db/hot-fields.js';
import { openMongoStores, type MongoStores } from '../src/db/mongo-stores.js';
import { testDatabaseUri } from './support/db.js';

const pgUrl = process.env.FERRETDB_POSTGRESQL_URL;
const sqliteDir = process.env.FERRETDB_SQLITE_DIR;
let conn: mongoose.Connection;
let stores: MongoStores;

beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('hot_paths'), { serverSelectionTimeoutMS: 10_000 }).asPromise();
  stores = await openMongoStores(conn);
});
afterAll(async () => {
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

describe.runIf(pgUrl)('on FerretDB over PostgreSQL', () => {
  async function withPg<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  }

  it('every hot field of every collection has its GIN expression index, and a second bring-up adds none', async () => {
    const existing = new Set((await conn.db!.listCollections().toArray()).map((c) => c.name));
    const wanted = Object.entries(HOT_FIELDS)
      .filter(([collection]) => existing.has(collection))
      .flatMap(([, fields]) => fields).length;
    expect(existing.has('pledges') && existing.has('followers') && existing.has('completions')).toBe(true);
    expect(stores.hotPaths).toMatchObject({ server: 'ferretdb-postgresql', wanted });
    const indexes = await withPg((c) =>
      c.query<{ def: string }>(`SELECT indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE '%\\_hot\\_%'`, [conn.name]),
    );
    expect(indexes.rows).toHaveLength(wanted);
    for (const { def } of indexes.rows) expect(def, def).toMatch(/USING gin \(\(\(_jsonb -> '[A-Za-z_]+'::text\)\) jsonb_path_ops\)/);
    expect((await openMongoStores(conn)).hotPaths).toMatchObject({ created: 0, wanted });
  });

  it('a pledge read by its key can be served by its index, not only by a scan of the table', async () => {
    const plan = await withPg((c) =>
      c.query<{ tbl: string }>(`SELECT _jsonb->>'table' AS tbl FROM ${c.escapeIdentifier(conn.name)}._ferretdb_database_metadata WHERE _jsonb->>'_id' = 'pledges'`),
    );
    const table = `${JSON.stringify(conn.name)}.${JSON.stringify(plan.rows[0]!.tbl)}`;
    const explain = await withPg(async (c) => {
      await c.query('SET enable_seqscan = off'); // an empty table would be scanned anyway; ask whether the index can serve it
      return c.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT _jsonb FROM ${table} WHERE _jsonb->'_id' @> '"p|x"'`);
    });
    expect(explain.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on \S+_hot__id/);
  });
});

describe.runIf(!pgUrl && sqliteDir)('on FerretDB over SQLite', () => {
  it('every collection’s table has the _id expression index FerretDB’s lookups by _id use', () => {
    expect(stores.hotPaths).toMatchObject({ server: 'ferretdb-sqlite' });
    const file = path.join(sqliteDir!, `${conn.name}.sqlite`);
    const sql = (q: string) => execFileSync('sqlite3', ['-batch', '-noheader', file, q], { encoding: 'utf8' });
    const tables = sql('SELECT table_name FROM _ferretdb_collections').trim().split('\n');
    const indexed = sql("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_hot_id'").trim().split('\n');
    expect(tables.filter((t) => !indexed.includes(t))).toEqual([]);
    const pledges = sql("SELECT table_name FROM _ferretdb_collections WHERE name = 'pledges'").trim();
    expect(sql(`EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "${pledges}" WHERE _ferretdb_sjson->'$._id' = '"p|x"'`)).toContain(`USING INDEX ${pledges}_hot_id`);
  });
});
