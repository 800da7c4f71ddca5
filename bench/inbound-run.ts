/** The inbound bench's seeding and one load run on one database (see bench/inbound.ts). */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import mongoose from 'mongoose';
import { createApp } from '../src/app.js';
import { createTelegramBot } from '../src/channels/telegram/create-telegram-bot.js';
import { DEFAULT_FLOOD_LIMITS } from '../src/channels/telegram/flood-guard.js';
import { connectDatabase } from '../src/db/connect.js';
import { pledgeKey } from '../src/db/pledge-store.js';
import { silentLogger } from '../src/logger.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';
import { planYaml } from '../test/support/plans.js';
import { CommandCounter, drive, row, type KindResult } from './inbound-load.js';

const TOKEN = '123456:BENCH_TOKEN_abcdefghijklmnopqrstuvwxyz';
const PLAN = 'bench-inbound';
const TASKS = 10;
/** Seeded followers' chat ids are FIRST_CHAT + i; joiners' JOIN_CHAT + i. */
const FIRST_CHAT = 10_000_000;
const JOIN_CHAT = 50_000_000;

/**
 * Pledged followers are every `stride`-th seeded one, so taps (and texts, from the ones in
 * between) come from all over the collection: a scan that stops at the first match would
 * otherwise look fast for followers inserted first.
 */
const strideOf = (followers: number, pledges: number) => Math.max(1, Math.floor(followers / Math.max(1, pledges)));

export interface LoadSizes {
  taps: number;
  texts: number;
  joins: number;
}

/** Who the next run's updates come from, so every run uses followers no earlier run used (taps: a new task). */
export interface LoadCursor {
  tapper: number;
  texter: number;
  joiner: number;
  task: number;
}

function appOn(conn: mongoose.Connection, key: Buffer) {
  return createApp({ conn, dataKey: key, topics: ['uyghur'], defaultLanguage: 'en', log: silentLogger, approvalsRequired: 1, botUsername: 'forum_test_bot' });
}

/** Followers (in a child process, as bench:broadcast seeds), a plan out to them, and pledges by the first `pledges`. */
export async function seedDatabase(uri: string, key: Buffer, followers: number, pledges: number) {
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./seed-followers.ts', import.meta.url))], {
    env: { ...process.env, MONGODB_URI: uri, DATA_KEY: key.toString('base64'), FOLLOWERS: String(followers), FIRST_CHAT_ID: String(FIRST_CHAT) },
    stdio: 'inherit',
  });
  const { conn } = await connectDatabase(uri, silentLogger);
  try {
    const app = await appOn(conn, key);
    if (!(await app.planService.propose(planYaml({ id: PLAN, tasks: TASKS }), 'bench')).ok) throw new Error('propose failed');
    await app.planService.approve(PLAN, 'bench');
    await app.planService.startPublishing(PLAN, 'approved');
    const stride = strideOf(followers, pledges);
    let batch: object[] = [];
    const marks: object[] = [];
    let made = 0;
    const cursor = app.db.Follower.find({}).select({ _id: 1, addressSealed: 1 }).lean<{ _id: mongoose.Types.ObjectId; addressSealed: string }[]>().cursor();
    for await (const f of cursor as AsyncIterable<{ _id: mongoose.Types.ObjectId; addressSealed: string }>) {
      const n = Number(app.vault.open('telegram', f.addressSealed)) - FIRST_CHAT;
      if (n % stride !== 0 || n / stride >= pledges) continue;
      const id = f._id.toHexString();
      batch.push({ _id: pledgeKey(PLAN, id), planId: PLAN, followerId: f._id, audience: 'direct', pledgedAt: new Date(), completedAt: null, open: true, remindersSent: 0, nextReminderAt: new Date(Date.now() + 48 * 3_600_000) });
      // As PledgeStore.pledge leaves it: the pledge's mark among the ticks (task 0).
      marks.push({ _id: `${PLAN}|${id}|pledged`, planId: PLAN, followerId: f._id, audience: 'direct', task: 0, at: new Date() });
      if (batch.length === 2_000) {
        await app.db.Completion.insertMany(marks.splice(0), { ordered: false });
        await app.db.Pledge.insertMany(batch, { ordered: false });
        made += batch.length;
        batch = [];
      }
    }
    if (marks.length) await app.db.Completion.insertMany(marks, { ordered: false });
    if (batch.length) await app.db.Pledge.insertMany(batch, { ordered: false });
    return { followers, pledges: made + batch.length, stride };
  } finally {
    await conn.close();
  }
}

