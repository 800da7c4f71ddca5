import type { RunnerHandle } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floodGuard } from '../../src/channels/telegram/flood-guard.js';
import { startLongPolling } from '../../src/channels/telegram/start-telegram.js';
import { silentLogger } from '../../src/logger.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { TelegramHarness, type TelegramUser } from '../support/telegram-harness.js';

let h: TelegramHarness;
let runner: RunnerHandle;
beforeAll(async () => {
  // Each Bot API call takes a network round trip, so a queued flood takes seconds to drain.
  h = await TelegramHarness.start('chat_fairness', { api: new FakeBotApi({ latencyMs: 25 }) });
  h.polling = true;
  runner = startLongPolling(h.bot);
});
afterAll(async () => {
  if (runner.isRunning()) await runner.stop();
  await h.close();
});

const HELP = "Here's what I can do";
const SLOW_DOWN = 'slow down a little';

async function answered(u: TelegramUser, text: string, withinMs: number): Promise<void> {
  await expect.poll(() => u.texts().join('\n'), { timeout: withinMs, interval: 10 }).toContain(text);
}

describe('one follower’s flood delays nobody else', () => {
  it('while one chat sends 200 updates, another follower is answered within about a second; the flood gets one notice', async () => {
    const flooder = h.user(9501, 'fr');
    const other = h.user(9502);
    for (let i = 0; i < 200; i++) await flooder.send('/help');
    const started = Date.now();
    await other.send('/help');
    await answered(other, HELP, 5_000);
    const waited = Date.now() - started;
    // The promise is a second; the bound is generous for a loaded CI machine (before: 4.7 s).
    expect(waited).toBeLessThan(2_000);
    await expect.poll(() => runner.size(), { timeout: 30_000 }).toBe(0);
    const notices = flooder.texts().filter((t) => t.includes('Ralentissez un peu'));
    expect(notices).toHaveLength(1);
    const helps = flooder.texts().filter((t) => t.includes('/plans')).length;
    expect(helps).toBeGreaterThan(0);
    expect(helps).toBeLessThanOrEqual(40);
    // Once drained, the flooder is answered as anyone else.
    await flooder.send('/help');
    await expect.poll(() => flooder.texts().filter((t) => t.includes('/plans')).length, { timeout: 5_000 }).toBe(helps + 1);
  }, 60_000);
});

describe('the flood guard', () => {
  /** Runs the guard on updates of one chat; `hold` keeps each accepted update in progress. */
  function guardOn(limits: { maxQueued: number; maxPerWindow: number; windowMs: number }) {
    let now = 0;
    const notices: string[] = [];
    const guard = floodGuard({ notice: (hint) => ({ text: `${SLOW_DOWN} ${hint}` }), log: silentLogger, limits, now: () => now });
    const api = { sendMessage: async (_chat: string, text: string) => void notices.push(text) };
    const update = (release: Promise<void>) => {
      let ran = false;
      const ctx = { chat: { id: 1 }, from: { language_code: 'tr' }, update: { update_id: 1 }, api } as never;
      const done = guard(ctx, async () => {
        ran = true;
        await release;
      });
      return { done, ran: () => ran };
    };
    return { update, notices, advance: (ms: number) => void (now += ms) };
  }

  it('accepts at most `maxPerWindow` updates of a chat a window, then drops the rest with one notice until the window has room', async () => {
    const g = guardOn({ maxQueued: 100, maxPerWindow: 3, windowMs: 10_000 });
    const results = [];
    for (let i = 0; i < 6; i++) {
      const u = g.update(Promise.resolve());
      await u.done;
      results.push(u.ran());
    }
    expect(results).toEqual([true, true, true, false, false, false]);
    expect(g.notices).toEqual([`${SLOW_DOWN} tr`]);
    g.advance(10_001);
    const later = g.update(Promise.resolve());
    await later.done;
    expect(later.ran()).toBe(true);
  });
});
