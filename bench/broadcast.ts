/**
 * npm run bench:broadcast — sends one plan to 100,000 followers through a fake Bot API that
 * answers in ~40 ms and returns 429 whenever Telegram's limits are exceeded (30/s, 1000/s for
 * paid broadcasts, 1/s per chat), and prints rate, 429s, duplicates, skipped and peak memory:
 *   1. our broadcaster at the default rate (a 30 s window: 100k at 25/s would take 67 min),
 *   2. our broadcaster in paid mode, the whole audience, end to end,
 *   3. a correction of that plan (a link fixed) over the same audience in paid mode: each
 *      checklist edited in place, with rate, 429s, edits twice, skipped and memory,
 *   4. the loop grammY's docs recommend (sequential sends with auto-retry), on the same fake.
 * Uses MONGODB_URI when set, otherwise an embedded FerretDB in a temp directory.
 * FOLLOWERS=20000 shrinks it for a quick look.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import { createApp, type App } from '../src/app.js';
import { telegramBroadcastSender } from '../src/channels/telegram/telegram-broadcast-sender.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import { startEmbeddedServer } from '../src/db/embedded-server.js';
import { createLogger, silentLogger } from '../src/logger.js';
import { renderPlanMessage } from '../src/plans/render-plan-message.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';
import { planYaml } from '../test/support/plans.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FOLLOWERS = Number(process.env.FOLLOWERS ?? 100_000);
const WINDOW_S = Number(process.env.WINDOW_S ?? 30);
const TOKEN = '123456:BENCH_TOKEN_abcdefghijklmnopqrstuvwxyz';
const config = loadConfig({});
/** Which runs: PHASES=default,paid,correction,grammy (all by default). */
const PHASES = new Set((process.env.PHASES ?? 'default,paid,correction,grammy').split(','));

function fakeApi(): FakeBotApi {
  return new FakeBotApi({ latencyMs: 40, record: false, globalPerSecond: 30, paidPerSecond: 1000, perChatIntervalMs: 1000 });
}

const trace = (m: string) => process.env.LOG_LEVEL && console.log(`[${new Date().toISOString()}] ${m}`);
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function makeApp(conn: Parameters<typeof createApp>[0]['conn'], key: Buffer, api: FakeBotApi, rate: number, paid: boolean): Promise<App> {
  return createApp({
    conn,
    dataKey: key,
    topics: ['uyghur'],
    defaultLanguage: 'en',
    log: process.env.LOG_LEVEL ? createLogger(process.env.LOG_LEVEL) : silentLogger,
    approvalsRequired: 1,
    senders: [telegramBroadcastSender({ token: TOKEN, fetch: api.fetch as typeof fetch, rate, paid })],
  });
}

async function startPlan(app: App, id: string): Promise<void> {
  const r = await app.planService.propose(planYaml({ id }), 'bench');
  if (!r.ok) throw new Error(JSON.stringify(r));
  await app.planService.approve(id, 'bench');
  await app.planService.startPublishing(id, 'approved');
}

function report(name: string, api: FakeBotApi, seconds: number, configured: number | null, complete: boolean) {
  const unique = api.sendsPerChat.size;
  let dups = 0;
  for (const n of api.sendsPerChat.values()) dups += n - 1;
  const rate = api.counts.sends / seconds;
  console.log(`\n== ${name}`);
  console.log(`   sent ${api.counts.sends} in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} msg/s${configured ? ` (${((100 * rate) / configured).toFixed(1)}% of the configured ${configured}/s)` : ''}`);
  console.log(`   429s received: ${api.counts.tooMany}   duplicates: ${dups}   skipped: ${complete ? FOLLOWERS - unique : 'n/a (time window)'}`);
  return { rate, dups };
}

