import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telegramBroadcastSender } from '../../src/channels/telegram/telegram-broadcast-sender.js';
import { BroadcastBed, sendsPerChat } from '../support/broadcast-bed.js';
import { FakeBotApi } from '../support/fake-bot-api.js';

/*
 * Telegram not answering at all for a while (requests hang). With grammY's default 500 s
 * timeout the messages in flight held every slot and the broadcast stalled for over 150 s
 * after a 10 s silence. The broadcast's calls now time out after seconds (10 in production,
 * half a second here), and the batch backs off and resumes soon after Telegram answers again.
 */

const FOLLOWERS = 300;
const FIRST_CHAT = 40_000;
const SILENCE_MS = 1500;
const TIMEOUT_SECONDS = 0.5;
let bed: BroadcastBed;

beforeAll(async () => {
  bed = await BroadcastBed.open('fault_silent');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
});
afterAll(() => bed?.close());

describe('Telegram silent for a while mid-broadcast', () => {
  it('stalls the broadcast only about as long as the silence: it resumes within seconds and everyone gets the plan once', async () => {
    const api = new FakeBotApi({ record: false });
    let silenceEnds = 0;
    let firstSendAfter = 0;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (!silenceEnds && api.counts.sends >= 50) {
        silenceEnds = Date.now() + SILENCE_MS;
        api.silenceUntil(silenceEnds);
      }
      const res = await api.fetch(input as string, init);
      if (silenceEnds && !firstSendAfter && Date.now() >= silenceEnds) firstSendAfter = Date.now();
      return res;
    };
    const sender = telegramBroadcastSender({ token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz', fetch, rate: 200, paid: false, timeoutSeconds: TIMEOUT_SECONDS });
    const worker = bed.worker({ senders: [sender] });
    await bed.publish('silent-1');
    await bed.drainUntilPublished('silent-1', [worker], 20_000);

    const resumedAfterMs = firstSendAfter - silenceEnds;
    console.log(`silence test: ${api.counts.unanswered} calls unanswered, sending resumed ${resumedAfterMs} ms after Telegram answered again`);
    expect(api.counts.unanswered).toBeGreaterThan(0);
    // The first retry comes after the timeout plus a 2 s backoff; generous for a loaded machine.
    expect(resumedAfterMs).toBeLessThan(6_000);
    expect(sendsPerChat([api], FIRST_CHAT, FOLLOWERS)).toEqual({ missing: 0, duplicates: 0 });
    expect(await bed.records('silent-1')).toEqual({ byStatus: { sent: FOLLOWERS }, followers: FOLLOWERS });
  });
});
