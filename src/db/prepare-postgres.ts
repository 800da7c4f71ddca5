import pg from 'pg';
import { HOT_FIELDS } from './hot-fields.js';

/** What preparing did, for the log line. */
export interface PrepareReport {
  /** Hot (collection, field) pairs whose collection exists. */
  wanted: number;
  created: number;
  /** Indexes left for a later run: their table stayed locked by others past LOCK_TIMEOUT. */
  busy: number;
  /** Set when plan_cache_mode could not be set (no right to ALTER DATABASE). */
  planCacheWarning?: string;
}

/** How long one index waits for its table's lock: bring-up never holds a start up for long, a later run adds what is left. */
const LOCK_TIMEOUT = '2s';

/** FerretDB's own table of collections, in the PostgreSQL schema named after the database. */
const METADATA_TABLE = '_ferretdb_database_metadata';
/** Below this many rows an index is built in one short lock; above, CONCURRENTLY, so a live bot keeps writing. */
const CONCURRENT_FROM_ROWS = 50_000;

/**
 * Makes a FerretDB database's hot paths indexed in PostgreSQL: for every field in HOT_FIELDS,
 * a GIN `jsonb_path_ops` index on `(_jsonb->'field')` of the collection's table (the shape of
 * every equality FerretDB 1.24 pushes down), and `plan_cache_mode = force_custom_plan` on the
 * PostgreSQL database. Why the latter: FerretDB prepares each query with the field name as a
 * parameter (`_jsonb->$1 @> $2`); a generic plan cannot match an expression index, and after
 * five executions PostgreSQL may keep a generic plan for the life of the pooled connection.
 * Custom plans see the field name and use the index (measured in bench/inbound.ts). The
 * setting reaches connections opened after it: restart FerretDB once after the first run.
 * Idempotent: run at every start, by `npm run db:prepare`, or both.
 */
export async function prepareFerretPostgres(postgresUrl: string, database: string): Promise<PrepareReport> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
    const report: PrepareReport = { wanted: 0, created: 0, busy: 0 };
    const tables = await collectionTables(client, database);
    for (const [collection, fields] of Object.entries(HOT_FIELDS)) {
      const table = tables.get(collection);
      if (!table) continue;
      for (const field of fields) {
        report.wanted++;
        const made = await createHotIndex(client, database, table, field);
        if (made === 'created') report.created++;
        if (made === 'busy') report.busy++;
      }
    }
    report.planCacheWarning = await forceCustomPlans(client);
    return report;
  } finally {
    await client.end();
  }
}

/** Collection name → table name, from FerretDB's metadata; empty if FerretDB has not made the database yet. */
async function collectionTables(client: pg.Client, database: string): Promise<Map<string, string>> {
  const found = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${client.escapeIdentifier(database)}.${METADATA_TABLE}`]);
  if (!found.rows[0]?.t) return new Map();
  const rows = await client.query<{ coll: string; tbl: string }>(
    `SELECT _jsonb->>'_id' AS coll, _jsonb->>'table' AS tbl FROM ${client.escapeIdentifier(database)}.${METADATA_TABLE}`,
  );
  return new Map(rows.rows.map((r) => [r.coll, r.tbl]));
}

/** The index's name: readable, within PostgreSQL's 63 bytes, and the same on every run. */
function indexName(table: string, field: string): string {
  return `${table.slice(0, 40)}_hot_${field.replace(/[^A-Za-z0-9_]/g, '').slice(0, 18)}`;
}

/** Creates one index unless it is there and valid (a CONCURRENTLY build that died leaves an invalid one: rebuilt). */
async function createHotIndex(client: pg.Client, schema: string, table: string, field: string): Promise<'created' | 'there' | 'busy'> {
  const name = indexName(table, field);
  const state = await client.query<{ valid: boolean }>(
    `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2`,
    [schema, name],
  );
  if (state.rows[0]?.valid) return 'there';
  const qualified = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
  const target = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`;
  if (state.rows[0]) await client.query(`DROP INDEX IF EXISTS ${qualified}`);
  const size = await client.query<{ n: number }>('SELECT reltuples::float8 AS n FROM pg_class WHERE oid = $1::regclass', [target]);
  const concurrently = (size.rows[0]?.n ?? 0) >= CONCURRENT_FROM_ROWS ? 'CONCURRENTLY ' : '';
  try {
    await client.query(
      `CREATE INDEX ${concurrently}IF NOT EXISTS ${client.escapeIdentifier(name)} ON ${target} USING gin ((_jsonb -> ${client.escapeLiteral(field)}) jsonb_path_ops)`,
    );
  } catch (err) {
    const code = (err as { code?: string }).code;
    // Another process building the same index at the same moment: theirs will do.
    if (code === '42P07' || code === '23505') return 'there';
    // The table stayed locked (lock_timeout): the next run adds it.
    if (code === '55P03') return 'busy';
    throw err;
  }
  await client.query(`ANALYZE ${target}`).catch(() => undefined);
  return 'created';
}

/** Sets force_custom_plan on the PostgreSQL database; a warning instead when not allowed. */
async function forceCustomPlans(client: pg.Client): Promise<string | undefined> {
  const current = await client.query<{ mode: string; db: string }>("SELECT current_setting('plan_cache_mode') AS mode, current_database() AS db");
  const { db } = current.rows[0]!;
  const set = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
      WHERE d.datname = $1 AND s.setrole = 0 AND 'plan_cache_mode=force_custom_plan' = ANY (s.setconfig)`,
    [db],
  );
  if (set.rows[0]!.n > 0) return undefined;
  try {
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(db)} SET plan_cache_mode = force_custom_plan`);
    return undefined;
  } catch (err) {
    return `could not set plan_cache_mode on ${db} (${(err as Error).message}); ask its owner to run: ALTER DATABASE ${db} SET plan_cache_mode = force_custom_plan`;
  }
}
