import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { telegramBroadcastSender } from '../src/channels/telegram/telegram-broadcast-sender.js';
import { silentLogger } from '../src/logger.js';
import { FakeBotApi } from './support/fake-bot-api.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';

const FOLLOWERS = 1200;
let h: TelegramHarness;
let second: App;
let secondSender: BroadcastSender;
const api2 = new FakeBotApi({ record: false });

beforeAll(async () => {
  h = await TelegramHarness.start('multi', { organisers: [1], approvalsRequired: 1, broadcastRate: 400 });
  await seedFollowers(h.app, FOLLOWERS, { firstChatId: 70_000, topics: ['uyghur'] });
  // A second bot process on the same database, with its own connection to Telegram.
  secondSender = telegramBroadcastSender({ token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz', fetch: api2.fetch as typeof fetch, rate: 400, paid: false });
  second = await createApp({
    conn: h.conn,
    dataKey: h.dataKey,
    topics: ['uyghur', 'palestine', 'sudan'],
    defaultLanguage: 'en',
    log: silentLogger,
    senders: [secondSender],
  });
}, 120_000);
afterAll(() => h.close());

describe('two bot processes broadcasting the same plan', () => {
  it('share the work: every follower gets the plan exactly once, from one of them', async () => {
    const org = h.user(1);
    await org.send(`/propose\n${planYaml({ id: 'multi-1' })}`);
    await org.send('/approve multi-1');
    await h.app.planService.startPublishing('multi-1', 'approved');
    await Promise.all([h.app.worker.drain(), second.worker.drain()]);
    while ((await h.app.plans.get('multi-1'))!.status === 'publishing') await h.app.worker.drain();

    const counts = new Map<string, number>();
    for (const api of [h.api, api2]) for (const [id, n] of api.sendsPerChat) if (Number(id) >= 70_000) counts.set(id, (counts.get(id) ?? 0) + n);
    expect(counts.size).toBe(FOLLOWERS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await h.app.planService.broadcastStatus('multi-1')).sent).toBe(FOLLOWERS);
  });

  it('split the configured rate between the live processes', async () => {
    // Each process counts the live ones at its heartbeat and takes its share.
    await h.app.worker.drain();
    await second.worker.drain();
    await h.app.worker.drain();
    const rates = [h.broadcastSender, secondSender].map((s) => s.pacer.rate);
    expect(rates).toEqual([200, 200]);
  });
});
