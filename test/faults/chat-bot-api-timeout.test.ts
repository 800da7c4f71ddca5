import type { RunnerHandle } from '@grammyjs/runner';
import { afterEach, describe, expect, it } from 'vitest';
import { API_TIMEOUT_SECONDS } from '../../src/channels/telegram/create-telegram-bot.js';
import { startLongPolling, UPDATE_SLOT_MS } from '../../src/channels/telegram/start-telegram.js';
import { TelegramHarness, type TelegramUser } from '../support/telegram-harness.js';

let h: TelegramHarness | undefined;
let runner: RunnerHandle | undefined;
afterEach(async () => {
  h?.unhang();
  if (runner?.isRunning()) await runner.stop();
  await h?.close();
  h = runner = undefined;
});

/** Long polling on a fresh harness, as production runs it, with the timeouts given. */
async function polling(name: string, apiTimeoutSeconds: number, slotMs: number): Promise<TelegramHarness> {
  h = await TelegramHarness.start(name, { apiTimeoutSeconds });
  h.polling = true;
  runner = startLongPolling(h.bot, { slotMs });
  return h;
}

async function answered(u: TelegramUser, text: string, withinMs: number): Promise<void> {
  await expect.poll(() => u.texts().join('\n'), { timeout: withinMs, interval: 20 }).toContain(text);
}

describe('Telegram not answering holds nobody for long', () => {
  it('Bot API calls and runner slots are bounded by seconds, not grammY’s 500 s', () => {
    expect(API_TIMEOUT_SECONDS).toBeLessThanOrEqual(15);
    expect(UPDATE_SLOT_MS).toBe(API_TIMEOUT_SECONDS * 1000);
  });

  it('a reply Telegram never answers is given up after the timeout, and the follower is answered once it is back', async () => {
    const bot = await polling('chat_api_timeout', 1, 30_000);
    const u = bot.user(9001);
    bot.hang(9001);
    await u.send('/help');
    // The reply, then the apology for it: each call aborted after its second.
    await expect.poll(() => bot.abortedCalls, { timeout: 8_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    bot.unhang();
    await u.send('/help');
    await answered(u, "Here's what I can do", 5_000);
  });

  it('updates of chats Telegram never answers cannot hold every runner slot: a new follower is answered', async () => {
    // The Bot API timeout is long here, so only the slot's own timeout can free the slots.
    const bot = await polling('chat_slot_timeout', 60, 1_000);
    const stuck = Array.from({ length: 110 }, (_, i) => 9100 + i);
    bot.hang(...stuck);
    for (const id of stuck) await bot.user(id).send('/help');
    await expect.poll(() => bot.api.callsOf('sendMessage').length === 0 && runner!.size() >= 100, { timeout: 10_000 }).toBe(true);
    const fresh = bot.user(9999);
    const started = Date.now();
    await fresh.send('/help');
    await answered(fresh, "Here's what I can do", 8_000);
    // Without the slot timeout it would wait the Bot API's 60 s; with it, about a second.
    expect(Date.now() - started).toBeLessThan(6_000);
  }, 30_000);
});
