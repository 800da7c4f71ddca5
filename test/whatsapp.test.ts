import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BroadcastWorker } from '../src/broadcast/broadcast-worker.js';
import { mongoBroadcastStores } from '../src/db/broadcast-stores.js';
import { whatsappBroadcastSender } from '../src/channels/whatsapp/whatsapp-broadcast-sender.js';
import { utcDay, WhatsAppPacer } from '../src/broadcast/whatsapp-pacer.js';
import { joinLinks } from '../src/core/join-links.js';
import { silentLogger } from '../src/logger.js';
import { planYaml, renderBroadcast } from './support/plans.js';
import { FakeClock } from './support/fake-clock.js';
import { WhatsAppHarness, type WhatsAppUser } from './support/whatsapp-harness.js';

let nextNumber = 447700901000;
const newUser = (h: WhatsAppHarness, prefix = '') => h.user(prefix ? `${prefix}${nextNumber++}` : String(nextNumber++));

async function onboard(u: WhatsAppUser, code?: string): Promise<void> {
  await u.send(code ? `join ${code}` : 'join');
  await u.send('2'); // English
  await u.send('1'); // Uyghurs
  await u.send('1'); // London
}

async function publish(h: WhatsAppHarness, id: string, opts: { drain?: boolean } = {}): Promise<void> {
  expect((await h.app.planService.propose(planYaml({ id, topics: ['uyghur'] }), 'org-a')).ok).toBe(true);
  await h.app.planService.approve(id, 'org-a');
  if (opts.drain === false) {
    await h.app.planService.startPublishing(id, 'approved');
    return;
  }
  await h.app.planService.publish(id);
  await h.app.worker.drain();
}

const planMessages = (h: WhatsAppHarness, id: string) => h.sent.filter((s) => s.text.includes(`Plan ${id} (en)`));

