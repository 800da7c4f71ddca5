import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryLog, DeliveryRecord } from '../../src/broadcast/broadcast-ports.js';
import { BroadcastBed, sendsPerChat } from '../support/broadcast-bed.js';
import { FakeBotApi } from '../support/fake-bot-api.js';

/*
 * The database refusing result writes for a while in the middle of a batch (it restarts, the
 * network drops). Before, the first failed write left the results chain rejected for the rest of
 * the batch, which was then retaken and resent (407 duplicates for 2 s down).
 */

const FOLLOWERS = 400;
const FIRST_CHAT = 20_000;
const MAX_IN_FLIGHT = 8;
let bed: BroadcastBed;

beforeAll(async () => {
  bed = await BroadcastBed.open('fault_result_writes');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
});
afterAll(() => bed?.close());

/** The real delivery log, except that from its `from`-th write on it throws for `downMs`. */
class FlakyDeliveryLog implements DeliveryLog {
  calls = 0;
  failures = 0;
  #downUntil = 0;
  constructor(
    private readonly real: DeliveryLog,
    private readonly from: number,
    private readonly downMs: number,
  ) {}
  async record(planId: string, batch: number, records: readonly DeliveryRecord[]): Promise<void> {
    if (++this.calls === this.from) this.#downUntil = Date.now() + this.downMs;
    if (Date.now() < this.#downUntil) {
      this.failures++;
      throw new Error('connection refused (the test made the database go away)');
    }
    return this.real.record(planId, batch, records);
  }
  recordedIn(planId: string, batch: number): Promise<string[]> {
    return this.real.recordedIn(planId, batch);
  }
  totals(planId: string) {
    return this.real.totals(planId);
  }
}

describe('result writes failing for a second mid-batch', () => {
  it('are retried: every follower ends with exactly one record, and nothing is sent twice beyond what was in flight', async () => {
    const api = new FakeBotApi({ record: false });
    const deliveries = new FlakyDeliveryLog(bed.stores.deliveries, 5, 1000);
    const worker = bed.worker({ senders: [bed.telegram(api, { rate: 400 })], deliveries, maxInFlight: MAX_IN_FLIGHT, leaseMs: 2000 });
    await bed.publish('writes-1');
    await bed.drainUntilPublished('writes-1', [worker]);

    expect(deliveries.failures).toBeGreaterThanOrEqual(3);
    const { missing, duplicates } = sendsPerChat([api], FIRST_CHAT, FOLLOWERS);
    expect(missing).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(await bed.records('writes-1')).toEqual({ byStatus: { sent: FOLLOWERS }, followers: FOLLOWERS });
    expect(await bed.stores.deliveries.totals('writes-1')).toEqual({ sent: FOLLOWERS, pending: 0, failed: 0, blocked: 0 });
  });
});
