import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BroadcastBed, sendsPerChat } from '../support/broadcast-bed.js';
import { FakeBotApi } from '../support/fake-bot-api.js';

/*
 * Two bot processes on one database. Process A meets a 429 whose retry_after outlasts its lease;
 * process B takes the batch over meanwhile. Before, A resumed after the pause and sent the batch
 * again (899 duplicates of 1,500): now A asks its claim before every send and stops.
 */

const FOLLOWERS = 300;
const FIRST_CHAT = 10_000;
const LEASE_MS = 500;
let bed: BroadcastBed;

beforeAll(async () => {
  bed = await BroadcastBed.open('fault_lost_claim');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
});
afterAll(() => bed?.close());

const until = async (what: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!what()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('a sender paused past its lease', () => {
  it('does not send once another process took the batch', async () => {
    const [apiA, apiB] = [new FakeBotApi({ record: false }), new FakeBotApi({ record: false })];
    const a = bed.worker({ senders: [bed.telegram(apiA, { rate: 150 })], leaseMs: LEASE_MS });
    const b = bed.worker({ senders: [bed.telegram(apiB, { rate: 150 })], leaseMs: LEASE_MS });
    await bed.publish('paused-1');

    const drainingA = a.drain();
    await until(() => apiA.counts.sends >= 60);
    // Telegram tells A to wait 2 s: four times its lease.
    apiA.failNext('sendMessage', { code: 429, retry_after: 2 });
    await until(() => apiA.counts.tooMany >= 1);
    await new Promise((r) => setTimeout(r, 2 * LEASE_MS));
    const sentBeforeTakeover = apiA.counts.sends;
    await b.drain(); // B takes the lapsed batch over and sends the rest, while A is still paused
    await drainingA; // A's pause ends: it finds the batch gone and stops
    await bed.drainUntilPublished('paused-1', [a, b]);

    expect(apiB.counts.sends).toBeGreaterThan(0);
    expect(apiA.lastSendAt).toBeLessThan(apiB.firstSendAt);
    expect(apiA.counts.sends).toBe(sentBeforeTakeover);
    expect(sendsPerChat([apiA, apiB], FIRST_CHAT, FOLLOWERS)).toEqual({ missing: 0, duplicates: 0 });
    expect(await bed.records('paused-1')).toEqual({ byStatus: { sent: FOLLOWERS }, followers: FOLLOWERS });
  });
});