async function main() {
  let uri = process.env.MONGODB_URI;
  let stop = async () => undefined as void;
  if (!uri) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-broadcast-'));
    const server = await startEmbeddedServer({ dataDir: dir });
    uri = `${server.uri}bench_broadcast_${Date.now()}`;
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    console.log(`database: embedded ${server.kind}`);
  } else {
    uri = uri.replace(/\/?(\?|$)/, `/bench_broadcast_${Date.now()}$1`);
  }
  const { conn, server } = await connectDatabase(uri, silentLogger);
  console.log(`server: ${server.description}; followers: ${FOLLOWERS}`);
  const key = randomBytes(32);

  console.log(`RSS after start-up: ${mb(process.memoryUsage().rss)}`);
  const seedApp = await makeApp(conn, key, fakeApi(), 1, false);
  console.log(`RSS with the app loaded: ${mb(process.memoryUsage().rss)}`);
  const t0 = Date.now();
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./seed-followers.ts', import.meta.url))], {
    env: { ...process.env, MONGODB_URI: uri, DATA_KEY: key.toString('base64'), FOLLOWERS: String(FOLLOWERS) },
    stdio: 'inherit',
  });
  console.log(`seeded ${FOLLOWERS} followers in ${((Date.now() - t0) / 1000).toFixed(1)} s; RSS ${mb(process.memoryUsage().rss)}`);
  global.gc?.();
  peakRss = process.memoryUsage().rss;

  // 1. Default rate, a window in steady state.
  if (PHASES.has('default')) {
    const api = fakeApi();
    const app = await makeApp(conn, key, api, config.BROADCAST_RATE, false);
    trace('app ready');
    await startPlan(app, 'bench-default');
    trace('plan publishing');
    app.worker.start();
    // Warm-up: the enqueue must have written the first batch before sends start.
    while (api.counts.sends === 0) await new Promise((r) => setTimeout(r, 20));
    const startSends = api.counts.sends;
    const started = performance.now();
    await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
    const seconds = (performance.now() - started) / 1000;
    const sends = api.counts.sends - startSends;
    await app.worker.stop();
    await app.planService.cancel('bench-default');
    api.counts.sends = sends;
    report(`our broadcaster, default rate (${config.BROADCAST_RATE}/s), ${WINDOW_S} s window`, api, seconds, config.BROADCAST_RATE, false);
  }

  // 2. Paid mode, the whole audience.
  if (PHASES.has('paid') || PHASES.has('correction') || PHASES.has('grammy')) {
    const api = fakeApi();
    const rate = config.PAID_BROADCAST_RATE;
    const app = await makeApp(conn, key, api, rate, true);
    await startPlan(app, 'bench-paid');
    const started = performance.now();
    await app.worker.drain();
    while ((await app.plans.get('bench-paid'))!.status === 'publishing') await app.worker.drain();
    const seconds = (performance.now() - started) / 1000;
    report(`our broadcaster, paid mode (allow_paid_broadcast, ${rate}/s), whole audience, publish to last message`, api, seconds, rate, true);
    const steady = (api.lastSendAt - api.firstSendAt) / 1000;
    console.log(`   steady state (first to last message): ${(api.counts.sends / steady).toFixed(1)} msg/s = ${((100 * api.counts.sends) / steady / rate).toFixed(1)}% of the configured rate; first message ${((api.firstSendAt - started) / 1000).toFixed(1)} s after publish`);
    const toLast = (api.lastSendAt - started) / 1000;
    console.log(`   publish to last message: ${toLast.toFixed(1)} s = ${(api.counts.sends / toLast).toFixed(1)} msg/s = ${((100 * api.counts.sends) / toLast / rate).toFixed(1)}% of the configured rate (target 95%)`);
    const status = await app.planService.broadcastStatus('bench-paid');
    console.log(`   delivery log: sent ${status.sent}, pending ${status.pending}, failed ${status.failed}, blocked ${status.blocked}`);
  }

  // 3. A correction of the paid plan, over the same recipients.
  if (PHASES.has('correction')) await correctionRun(conn, key);

  console.log(`\npeak RSS during our broadcasts: ${mb(peakRss)}`);
  // 4. grammY's recommended loop: one send after another, auto-retry handling 429s.
  if (PHASES.has('grammy')) {
    const api = fakeApi();
    const bot = new Api(TOKEN, { fetch: api.fetch as never });
    bot.config.use(autoRetry());
    const plan = (await seedApp.plans.get('bench-paid'))!;
    const msg = renderPlanMessage(plan, 'en', { pledged: false, completedAt: null, done: [] }, seedApp.translator);
    const started = performance.now();
    const cursor = seedApp.db.Follower.find({ status: 'active' }).select({ addressSealed: 1 }).lean().cursor();
    for await (const f of cursor as AsyncIterable<{ addressSealed: string }>) {
      if (performance.now() - started > WINDOW_S * 1000) break;
      await bot.sendMessage(seedApp.vault.open('telegram', f.addressSealed), msg.text);
    }
    await cursor.close();
    report(`grammY docs' loop (sequential + auto-retry), ${WINDOW_S} s window`, api, (performance.now() - started) / 1000, null, false);
  }

  clearInterval(sampler);
  console.log(`\npeak RSS of this process (bot + fake API): ${mb(peakRss)}`);
  await conn.dropDatabase();
  await conn.close();
  await stop();
}