/** Taps by pledged followers (each on the cursor's task), then plain texts, then /start joins, through a fresh app and bot. */
export async function runLoad(uri: string, key: Buffer, sizes: LoadSizes, cursor: LoadCursor, inFlight: number, stride: number) {
  const conn = await mongoose
    .createConnection(uri, { monitorCommands: true, maxPoolSize: 20, autoIndex: false, bufferCommands: false, serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  try {
    const counter = new CommandCounter(conn);
    const app = await appOn(conn, key);
    const api = new FakeBotApi({ latencyMs: 40, record: false });
    const sorry = app.translator.t('en', 'error-generic');
    let apologies = 0;
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (typeof init?.body === 'string' && init.body.includes(JSON.stringify(sorry).slice(1, 30))) apologies++;
      return api.fetch(input, init);
    }) as typeof globalThis.fetch;
    const bot = createTelegramBot({
      token: TOKEN,
      botInfo: api.botInfo,
      fetch,
      core: app.core,
      organisers: new Set(),
      log: silentLogger,
      floodLimits: { ...DEFAULT_FLOOD_LIMITS, maxPerWindow: Number.POSITIVE_INFINITY },
    });
    const { tapUpdate, textUpdate } = await import('./inbound-load.js');
    const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);
    // Texters sit between the pledged followers (stride > 1), or after them.
    const texter = (i: number) => (stride > 1 ? FIRST_CHAT + i * stride + 1 : FIRST_CHAT + cursor.texter + i);
    const kinds: [string, object[]][] = [
      ['tap', range(sizes.taps, cursor.tapper).map((i) => tapUpdate(FIRST_CHAT + i * stride, `p.${PLAN}|t${cursor.task}+`))],
      ['text', range(sizes.texts, stride > 1 ? cursor.texter : 0).map((i) => textUpdate(texter(i), 'hello'))],
      ['join', range(sizes.joins, JOIN_CHAT + cursor.joiner).map((c) => textUpdate(c, '/start'))],
    ];
    const results: KindResult[] = [];
    // A bot that has just sent a broadcast is warm: its connections are open, FerretDB's own to
    // PostgreSQL too, and the code is compiled. WARMUP taps (500) by pledgers from the far end,
    // on the next task, are sent first and not counted.
    const warmup = Number(process.env.WARMUP ?? 500);
    if (warmup > 0 && sizes.taps > 0) {
      const pledgers = Math.max(sizes.taps, cursor.tapper + sizes.taps);
      const warm = range(Math.min(warmup, pledgers), 0).map((i) => tapUpdate(FIRST_CHAT + (pledgers - 1 - i) * stride, `p.${PLAN}|t${(cursor.task % TASKS) + 1}+`));
      await drive('warmup', bot, warm, inFlight, counter);
    }
    for (const [kind, updates] of kinds) {
      if (!updates.length) continue;
      const before = apologies;
      const r = await drive(kind, bot, updates, inFlight, counter);
      results.push({ ...r, failed: r.failed + apologies - before });
    }
    const next: LoadCursor = { tapper: 0, texter: cursor.texter + sizes.texts, joiner: cursor.joiner + sizes.joins, task: (cursor.task % TASKS) + 1 };
    return { results, cursor: next, row };
  } finally {
    await conn.close();
  }
}
