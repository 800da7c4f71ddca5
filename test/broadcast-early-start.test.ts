/**
 * The first messages of a broadcast go out as soon as its first batch is written, while the
 * enqueue is still writing the rest, in the process that enqueues (and every follower still
 * gets it once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BroadcastBatches } from '../src/broadcast/broadcast-ports.js';
import { BroadcastWorker } from '../src/broadcast/broadcast-worker.js';
import { silentLogger } from '../src/logger.js';
import type { StoredPlan } from '../src/plans/plan-types.js';
import { BroadcastBed, sendsPerChat } from './support/broadcast-bed.js';
import { FakeBotApi } from './support/fake-bot-api.js';

const FOLLOWERS = 1_300; // three batches of up to 500
const FIRST_CHAT = 910_000;
let bed: BroadcastBed;

beforeAll(async () => {
  bed = await BroadcastBed.open('early_start');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
}, 120_000);
afterAll(() => bed?.close());

describe('a broadcast whose enqueue is slow', () => {
  it('sends the first batch before the last is written, and everyone once', async () => {
    const real = bed.stores.batches;
    let enqueuedAt = 0;
    let writes = 0;
    // Each batch after the first takes 400 ms more to write (a large audience on a slow server).
    const slow: BroadcastBatches = {
      progress: (id) => real.progress(id),
      lastFollowerOf: (id, b) => real.lastFollowerOf(id, b),
      members: (id, b) => real.members(id, b),
      memberIds: (id, n) => real.memberIds(id, n),
      saveProgress: (id, p) => real.saveProgress(id, p),
      write: async (id, b, m) => {
        if (writes++ > 0) await new Promise((r) => setTimeout(r, 400));
        return real.write(id, b, m);
      },
      markEnqueued: async (id, n) => {
        enqueuedAt = performance.now();
        return real.markEnqueued(id, n);
      },
    };
    const api = new FakeBotApi({ record: false });
    const worker = new BroadcastWorker<StoredPlan>({ ...bed.stores, batches: slow }, {
      vault: bed.vault,
      render: (plan) => ({ text: `Plan ${plan.id}` }),
      senders: [bed.telegram(api, { rate: 2_000 })],
      log: silentLogger,
    });
    await bed.publish('early-1');
    await bed.drainUntilPublished('early-1', [worker], 60_000);
    expect(enqueuedAt).toBeGreaterThan(0);
    expect(api.firstSendAt).toBeGreaterThan(0);
    // Sends began at least one slow write (400 ms) before the enqueue ended.
    expect(enqueuedAt - api.firstSendAt).toBeGreaterThan(400);
    expect(sendsPerChat([api], FIRST_CHAT, FOLLOWERS)).toEqual({ missing: 0, duplicates: 0 });
    expect((await bed.records('early-1')).byStatus).toEqual({ sent: FOLLOWERS });
  });
});
