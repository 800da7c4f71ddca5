/**
 * `npm run bench:report`: seeds 100,000 followers across 20 influencers, 10 published plans and
 * 1,000,000 pledge and completion records (FOLLOWERS and RECORDS change the sizes), then times
 * one influencer's reach report and the forum-wide one, and prints what the server says about
 * the queries (explain).
 *
 * Uses MONGODB_URI if set; otherwise starts an embedded FerretDB, on SQLite by default or on
 * PostgreSQL with `-- --pg postgres://127.0.0.1:5432/ferretdb` (the database must exist).
 * Counters and join-day counters are written as the bot writes them (one per plan, audience and
 * metric; one per audience and day); "reached" is written as the broadcast-finished hook freezes it.
 * Then times `npm run recount`'s rebuild of every counter and checks the figures come out the same.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { connectDatabase } from '../src/db/connect.js';
import { startEmbeddedServer, type EmbeddedServer } from '../src/db/embedded-server.js';
import { rebuildFollowerStats } from '../src/db/follower-stats.js';
import { models, syncIndexes, type Models } from '../src/db/models.js';
import { MongoPlanStore } from '../src/db/plan-store.js';
import { MongoReportCounters } from '../src/db/report-counters.js';
import { silentLogger } from '../src/logger.js';
import { audienceReachReport } from '../src/reports/reach-report.js';
import { toSafeReport } from '../src/reports/safe-report.js';
import { renderReportText } from '../src/reports/render-report-text.js';
import { renderReportCsv } from '../src/reports/render-report-csv.js';
import { renderReportChart } from '../src/reports/render-report-chart.js';
import { loadTranslator } from '../src/i18n/translator.js';
import { localesDir } from '../src/app.js';

/** The forum's size; smaller with e.g. `FOLLOWERS=20000 RECORDS=200000` for a quick run. */
const FOLLOWERS = Number(process.env.FOLLOWERS ?? 100_000);
const INFLUENCERS = 20;
const PLANS = 10;
const TASKS = 3;
const RECORDS = Number(process.env.RECORDS ?? 1_000_000);
const DAY = 86_400_000;
const LANGS = ['ar', 'en', 'ur', 'tr', 'id', 'ms', 'fr', 'ug', 'bn'];
const TOPICS = ['uyghur', 'palestine', 'sudan', 'kashmir', 'rohingya'];

const { values } = parseArgs({ options: { pg: { type: 'string' } } });
const code = (i: number) => `inf${String(i).padStart(2, '0')}`;
/** A small deterministic generator, so every run seeds the same forum. */
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

async function insert(db: Models, name: keyof Models, docs: object[]): Promise<void> {
  await db[name].collection.insertMany(docs, { ordered: false });
}

