import type { RunnerHandle } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLongPolling } from '../src/channels/telegram/start-telegram.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';

let h: TelegramHarness;
let runner: RunnerHandle;
beforeAll(async () => {
  h = await TelegramHarness.start('long_polling');
  // Updates reach the bot as long polling fetches them (the fake queues them for getUpdates).
  h.polling = true;
  runner = startLongPolling(h.bot);
});
afterAll(async () => {
  if (runner.isRunning()) await runner.stop();
  await h.close();
});

/** Waits until a user's newest message contains `text` (the runner answers in the background). */
async function answered(u: TelegramUser, text: string, withinMs = 5_000): Promise<void> {
  await expect.poll(() => (u.messages().length ? u.last().text : ''), { timeout: withinMs, interval: 10 }).toContain(text);
}

describe('long polling through @grammyjs/runner', () => {
  it('one follower waiting on a 429 does not hold up another', async () => {
    // One after the other: two followers' first writes at once are issue 10's race, not this test's.
    const slow = await h.onboard(101);
    await expect.poll(async () => (await h.follower(101))?.status, { timeout: 5_000 }).toBe('active');
    const fast = await h.onboard(102);
    await expect.poll(async () => (await h.follower(102))?.status, { timeout: 5_000 }).toBe('active');
    h.api.failNext('sendMessage', { code: 429, retry_after: 1 }, '101');
    await slow.send('/help'); // its reply waits out the retry_after (1 s)
    await fast.send('/help');
    const started = Date.now();
    await answered(fast, '/plans', 900);
    expect(Date.now() - started).toBeLessThan(900);
    expect(slow.last().text).not.toContain("Here's what I can do");
    await answered(slow, "Here's what I can do");
  });

  it('one follower’s messages are still handled in order', async () => {
    const u = h.user(103);
    await u.start();
    await u.send('2'); // English
    await u.send('1'); // Uyghurs (typed answers replace the selection)
    await u.send('1'); // London
    await expect
      .poll(() => h.follower(103), { timeout: 5_000 })
      .toMatchObject({ language: 'en', topics: ['uyghur'], status: 'active', timezone: 'Europe/London' });
  });
});