/** Every log line written, to check that none holds a number or a message. */
const logLines: string[] = [];
const capturingLogger = pino(
  { level: 'trace' },
  new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

describe('WhatsApp conversations', () => {
  let h: WhatsAppHarness;
  beforeAll(async () => {
    h = await WhatsAppHarness.start('whatsapp', { log: capturingLogger });
    await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
  });
  afterAll(() => h.close());

  it('the wa.me link of an influencer lands as "join <code>" and attributes the follower', async () => {
    const link = joinLinks({ whatsappNumber: '447700900123' }).whatsapp('abuali')!;
    const prefilled = decodeURIComponent(new URL(link).searchParams.get('text')!);
    const u = newUser(h);
    await u.send(prefilled);
    expect(u.texts()[0]).toContain('welcome');
    expect(u.last()).toContain('1. العربية\n2. English');
    expect(u.last()).toContain('Reply with a number from 1 to 9');
    expect(await u.follower()).toMatchObject({ audience: 'abuali', channel: 'whatsapp', status: 'onboarding' });
  });

  it('a first message with no code ("hello") onboards the follower as direct', async () => {
    const u = newUser(h);
    await u.send('Assalamu alaikum, I saw your video');
    expect(u.last()).toContain('2. English');
    expect((await u.follower())!.audience).toBe('direct');
  });

  it('keeps no phone number or chat id in clear, and logs none', async () => {
    const u = newUser(h);
    await onboard(u, 'abuali');
    const raw = await h.app.db.Follower.findOne({ addressHash: h.app.vault.hash('whatsapp', u.chatId) }).lean();
    const dump = JSON.stringify(raw);
    expect(dump).not.toContain(u.number);
    expect(h.app.vault.open('whatsapp', raw!.addressSealed)).toBe(u.chatId);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(u.number.slice(2));
  });

  it('keeps no phone number in flow states or the delivery log (message ids hold only their own key)', async () => {
    const u = newUser(h);
    await u.send('join');
    await u.send('2'); // English, then waiting on the topics
    const state = JSON.stringify(await h.app.db.FlowState.find({}).lean());
    expect(state).toContain('messageId');
    expect(state).not.toContain(u.number);
    await u.send('1');
    await u.send('1');
    await publish(h, 'wa-noid');
    const deliveries = await h.app.db.Delivery.find({ planId: 'wa-noid' }).lean();
    expect(deliveries.length).toBeGreaterThan(0);
    expect(JSON.stringify(deliveries)).not.toContain(u.number);
    for (const status of ['publishing', 'published'] as const) for (const p of await h.app.plans.withStatus(status)) await h.app.planLife.close(p.id);
  });

  it('a number answers a choice, and "1 3" a multiple choice, with the ticks shown as text', async () => {
    const u = newUser(h);
    await u.send('join abuali-uyghur');
    await u.send('2');
    expect(u.last()).toContain('1. ✅ Uyghurs\n2. ▫️ Palestine\n3. ▫️ Sudan');
    expect(u.last()).toContain('_Reply with the numbers you want'); // the hint of a multiple choice
    expect(u.last()).not.toMatch(/\btap\b/i);
    await u.send('1 3');
    expect(u.last()).toContain('Where are you');
    await u.send('1');
    expect(await u.follower()).toMatchObject({ status: 'active', topics: ['uyghur', 'sudan'], timezone: 'Europe/London' });
    expect(u.last()).toContain('*menu*');
    expect(u.last()).not.toContain('/help');
  });

  it('an Arabic speaker is greeted in Arabic and can use Arabic words', async () => {
    const u = newUser(h, '9665');
    await u.send('انضم abuali');
    expect(u.texts()[0]).toMatch(/[\u0600-\u06FF]/);
    await u.send('١'); // العربية
    await u.send('١');
    await u.send('١');
    expect((await u.follower())!.language).toBe('ar');
    await u.send('القائمة');
    expect(u.last()).toContain('*توقف*');
    expect(u.last()).not.toContain('/stop');
    await u.send('توقف');
    expect((await u.follower())!.status).toBe('opted_out');
    expect(u.last()).toContain('*انضم*');
  });

  it('a reply that matches nothing gets a short re-prompt that mentions menu', async () => {
    const u = newUser(h);
    await u.send('join');
    await u.send('what is this?');
    expect(u.last()).toBe("Sorry, I didn't catch that. Please reply with a number from 1 to 9, or *menu* for help.");
    await u.send('10');
    expect(u.last()).toContain("didn't catch that");
    await u.send('menu');
    expect(u.last()).toContain('*done 2*');
    await u.send('2'); // the flow is still waiting for the language
    expect(u.last()).toContain('Which causes');
  });

  it('free text outside a flow gets the WhatsApp fallback, in words', async () => {
    const u = newUser(h);
    await onboard(u);
    await u.send('JazakAllah khair for this');
    expect(u.last()).toContain('*plans*');
    expect(u.last()).not.toMatch(/\/\w/);
    // A lone "done" is the done command (it ticks the one task left, when one is): with no plan, how to use it.
    await u.send('done');
    expect(u.last()).toContain('reply "done" and its number');
  });

  it('STOP opts out; "join" brings them back', async () => {
    const u = newUser(h);
    await onboard(u);
    await u.send('STOP');
    expect(u.last()).toContain("won't receive");
    expect((await u.follower())!.status).toBe('opted_out');
    await u.send('join');
    expect((await u.follower())!.status).toBe('active');
  });

  it('"done 2" ticks the task of the newest plan and sends the updated checklist', async () => {
    const u = newUser(h);
    await onboard(u);
    await publish(h, 'wa-done');
    expect(u.texts().filter((t) => t.includes('Plan wa-done'))).toHaveLength(1);
    expect(u.last()).toContain('reply "done" and its number');
    await u.send('done 2');
    expect(u.last()).toContain('✅ 2. Task number 2');
    expect(u.last()).toContain('1 of 3 done');
    await u.send('done 2'); // twice is once
    const f = (await u.follower())!;
    expect(await h.app.db.Completion.countDocuments({ followerId: f.id, task: { $gte: 1 } })).toBe(1);
    await u.send('undo 2');
    expect(await h.app.db.Completion.countDocuments({ followerId: f.id, task: { $gte: 1 } })).toBe(0);
    await u.send('done 9');
    expect(u.last()).toContain('tasks 1 to 3');
  });

  it('"pledge" pledges, and the reminder later arrives on WhatsApp with the checklist', async () => {
    const u = newUser(h);
    await onboard(u);
    await publish(h, 'wa-remind');
    await u.send('pledge');
    expect(u.texts().at(-2)).toContain('Thank you for pledging');
    expect(u.last()).toContain('You pledged to do this');
    const sent = await h.app.reminders.runDue(new Date(Date.now() + 4 * 86_400_000));
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(u.last()).toContain('A gentle reminder');
    expect(u.last()).toContain('Plan wa-remind (en)');
  });

  it('ignores our own messages, status updates and groups, and answers media kindly', async () => {
    const u = newUser(h);
    const before = h.sent.length;
    await h.emit({ from: u.chatId, body: 'join', fromMe: true });
    await h.emit({ from: 'status@broadcast', body: 'join', isStatusV3: true });
    await h.emit({ from: '120363041234567890@g.us', body: 'join', author: u.chatId });
    expect(h.sent.length).toBe(before);
    expect(await u.follower()).toBeNull();
    await h.emit({ from: u.chatId, type: 'ptt', directPath: '/v/t62/voice' });
    expect(u.last()).toContain('only read text');
    expect(await u.follower()).toBeNull();
    await h.emit({ from: u.chatId, type: 'image', directPath: '/v/t62/img', caption: 'join abuali' });
    expect((await u.follower())!.audience).toBe('abuali');
  });

  it('a huge message gets a kind "too long" reply', async () => {
    const u = newUser(h);
    await u.send('x'.repeat(70_000));
    expect(u.last()).toContain('too long');
  });

  it('a WhatsApp follower who never wrote to us is never broadcast to', async () => {
    const wrote = newUser(h);
    await onboard(wrote);
    const silent = newUser(h);
    const sealed = h.app.vault.seal('whatsapp', silent.chatId);
    await h.app.db.Follower.create({
      channel: 'whatsapp',
      addressHash: sealed.hash,
      addressSealed: sealed.sealed,
      language: 'en',
      topics: ['uyghur'],
      timezone: 'Europe/London',
      status: 'active',
      audience: 'direct',
      joinedAt: new Date(),
      lastInboundAt: null,
    });
    await publish(h, 'wa-first');
    expect(wrote.texts().filter((t) => t.includes('Plan wa-first'))).toHaveLength(1);
    expect(silent.texts()).toEqual([]);
    expect(await h.app.db.Delivery.countDocuments({ planId: 'wa-first', followerId: (await silent.follower())!.id })).toBe(0);
  });

  it('logged nothing that identifies anyone or repeats what they wrote', () => {
    const all = logLines.join('\n');
    expect(all).toContain('join'); // lines were written: joins are logged, by audience only
    expect(all).not.toMatch(/447700901\d{3}|9665\d{6,}/);
    expect(all).not.toContain('@c.us');
    expect(all).not.toContain('JazakAllah');
    expect(all).not.toContain('Assalamu');
  });
});

describe('WhatsApp broadcast pacing', () => {
  const start = Date.UTC(2026, 0, 10, 23, 58, 0);
  const clock = new FakeClock(start);
  let h: WhatsAppHarness;
  beforeAll(async () => {
    h = await WhatsAppHarness.start('whatsapp_pacing', { perMinute: 8, jitter: 0.3, dailyCap: 4, clock });
  });
  afterAll(() => h.close());

  it('sends at the configured rate with jitter, and holds the rest for the next UTC day once the cap is reached', async () => {
    const users = [];
    for (let i = 0; i < 6; i++) {
      const u = newUser(h);
      await onboard(u);
      users.push(u);
    }
    await publish(h, 'paced');
    const sends = planMessages(h, 'paced');
    expect(sends).toHaveLength(6);
    for (const u of users) expect(sends.filter((s) => s.chatId === u.chatId)).toHaveLength(1);

    const first = sends.slice(0, 4);
    expect(first.every((s) => utcDay(s.at) === '2026-01-10')).toBe(true);
    const gaps = first.slice(1).map((s, i) => s.at - first[i]!.at);
    // 8 a minute is a 7.5 s gap on average; ±30 % jitter keeps each within 5.25–9.75 s.
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(5250);
      expect(g).toBeLessThanOrEqual(9750);
    }
    expect(new Set(gaps).size).toBeGreaterThan(1);
    // The cap of 4 was reached: the last two went out after midnight UTC.
    expect(sends.slice(4).every((s) => utcDay(s.at) === '2026-01-11')).toBe(true);
    expect(await h.counter.count('2026-01-10')).toBe(4);
    expect(await h.counter.count('2026-01-11')).toBe(2);
  });

  it('the pacer alone: spacing within the jitter bounds over many slots, and the cap holds across pacers', async () => {
    const c = new FakeClock(Date.UTC(2026, 2, 1, 12, 0, 0));
    const pacer = new WhatsAppPacer({ perMinute: 8, dailyCap: 1000, jitter: 0.3, counter: h.counter, clock: c });
    const at: number[] = [];
    for (let i = 0; i < 200; i++) {
      await pacer.take();
      at.push(c.now());
    }
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5250);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(9750);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeGreaterThan(7000);
    expect(mean).toBeLessThan(8000);
    // A second process (another pacer, same database) cannot exceed the day's cap either.
    const other = new WhatsAppPacer({ perMinute: 8, dailyCap: 200, counter: h.counter, clock: c });
    const before = c.now();
    await other.take();
    expect(utcDay(c.now())).toBe('2026-03-02');
    expect(c.now()).toBeGreaterThan(before);
  });
});