async function seedForum(db: Models): Promise<void> {
  const now = Date.now();
  const counters = new Map<string, { planId: string; audience: string; metric: string; n: number }>();
  const bump = (planId: string, audience: string, metric: string) => {
    const id = `${planId}|${audience}|${metric}`;
    const c = counters.get(id) ?? { planId, audience, metric, n: 0 };
    c.n++;
    counters.set(id, c);
  };
  const joinDays = new Map<string, number>();
  await insert(
    db,
    'Audience',
    Array.from({ length: INFLUENCERS }, (_, i) => ({ code: code(i), displayName: `Influencer ${i}`, language: 'en', createdAt: new Date() })),
  );
  const plans = Array.from({ length: PLANS }, (_, p) => ({ id: `bench-${p}`, topic: TOPICS[p % TOPICS.length]! }));
  await insert(
    db,
    'Plan',
    plans.map((p, i) => ({
      planId: p.id,
      topics: [p.topic],
      content: { en: { title: `Bench plan ${i}`, why: 'Because.', tasks: Array.from({ length: TASKS }, (_, t) => ({ title: `Task ${t + 1}`, how: 'Do it.', minutes: 5, source: { vettedBy: 'Forum', date: new Date() } })) } },
      reminderAfterHours: 48,
      status: 'published',
      proposedBy: 'bench',
      createdAt: new Date(now - (PLANS - i) * DAY),
      publishedAt: new Date(now - (PLANS - i) * DAY),
      finishedAt: new Date(now - (PLANS - i) * DAY),
      enqueueDone: true,
    })),
  );
  // Followers, with who each plan reached (active, not blocked, following its topic).
  const reachable: { id: Types.ObjectId; audience: string }[][] = plans.map(() => []);
  let batch: object[] = [];
  for (let i = 0; i < FOLLOWERS; i++) {
    const audience = code(i % INFLUENCERS);
    const status = rand() < 0.08 ? 'opted_out' : rand() < 0.03 ? 'onboarding' : 'active';
    const blocked = rand() < 0.02;
    const topics = TOPICS.filter(() => rand() < 0.45);
    const joinedAt = new Date(now - Math.floor(rand() * 120) * DAY);
    const day = joinedAt.toISOString().slice(0, 10);
    joinDays.set(`${audience}|${day}`, (joinDays.get(`${audience}|${day}`) ?? 0) + 1);
    const _id = new Types.ObjectId();
    batch.push({
      _id,
      channel: 'telegram',
      addressHash: `h${i}`,
      addressSealed: 's',
      language: LANGS[Math.floor(rand() * LANGS.length)],
      topics,
      timezone: 'Europe/London',
      status,
      blocked,
      audience,
      joinedAt,
    });
    if (status === 'active' && !blocked) plans.forEach((p, k) => topics.includes(p.topic) && reachable[k]!.push({ id: _id, audience }));
    if (batch.length === 5000) {
      await insert(db, 'Follower', batch);
      batch = [];
    }
  }
  if (batch.length) await insert(db, 'Follower', batch);
  // Pledges and ticks until RECORDS documents exist, spread over the plans.
  let records = 0;
  const perPlan = Math.ceil(RECORDS / PLANS);
  const pledges: object[] = [];
  const completions: object[] = [];
  const flush = async (force = false) => {
    if (pledges.length >= 5000 || (force && pledges.length)) await insert(db, 'Pledge', pledges.splice(0));
    if (completions.length >= 5000 || (force && completions.length)) await insert(db, 'Completion', completions.splice(0));
  };
  for (const [k, p] of plans.entries()) {
    let made = 0;
    for (const f of reachable[k]!) bump(p.id, f.audience, 'reached');
    for (const f of reachable[k]!) {
      if (made >= perPlan || records >= RECORDS) break;
      const done = Array.from({ length: TASKS }, () => rand() < 0.6).map((x, t) => (x ? t + 1 : 0)).filter(Boolean);
      const completed = done.length === TASKS;
      pledges.push({ planId: p.id, followerId: f.id, audience: f.audience, pledgedAt: new Date(), completedAt: completed ? new Date() : null, open: !completed, remindersSent: 0, nextReminderAt: null });
      bump(p.id, f.audience, 'pledged');
      if (completed) bump(p.id, f.audience, 'completed');
      for (const t of done) {
        completions.push({ planId: p.id, followerId: f.id, audience: f.audience, task: t, at: new Date() });
        bump(p.id, f.audience, `task_${t}`);
      }
      made += 1 + done.length;
      records += 1 + done.length;
      await flush();
    }
    await flush(true);
    counters.set(`${p.id}|*|reached_frozen`, { planId: p.id, audience: '*', metric: 'reached_frozen', n: 1 });
  }
  await insert(db, 'Counter', [...counters].map(([_id, c]) => ({ _id, ...c })));
  await insert(db, 'JoinDay', [...joinDays].map(([_id, n]) => ({ _id, audience: _id.split('|')[0], day: _id.split('|')[1], n })));
  console.log(`seeded ${FOLLOWERS} followers, ${records} pledge and completion records, ${counters.size} counters, ${joinDays.size} join-day counters`);
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

/** What the server says about a query: FerretDB's pushdown flags and plan, or MongoDB's winning plan. */
function describeExplain(e: unknown): string {
  const x = e as Record<string, unknown> & { queryPlanner?: Record<string, unknown>; stages?: { $cursor?: { queryPlanner?: Record<string, unknown> } }[] };
  if ('filterPushdown' in x) return `FerretDB: filterPushdown=${String(x.filterPushdown)}, plan=${JSON.stringify(x.queryPlanner?.Plan ?? x.queryPlanner)}`;
  const planner = x.queryPlanner ?? x.stages?.[0]?.$cursor?.queryPlanner;
  const winning = JSON.stringify(planner?.winningPlan ?? planner ?? x).match(/"indexName":"[^"]+"|"stage":"(COLLSCAN|IXSCAN|COUNT_SCAN|IDHACK)"/g);
  return `MongoDB: ${[...new Set(winning ?? [])].join(', ') || JSON.stringify(planner).slice(0, 300)}`;
}

async function main(): Promise<void> {
  let uri = process.env.MONGODB_URI;
  let embedded: EmbeddedServer | undefined;
  const dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
  if (!uri) {
    embedded = await startEmbeddedServer({ dataDir: dir, ...(values.pg ? { handler: 'pg' as const, postgresUrl: values.pg } : {}), log: () => undefined });
    uri = embedded.uri;
  }
  const { conn, server } = await connectDatabase(`${uri.replace(/\/?$/, '/')}bench_report_${Date.now()}`, silentLogger);
  console.log(`server: ${server.description}${embedded ? ` (embedded ${embedded.kind})` : ''}`);
  try {
    const db = models(conn);
    await syncIndexes(db);
    await timed('seed', () => seedForum(db));
    // A bulk import bypasses the follower store, so its state counters are recounted once,
    // as a migration would (the live path moves them on every follower change).
    await timed('recount follower state counters (bulk-import path, not part of a report)', () => rebuildFollowerStats(db));
    const plans = new MongoPlanStore(db);
    const counters = new MongoReportCounters(db);
    const t = loadTranslator(localesDir());
    const one = await timed(`influencer report (${code(7)})`, () =>
      audienceReachReport(counters, plans, { kind: 'audience', code: code(7), displayName: 'Influencer 7' }),
    );
    const forum = await timed('forum-wide report', () => audienceReachReport(counters, plans, { kind: 'forum' }));
    await timed('render text + CSV + chart (influencer)', async () => {
      const safe = toSafeReport(one);
      renderReportText(safe, t, 'ar');
      renderReportCsv(safe);
      await renderReportChart(safe, t, 'ar');
    });
    console.log(`check: ${code(7)} active=${one.followers.active}, forum active=${forum.followers.active}, forum reached(plan 0)=${forum.plans.at(-1)?.funnel.reached}`);
    // The bench seeds no deliveries, so a recount sets "reached" to 0; everything else must match.
    const summary = await timed('recount every counter from the facts (npm run recount)', () => counters.recount());
    console.log(`recount wrote ${JSON.stringify(summary)}`);
    const again = await audienceReachReport(counters, plans, { kind: 'forum' });
    const sameFunnels = again.plans.every((p, i) => {
      const before = forum.plans[i]!.funnel;
      return p.funnel.pledged === before.pledged && p.funnel.completed === before.completed && p.funnel.tasks.join() === before.tasks.join();
    });
    console.log(`check after recount: followers same=${JSON.stringify(again.followers) === JSON.stringify(forum.followers)}, pledged/tasks/completed same=${sameFunnels}`);
    console.log('\nqueries and what the server did with them:');
    const explain = async (label: string, e: Promise<unknown>) => console.log(`- ${label}\n  ${describeExplain(await e)}`);
    await explain(`follower_stats $match {audience} + $group (index audience_1)`, db.FollowerStats.aggregate([{ $match: { audience: code(7) } }, { $group: { _id: { s: '$status', b: '$blocked', l: '$language', t: '$topics' }, n: { $sum: '$n' } } }]).explain());
    await explain('follower_stats $group, forum-wide (a few hundred rows)', db.FollowerStats.aggregate([{ $group: { _id: { s: '$status', b: '$blocked', l: '$language', t: '$topics' }, n: { $sum: '$n' } } }]).explain());
    await explain('counters find {planId} (index planId_1)', db.Counter.find({ planId: 'bench-0' }).explain());
    await explain('join_days $match {audience} + $group (index audience_1)', db.JoinDay.aggregate([{ $match: { audience: code(7) } }, { $group: { _id: '$day', n: { $sum: '$n' } } }]).explain());
    await explain('plans find {status} (index status_1)', db.Plan.find({ status: 'published' }).explain());
  } finally {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('bench failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
