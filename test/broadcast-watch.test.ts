import { randomBytes } from 'node:crypto';
import { Api } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { SteadyPacer } from '../src/broadcast/pacer.js';
import { SendError } from '../src/core/types.js';
import { MongoJobClaims } from '../src/db/job-claims.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadTranslator } from '../src/i18n/translator.js';
import { localesDir } from '../src/app.js';
import { silentLogger } from '../src/logger.js';
import { progressFigures, renderBroadcastProgress } from '../src/ops/broadcast-progress-text.js';
import { BroadcastWatch } from '../src/ops/broadcast-watch.js';
import { watchStatus } from '../src/ops/watch-status.js';
import { telegramProgressMessenger } from '../src/ops/telegram-progress-messenger.js';
import { testDatabaseUri } from './support/db.js';
import { FakeBotApi } from './support/fake-bot-api.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';

const TOKEN = '123456:WATCH_TOKEN_abcdefghijklmnopqrstuvwxyz';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});
const translator = loadTranslator(localesDir());

describe('the broadcast progress text', () => {
  it('shows the bar, the four figures, the rate and the time left, then the final figures', () => {
    const first = { at: 0, totals: { sent: 5, pending: 15, failed: 0, blocked: 0 } };
    const latest = { at: 10_000, totals: { sent: 12, pending: 5, failed: 1, blocked: 2 } };
    expect(progressFigures(first, latest)).toEqual({ pct: 75, rate: 1, leftSeconds: 5 });
    const running = renderBroadcastProgress('p1', first, latest, false, translator, 'en');
    expect(running).toBe(
      ['📣 Broadcast of “p1”', `${'▓'.repeat(15)}${'░'.repeat(5)} 75%`, 'Sent 12 · pending 5 · failed 1 · blocked 2', '1 a second · about 5 sec left'].join('\n'),
    );
    const final = renderBroadcastProgress('p1', first, { at: 190_000, totals: { sent: 17, pending: 0, failed: 1, blocked: 2 } }, true, translator, 'en');
    expect(final).toContain(`${'▓'.repeat(20)} 100%`);
    expect(final).toContain('Sent 17 · pending 0 · failed 1 · blocked 2');
    expect(final).toContain('✅ Finished in 4 min.');
    expect(renderBroadcastProgress('p1', first, first, false, translator, 'en')).toContain('Measuring the speed…');
  });
});

/** An app whose Telegram stand-in holds every send after the fifth until `open()`; chat ids ending in 7 blocked the bot. */
async function gatedBroadcast(name: string, planId: string) {
  const database = await openDatabase(await testDatabaseUri(name), '/nonexistent', silentLogger);
  cleanups.push(() => database.close());
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let delivered = 0;
  const sender: BroadcastSender = {
    channel: 'telegram',
    pacer: new SteadyPacer(1000),
    configuredRate: 1000,
    async send(chatId) {
      if (delivered >= 5) await gate;
      if (chatId.endsWith('7')) throw new SendError('telegram', 'x', 'blocked');
      return String(++delivered);
    },
  };
  const app = await createApp({ conn: database.conn, dataKey: randomBytes(32), topics: ['uyghur'], defaultLanguage: 'en', log: silentLogger, senders: [sender] });
  await seedFollowers(app, 20, { firstChatId: 2000 });
  await app.planService.propose(planYaml({ id: planId }), 'a');
  await app.planService.approve(planId, 'a');
  await app.planService.approve(planId, 'b');
  /** Publishes and waits, at the gate, until the first five sends are on record; returns the rest of the broadcast. */
  const publishToGate = async (): Promise<{ draining: Promise<void> }> => {
    await app.planService.publish(planId);
    const draining = app.worker.drain();
    for (let t = Date.now(); (await app.planService.broadcastStatus(planId)).sent < 5; ) {
      if (Date.now() - t > 20_000) throw new Error('sends never recorded');
      await new Promise((r) => setTimeout(r, 50));
    }
    return { draining };
  };
  return { app, database, open, publishToGate };
}

describe('the organisers’ live broadcast message', () => {
  it('is sent once to each organiser, edited with the running figures, and ends with the final ones', async () => {
    const { app, database, open, publishToGate } = await gatedBroadcast('bcast_watch', 'watched');

    const telegram = new FakeBotApi();
    let clock = 1_000_000;
    const watch = (): BroadcastWatch =>
      new BroadcastWatch({
        plans: app.plans,
        progress: { totals: (id) => app.planService.broadcastStatus(id) },
        messenger: telegramProgressMessenger(new Api(TOKEN, { fetch: telegram.fetch as never })),
        claims: new MongoJobClaims(database.conn),
        organiserChats: ['501', '502'],
        translator,
        language: 'en',
        log: silentLogger,
        now: () => clock,
      });
    const mine = watch();
    const otherProcess = watch();

    const { draining } = await publishToGate();
    await mine.tick();
    await otherProcess.tick();
    for (const organiser of ['501', '502']) {
      const messages = telegram.messages(organiser);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.text).toContain('📣 Broadcast of “watched”');
      expect(messages[0]!.text).toMatch(/Sent 5 · pending 1[0-5] · failed 0 · blocked [01]/);
    }

    clock += 30_000;
    open();
    await draining;
    expect((await app.plans.get('watched'))!.status).toBe('published');
    await mine.tick();
    await otherProcess.tick();
    for (const organiser of ['501', '502']) {
      const [message] = telegram.messages(organiser);
      expect(telegram.messages(organiser)).toHaveLength(1);
      expect(message!.edits).toBe(1);
      expect(message!.text).toContain(`${'▓'.repeat(20)} 100%`);
      // 20 followers, 2002... 2007 and 2017 blocked the bot.
      expect(message!.text).toContain('Sent 18 · pending 0 · failed 0 · blocked 2');
      expect(message!.text).toContain('✅ Finished in 30 sec.');
    }
    // Finished: later ticks change nothing.
    await mine.tick();
    expect(telegram.callsOf('editMessageText')).toHaveLength(2);
  }, 60_000);

  it('is what `npm run plan -- status <id> --watch` prints, ending with the final figures', async () => {
    const { app, open, publishToGate } = await gatedBroadcast('bcast_watch_cli', 'watched-cli');
    let printed = '';
    const out = { write: (s: string) => ((printed += s), true), isTTY: false };
    const { draining } = await publishToGate();
    const watching = watchStatus('watched-cli', {
      plans: app.plans,
      progress: { totals: (id) => app.planService.broadcastStatus(id) },
      translator,
      lang: 'en',
      out,
      everyMs: 50,
      statusLine: async (plan) => plan.status,
    });
    while (!printed.includes('Sent 5 ·')) await new Promise((r) => setTimeout(r, 20));
    expect(printed).toContain('📣 Broadcast of “watched-cli”');
    open();
    await draining;
    expect(await watching).toBe(true);
    const blocks = printed.trim().split('📣').filter(Boolean);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const last = blocks[blocks.length - 1]!;
    expect(last).toContain(`${'▓'.repeat(20)} 100%`);
    expect(last).toContain('Sent 18 · pending 0 · failed 0 · blocked 2');
    expect(last).toMatch(/✅ Finished in \d+ sec\./);
    expect(await watchStatus('no-such-plan', { plans: app.plans, progress: { totals: (id) => app.planService.broadcastStatus(id) }, translator, lang: 'en', out, statusLine: async () => '' })).toBe(false);
  }, 60_000);
});