describe('a WhatsApp broadcast interrupted by a restart', () => {
  let h: WhatsAppHarness;
  beforeAll(async () => {
    h = await WhatsAppHarness.start('whatsapp_restart', { perMinute: 600, jitter: 0.3 });
  });
  afterAll(() => h.close());

  it('resumes from its delivery log: everyone gets the plan exactly once', async () => {
    const users = [];
    for (let i = 0; i < 8; i++) {
      const u = newUser(h);
      await onboard(u);
      users.push(u);
    }
    await publish(h, 'restart', { drain: false });
    // The first process: a worker sending about 10 a second through this client.
    const first = new BroadcastWorker(mongoBroadcastStores(h.app.db, h.app), {
      vault: h.app.vault,
      render: renderBroadcast(h.app.translator),
      senders: [whatsappBroadcastSender({ client: h.client, pacer: h.pacer, perMinute: 600 })],
      log: silentLogger,
      pollMs: 20,
      retryDelayMs: () => 10,
      leaseMs: 1000,
    });
    first.start();
    const deadline = Date.now() + 10_000;
    while (planMessages(h, 'restart').length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await first.stop();
    const beforeRestart = planMessages(h, 'restart').length;
    expect(beforeRestart).toBeGreaterThanOrEqual(3);
    expect(beforeRestart).toBeLessThan(8);

    await h.boot(); // a new process: new client, app and channel on the same database
    await h.app.worker.drain();

    const sends = planMessages(h, 'restart');
    for (const u of users) expect(sends.filter((s) => s.chatId === u.chatId), u.number).toHaveLength(1);
    expect(await h.app.db.Delivery.countDocuments({ planId: 'restart', status: 'sent' })).toBe(8);
    expect((await h.app.plans.get('restart'))!.status).toBe('published');
  });
});
