import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { SteadyPacer } from '../src/broadcast/pacer.js';
import { ConsoleChannel } from '../src/channels/console/console-channel.js';
import { SendError } from '../src/core/types.js';
import { openDatabase, type OpenDatabase } from '../src/db/open-database.js';
import { silentLogger } from '../src/logger.js';
import { OpsMonitor } from '../src/ops/ops-monitor.js';
import { startOpsServer } from '../src/ops/ops-server.js';
import { testDatabaseUri } from './support/db.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';
import { TcpProxy } from './support/tcp-proxy.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

/** The value of one sample in Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /healthz', () => {
  it('is 200 while the database answers and every channel is up, 503 naming what is down otherwise', async () => {
    const uri = await testDatabaseUri('ops_health');
    const proxy = await TcpProxy.to(uri);
    cleanups.push(() => proxy.close());
    const database: OpenDatabase = await openDatabase(proxy.rewrite(uri), '/nonexistent', silentLogger);
    cleanups.push(() => database.close());
    const ops = new OpsMonitor(() => database.ping());
    let telegramUp = true;
    ops.addChannel({ name: 'telegram', isUp: () => telegramUp });
    const server = await startOpsServer(0, ops.routes);
    cleanups.push(server.stop);
    const port = (server.server.address() as AddressInfo).port;

    const up = await get(port, '/healthz');
    expect(up.status).toBe(200);
    expect(JSON.parse(up.body)).toEqual({ ok: true, database: 'up', channels: { telegram: 'up' } });

    proxy.down();
    const dbDown = await get(port, '/healthz');
    expect(dbDown.status).toBe(503);
    expect(JSON.parse(dbDown.body)).toMatchObject({ ok: false, database: 'down' });

    proxy.up();
    telegramUp = false;
    const deadline = Date.now() + 15_000;
    let channelDown = await get(port, '/healthz');
    // The driver reconnects on its own once the proxy is back; until then the database is still down.
    while (JSON.parse(channelDown.body).database !== 'up' && Date.now() < deadline) channelDown = await get(port, '/healthz');
    expect(channelDown.status).toBe(503);
    expect(JSON.parse(channelDown.body)).toEqual({ ok: false, database: 'up', channels: { telegram: 'down' } });
    expect((await get(port, '/nope')).status).toBe(404);
  }, 40_000);
});

/** A Telegram stand-in: chat ids ending in 7 have blocked the bot, the third send is answered 429 once, and sends wait at `gate` after the fifth. */
function fakeTelegram(gate: Promise<void>) {
  let calls = 0;
  const delivered: string[] = [];
  const sender: BroadcastSender = {
    channel: 'telegram',
    pacer: new SteadyPacer(1000),
    configuredRate: 1000,
    async send(chatId) {
      calls++;
      if (calls === 3) throw new SendError('telegram', 'x', 'rate_limited', 0);
      if (delivered.length >= 5) await gate;
      if (chatId.endsWith('7')) throw new SendError('telegram', 'x', 'blocked');
      delivered.push(chatId);
      return String(calls);
    },
  };
  return { sender, delivered };
}

describe('GET /metrics', () => {
  let app: App;

  it('counts a broadcast by outcome, its 429, its progress while it runs, and inbound updates', async () => {
    const database = await openDatabase(await testDatabaseUri('ops_metrics'), '/nonexistent', silentLogger);
    cleanups.push(() => database.close());
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const telegram = fakeTelegram(gate);
    const ops = new OpsMonitor(() => database.ping());
    app = await createApp({ conn: database.conn, dataKey: randomBytes(32), topics: ['uyghur'], defaultLanguage: 'en', log: silentLogger, senders: ops.countSends([telegram.sender]) });
    ops.attach(app);
    await seedFollowers(app, 20, { firstChatId: 1000 });
    expect((await app.planService.propose(planYaml({ id: 'metrics-plan' }), 'a')).ok).toBe(true);
    await app.planService.approve('metrics-plan', 'a');
    await app.planService.approve('metrics-plan', 'b');
    await app.planService.publish('metrics-plan');
    const draining = app.worker.drain();
    while (telegram.delivered.length < 5) await new Promise((r) => setTimeout(r, 20));

    const running = await ops.metrics.registry.metrics();
    expect(sample(running, 'bot_broadcast_deliveries{plan="metrics-plan",state="pending"}')).toBeGreaterThan(0);
    expect(sample(running, 'bot_broadcast_deliveries{plan="metrics-plan",state="sent"}')).toBeGreaterThanOrEqual(0);
    expect(sample(running, 'bot_queue_depth{queue="broadcast_pending"}')).toBeGreaterThan(0);

    open();
    await draining;
    const text = await ops.metrics.registry.metrics();
    // 20 followers: 1007 and 1017 blocked the bot, 18 got the plan; one 429 was retried.
    expect(sample(text, 'bot_messages_sent_total{channel="telegram",outcome="sent"}')).toBe(18);
    expect(sample(text, 'bot_messages_sent_total{channel="telegram",outcome="blocked"}')).toBe(2);
    expect(sample(text, 'bot_messages_sent_total{channel="telegram",outcome="rate_limited"}')).toBe(1);
    expect(sample(text, 'bot_rate_limited_total{channel="telegram"}')).toBe(1);
    expect(sample(text, 'bot_broadcast_deliveries{plan="metrics-plan",state="sent"}')).toBeUndefined();

    const input = new PassThrough();
    const channel = new ConsoleChannel({ core: app.core, log: silentLogger, input, output: new PassThrough(), chatId: 'ops-1', banner: false });
    const done = channel.run();
    input.end('hello\n');
    await done;
    await app.reminders.runDue(new Date());
    const after = await ops.metrics.registry.metrics();
    expect(sample(after, 'bot_inbound_updates_total{channel="console"}')).toBe(1);
    expect(sample(after, 'bot_inbound_update_seconds_count{channel="console"}')).toBe(1);
    expect(sample(after, 'bot_reminder_runs_total{outcome="ok"}')).toBe(1);
    expect(after).not.toMatch(/="(?:10\d\d|ops-1)"/); // no chat id in any label
  }, 60_000);
});
