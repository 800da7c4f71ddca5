import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrentUpdates } from '../src/channels/telegram/concurrent-updates.js';
import { createTelegramBot } from '../src/channels/telegram/create-telegram-bot.js';
import { silentLogger } from '../src/logger.js';
import { TelegramHarness } from './support/telegram-harness.js';

let h: TelegramHarness;
const updates = new ConcurrentUpdates(10);
beforeAll(async () => {
  h = await TelegramHarness.start('concurrent');
  // The bot as long polling runs it: updates from different followers at once.
  h.bot = createTelegramBot({
    token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz',
    fetch: h.api.fetch as typeof fetch,
    botInfo: h.api.botInfo,
    core: h.app.core,
    organisers: new Set(),
    log: silentLogger,
    concurrentUpdates: updates,
  });
});
afterAll(() => h.close());

describe('long polling with concurrent updates', () => {
  it('one follower waiting on a 429 does not hold up another', async () => {
    const slow = await h.onboard(101);
    await updates.drain();
    const fast = await h.onboard(102);
    await updates.drain();
    h.api.failNext('sendMessage', { code: 429, retry_after: 1 }, '101');
    await slow.send('/help'); // returns at once; its reply waits out the retry_after
    await fast.send('/help');
    // The fast one is answered while the slow one still waits out its retry_after (1 s).
    const started = Date.now();
    while (!fast.last().text.includes('/plans') && Date.now() - started < 900) await new Promise((r) => setTimeout(r, 10));
    expect(fast.last().text).toContain('/plans');
    expect(slow.last().text).not.toContain("Here's what I can do");
    await updates.drain();
    expect(slow.last().text).toContain("Here's what I can do");
  });

  it('one follower’s messages are still handled in order', async () => {
    const u = h.user(103);
    await u.start();
    await u.send('2'); // English
    await u.send('1'); // Uyghurs (typed answers replace the selection)
    await u.send('1'); // London
    await updates.drain();
    expect(await h.follower(103)).toMatchObject({ language: 'en', topics: ['uyghur'], status: 'active', timezone: 'Europe/London' });
  });
});