/** A correction of bench-paid (task 1's link fixed) to everyone who got it, edited in place at the paid rate. */
async function correctionRun(conn: Parameters<typeof createApp>[0]['conn'], key: Buffer): Promise<void> {
  const api = fakeApi();
  const editsPerChat = new Map<string, number>();
  const counting = (async (input: string, init?: RequestInit) => {
    if (String(input).endsWith('/editMessageText')) {
      const chat = String(JSON.parse(String(init?.body)).chat_id);
      editsPerChat.set(chat, (editsPerChat.get(chat) ?? 0) + 1);
    }
    return api.fetch(input, init);
  }) as typeof fetch;
  const rate = config.PAID_BROADCAST_RATE;
  const app = await createApp({
    conn,
    dataKey: key,
    topics: ['uyghur'],
    defaultLanguage: 'en',
    log: process.env.LOG_LEVEL ? createLogger(process.env.LOG_LEVEL) : silentLogger,
    approvalsRequired: 1,
    senders: [telegramBroadcastSender({ token: TOKEN, fetch: counting, rate, paid: true })],
  });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const yaml = planYaml({ id: 'bench-paid' }).replace('https://example.org/bench-paid/1', 'https://example.org/bench-paid/1-fixed');
  const proposed = await app.corrections.propose(yaml, 'bench');
  if (!proposed.ok) throw new Error(JSON.stringify(proposed));
  const applied = await app.corrections.approve('bench-paid', 'bench');
  if (applied.key !== 'org-correction-applied') throw new Error(JSON.stringify(applied));
  const id = `bench-paid@r${proposed.vars.revision}`;
  const started = performance.now();
  const finished = async () => (await app.corrections.broadcasts('bench-paid')).find((r) => r.id === id)?.finished === true;
  while (!(await finished())) await app.worker.drain();
  const seconds = (performance.now() - started) / 1000;
  const edits = [...editsPerChat.values()].reduce((a, b) => a + b, 0);
  const twice = [...editsPerChat.values()].reduce((a, n) => a + (n - 1), 0);
  console.log(`\n== a correction (revision ${proposed.vars.revision}) of the paid plan to everyone who got it, edited in place (${rate}/s), approve to last edit`);
  console.log(`   edited ${edits} in ${seconds.toFixed(1)} s = ${(edits / seconds).toFixed(1)} msg/s (${((100 * edits) / seconds / rate).toFixed(1)}% of the configured ${rate}/s); new messages sent: ${api.counts.sends}`);
  console.log(`   429s received: ${api.counts.tooMany}   edited twice: ${twice}   skipped: ${FOLLOWERS - editsPerChat.size}`);
  const line = (await app.corrections.broadcasts('bench-paid')).find((r) => r.id === id)!;
  console.log(`   correction records: sent ${line.sent}, pending ${line.pending}, failed ${line.failed}, blocked ${line.blocked}; peak RSS ${mb(peakRss)} (${mb(peakRss - rssBefore)} over its start)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
