/**
 * npm run bench:inbound — the minutes after a broadcast: taps, plain texts and /start joins
 * from distinct followers, `IN_FLIGHT` (50) at a time, through the real bot and a fake Bot API
 * answering in 40 ms. Prints per kind: updates/s, p50/p99, database reads and writes per update
 * (the driver's command monitoring), peak RSS, and the rate by quarter (flat or falling).
 *
 * 1. FerretDB on PostgreSQL (a throw-away PostgreSQL database, FerretDB started on it):
 *    a. without the hot-path indexes (a sample: it is slow),
 *    b. indexes created while FerretDB runs, its pooled connections opened before (on the default
 *       plan_cache_mode, or with FORCE_CUSTOM_FROM_START=1 on force_custom_plan),
 *    c. FerretDB restarted, plan_cache_mode=force_custom_plan (the prepared setup): the full load,
 *    d. FerretDB restarted with indexes but the default plan_cache_mode (a sample).
 * 2. The embedded default, FerretDB on SQLite, with a tenth of the followers and pledges
 *    (SQLITE_SCALE) and a fortieth of the updates (SQLITE_LOAD_SCALE: it scans on most reads).
 *
 * Sizes: FOLLOWERS (100000), PLEDGES (20000), TAPS (20000), TEXTS (5000), JOINS (2000),
 * SAMPLE (300: taps in a, b and d; texts and joins a third of it), WARMUP (500 taps, not counted, before each run), SQLITE_SCALE (0.1),
 * SQLITE_LOAD_SCALE (0.025), IN_FLIGHT (50),
 * PHASES (e.g. "a,c,sqlite"). Needs PostgreSQL at BENCH_POSTGRES_URL
 * (postgres://postgres@127.0.0.1:5432/) and the FerretDB binary (scripts/ensure-ferretdb.sh).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedServer, type EmbeddedServer } from '../src/db/embedded-server.js';
import { prepareFerretPostgres } from '../src/db/prepare-postgres.js';
import { HEADER } from './inbound-load.js';
import { runLoad, seedDatabase, type LoadSizes } from './inbound-run.js';

const env = process.env;
const num = (name: string, dflt: number) => Number(env[name] ?? dflt);
const PG_BASE = env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const PHASES = new Set((env.PHASES ?? 'a,b,c,d,sqlite').split(','));
const full: LoadSizes = { taps: num('TAPS', 20_000), texts: num('TEXTS', 5_000), joins: num('JOINS', 2_000) };
const SAMPLE = num('SAMPLE', 300);
const sample: LoadSizes = { taps: SAMPLE, texts: Math.ceil(SAMPLE / 3), joins: Math.ceil(SAMPLE / 3) };

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const rssMb = () => Math.round(peakRss / 1024 / 1024);

async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: `${PG_BASE}postgres` });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Phases a–d on one PostgreSQL database; the FerretDB on it restarted between them as described above. */
async function postgresPhases(rows: string[]): Promise<void> {
  const pgDb = `bench_inbound_${process.pid}`;
  const pgUrl = `${PG_BASE}${pgDb}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${pgDb}`));
  // FORCE_CUSTOM_FROM_START=1: the setting is there before FerretDB opens its pool (as .ci/run
  // and a second db:prepare leave it), to see whether indexes created live then work at once.
  if (env.FORCE_CUSTOM_FROM_START === '1') await pgAdmin((c) => c.query(`ALTER DATABASE ${pgDb} SET plan_cache_mode = force_custom_plan`));
  const mode = env.FORCE_CUSTOM_FROM_START === '1' ? 'force_custom_plan' : 'default plan_cache_mode';
  const dir = mkdtempSync(join(tmpdir(), 'bench-inbound-pg-'));
  let server: EmbeddedServer | undefined;
  const start = async (port?: number) => (server = await startEmbeddedServer({ dataDir: dir, handler: 'pg', postgresUrl: pgUrl, port, log: () => undefined }));
  const restart = async () => {
    const port = Number(new URL(server!.uri).port);
    await server!.stop();
    await start(port);
  };
  try {
    await start();
    const uri = `${server!.uri}forum`;
    const key = randomBytes(32);
    const t0 = Date.now();
    const seeded = await seedDatabase(uri, key, num('FOLLOWERS', 100_000), num('PLEDGES', 20_000));
    console.log(`FerretDB/PostgreSQL: seeded ${seeded.followers} followers, ${seeded.pledges} pledges in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    let cursor = { tapper: 0, texter: 0, joiner: 0, task: 1 };
    const phase = async (label: string, sizes: LoadSizes) => {
      const out = await runLoad(uri, key, sizes, cursor, num('IN_FLIGHT', 50), seeded.stride);
      cursor = out.cursor;
      for (const r of out.results) rows.push(out.row(label, r, rssMb()));
      console.log(rows.slice(-out.results.length).join('\n'));
    };
    if (PHASES.has('a')) await phase(`FerretDB/PG, no hot-path indexes (${mode})`, sample);
    const t1 = Date.now();
    const report = await prepareFerretPostgres(pgUrl, 'forum');
    console.log(`prepared: ${report.created} indexes in ${((Date.now() - t1) / 1000).toFixed(1)} s${report.planCacheWarning ? `; ${report.planCacheWarning}` : ''}`);
    if (PHASES.has('b')) await phase(`FerretDB/PG, indexes created live, pool opened before (${mode})`, sample);
    await restart();
    if (PHASES.has('c')) await phase('FerretDB/PG prepared (indexes + force_custom_plan)', full);
    await pgAdmin((c) => c.query(`ALTER DATABASE ${pgDb} RESET plan_cache_mode`));
    await restart();
    if (PHASES.has('d')) await phase('FerretDB/PG, indexes, default plan_cache_mode, restarted', sample);
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`));
  }
}

