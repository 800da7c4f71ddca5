import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS } from '../../src/broadcast/batch-sender.js';
import { telegramBroadcastSender } from '../../src/channels/telegram/telegram-broadcast-sender.js';
import { BroadcastBed, sendsPerChat } from '../support/broadcast-bed.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { FakeClock } from '../support/fake-clock.js';

/*
 * Telegram answering 500 to every send for 60 s in the middle of a broadcast. Before, each
 * follower was tried three times and then marked failed for good (770 of 1,000), and the plan
 * read "published". Time here is a fake clock: the minute of backoff passes at once.
 */

const FOLLOWERS = 300;
const FIRST_CHAT = 30_000;
const OUTAGE_MS = 60_000;
let bed: BroadcastBed;

beforeAll(async () => {
  bed = await BroadcastBed.open('fault_outage');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
});
afterAll(() => bed?.close());

describe('Telegram answering 500 for 60 s, then healthy again', () => {
  it('delays the broadcast but marks nobody failed: everyone gets the plan once', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const api = new FakeBotApi({ record: false, now: () => clock.now() });
    let outageFrom = 0;
    // The outage starts once 50 followers have the plan.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (!outageFrom && api.counts.sends >= 50) {
        outageFrom = clock.now();
        api.failSendsUntil(outageFrom + OUTAGE_MS, 500, 'Internal Server Error');
      }
      return api.fetch(input as string, init);
    };
    const sender = telegramBroadcastSender({ token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz', fetch, rate: 100, paid: false, clock });
    const worker = bed.worker({ senders: [sender], clock });
    await bed.publish('outage-1', new Date(clock.now()));
    await bed.drainUntilPublished('outage-1', [worker]);

    console.log(`outage test: ${api.counts.serverErrors} sends answered 500, all sent ${((clock.now() - outageFrom - OUTAGE_MS) / 1000).toFixed(1)} s (fake) after the outage ended`);
    expect(api.counts.serverErrors).toBeGreaterThan(0);
    expect(clock.now() - outageFrom).toBeGreaterThanOrEqual(OUTAGE_MS);
    // It waited between tries, never longer than the bound, rather than hammering Telegram.
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(api.counts.serverErrors).toBeLessThan(FOLLOWERS);
    expect(sendsPerChat([api], FIRST_CHAT, FOLLOWERS)).toEqual({ missing: 0, duplicates: 0 });
    expect(await bed.records('outage-1')).toEqual({ byStatus: { sent: FOLLOWERS }, followers: FOLLOWERS });
  });
});
