import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchLeases, ClaimedBatch, LeaseTerms } from '../../src/broadcast/broadcast-ports.js';
import type { ChannelName } from '../../src/core/types.js';
import { BroadcastBed } from '../support/broadcast-bed.js';

/*
 * Claims on the real database (FerretDB in CI): 40 processes reaching for the same lapsed lease
 * at once. A conditional update let 3–13 of them "win" on FerretDB; the insert of the claim's
 * next generation lets exactly one.
 */

const CALLERS = 40;
const ROUNDS = 3;
const T0 = Date.UTC(2026, 5, 1, 12);
const terms = (owner: string, atMs: number, leaseMs = 1000): LeaseTerms => ({ owner, now: new Date(T0 + atMs), until: new Date(T0 + atMs + leaseMs) });
const owners = Array.from({ length: CALLERS }, (_, i) => `w-${i}`);

let bed: BroadcastBed;
let leases: BatchLeases;
beforeAll(async () => {
  // A small pool: the 40 callers still race (all their reads land before their inserts), without
  // exhausting a PostgreSQL shared with other test servers. The old conditional update let 2 of 40 win at this size.
  bed = await BroadcastBed.open('fault_leases', { maxPoolSize: 3 });
  leases = bed.stores.leases;
});
afterAll(() => bed?.close());

describe('a lease taken over by 40 callers at once', () => {
  it('has exactly one owner, round after round, and only that owner can renew it', async () => {
    const planId = 'takeover-batch';
    await leases.openBatch(planId, 0, new Map<ChannelName, number>([['telegram', 10]]));
    let holder = await leases.claimNextBatch(planId, 'telegram', -1, terms('w-first', 0));
    expect(holder).toMatchObject({ batch: 0, heldBefore: false });
    for (let round = 1; round <= ROUNDS; round++) {
      // The holder stopped renewing (a crash, a long pause): its lease lapsed at round*2000 - 1000.
      const at = round * 2000;
      const claims = await Promise.all(owners.map((o) => leases.claimNextBatch(planId, 'telegram', -1, terms(`${o}-r${round}`, at))));
      const winners = claims.flatMap((c, i) => (c ? [{ owner: `${owners[i]}-r${round}`, claim: c }] : []));
      expect(winners).toHaveLength(1);
      expect(winners[0]!.claim).toMatchObject({ batch: 0, heldBefore: true });
      // The one it was taken from can no longer renew it; the new owner can.
      expect(await leases.renewBatch(planId, 'telegram', holder!, terms('w-old', at + 10))).toBeNull();
      const renewed = await leases.renewBatch(planId, 'telegram', winners[0]!.claim, terms(winners[0]!.owner, at + 10));
      expect(renewed).not.toBeNull();
      holder = renewed;
    }
  });

  it('is renewed by at most one of 40 racing renewals of the same claim', async () => {
    const planId = 'takeover-renew';
    await leases.openBatch(planId, 0, new Map<ChannelName, number>([['telegram', 1]]));
    const claim = (await leases.claimNextBatch(planId, 'telegram', -1, terms('w-a', 0))) as ClaimedBatch;
    // The owner's renewal racing 39 stale copies of itself (or of takers who saw the same generation).
    const renewals = await Promise.all(owners.map((o) => leases.renewBatch(planId, 'telegram', claim, terms(o, 500))));
    expect(renewals.filter(Boolean)).toHaveLength(1);
  });

  it('gives a lapsed enqueue to exactly one of 40 callers', async () => {
    const planId = 'takeover-enqueue';
    expect(await leases.claimEnqueue(planId, terms('w-first', 0))).toBe(true);
    for (let round = 1; round <= ROUNDS; round++) {
      const at = round * 2000;
      const won = await Promise.all(owners.map((o) => leases.claimEnqueue(planId, terms(`${o}-r${round}`, at))));
      expect(won.filter(Boolean)).toHaveLength(1);
      const owner = `${owners[won.indexOf(true)]}-r${round}`;
      expect(await leases.renewEnqueue(planId, terms('w-first', at + 10))).toBe(false);
      expect(await leases.renewEnqueue(planId, terms(owner, at + 10))).toBe(true);
    }
  });
});