/** The embedded default (SQLite), at SQLITE_SCALE of the sizes, prepared as the bot's own start prepares it. */
async function sqlitePhase(rows: string[]): Promise<void> {
  const scale = num('SQLITE_SCALE', 0.1);
  const dir = mkdtempSync(join(tmpdir(), 'bench-inbound-sqlite-'));
  const server = await startEmbeddedServer({ dataDir: dir, log: () => undefined });
  process.env.FERRETDB_SQLITE_DIR = server.storage?.kind === 'sqlite' ? server.storage.dir : '';
  try {
    const uri = `${server.uri}forum`;
    const key = randomBytes(32);
    const followers = Math.round(num('FOLLOWERS', 100_000) * scale);
    const seeded = await seedDatabase(uri, key, followers, Math.round(num('PLEDGES', 20_000) * scale));
    console.log(`FerretDB/SQLite: seeded ${seeded.followers} followers, ${seeded.pledges} pledges`);
    const load = num('SQLITE_LOAD_SCALE', 0.025);
    const sizes = { taps: Math.round(full.taps * load), texts: Math.round(full.texts * load), joins: Math.round(full.joins * load) };
    const out = await runLoad(uri, key, sizes, { tapper: 0, texter: 0, joiner: 0, task: 1 }, num('IN_FLIGHT', 50), seeded.stride);
    for (const r of out.results) rows.push(out.row(`embedded FerretDB/SQLite, ${followers} followers`, r, rssMb()));
    console.log(rows.slice(-out.results.length).join('\n'));
  } finally {
    delete process.env.FERRETDB_SQLITE_DIR;
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // The bench decides what is prepared, not the environment.
  delete process.env.FERRETDB_POSTGRESQL_URL;
  delete process.env.FERRETDB_SQLITE_DIR;
  const rows: string[] = [];
  if (['a', 'b', 'c', 'd'].some((p) => PHASES.has(p))) await postgresPhases(rows);
  if (PHASES.has('sqlite')) await sqlitePhase(rows);
  clearInterval(sampler);
  console.log(`\n${HEADER}\n${rows.join('\n')}`);
  printRatio(rows);
}

/** Prepared vs unprepared tap rate, the figure the issue asks for. */
function printRatio(rows: string[]): void {
  const rate = (label: string) => {
    const r = rows.find((x) => x.includes(label) && x.includes('| tap |'));
    return r ? Number(r.split('|')[4]) : NaN;
  };
  const ratio = rate('prepared (indexes') / rate('no hot-path indexes');
  if (Number.isFinite(ratio)) console.log(`\ntaps/s prepared ÷ unprepared (FerretDB/PostgreSQL, same data): ${ratio.toFixed(1)}×`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
