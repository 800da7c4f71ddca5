/** The plan cache in front of the PlanStore: what a tap reads, and when it reads the store again. */
import { describe, expect, it } from 'vitest';
import { PLAN_FRESH_MS, PlanCache } from '../src/plans/plan-cache.js';
import type { PlanStore, StoredPlan } from '../src/plans/plan-types.js';

/** A store that counts its reads and whose plan can be changed behind the cache's back. */
function countingStore() {
  const state = { reads: 0, revision: 1, status: 'publishing' as StoredPlan['status'], gate: null as Promise<void> | null };
  const store = {
    async get(planId: string) {
      state.reads++;
      const seen = { revision: state.revision, status: state.status };
      if (state.gate) await state.gate;
      return { id: planId, ...seen } as unknown as StoredPlan;
    },
    withStatus: async () => [],
    recent: async () => [],
    countApprovals: async () => 0,
    propose: async () => {
      state.revision++;
      return null;
    },
    approve: async () => 1,
    transition: async (_id: string, _from: string, to: StoredPlan['status']) => {
      state.status = to;
      return true;
    },
    /** A method the port may gain later (e.g. a correction): the cache treats it as a write. */
    correct: async () => {
      state.revision++;
    },
  };
  return { state, store: store as unknown as PlanStore & { correct(): Promise<void> } };
}

describe('PlanCache', () => {
  it('serves taps from memory within the freshness window and reads the store again after it', async () => {
    let now = 1_000_000;
    const { state, store } = countingStore();
    const cache = new PlanCache(store, { now: () => now });
    await Promise.all(Array.from({ length: 100 }, () => cache.cached.get('p-1')));
    expect(state.reads).toBe(1);
    state.revision = 2; // another process made a new revision
    now += PLAN_FRESH_MS - 1;
    expect((await cache.cached.get('p-1'))!.revision).toBe(1);
    now += 1;
    expect((await cache.cached.get('p-1'))!.revision).toBe(2);
    expect(state.reads).toBe(2);
  });

  it('forgets every plan on a write through either view, a method it does not know included', async () => {
    const { state, store } = countingStore();
    const cache = new PlanCache(store);
    await cache.cached.get('p-1');
    await cache.direct.transition('p-1', 'publishing', 'cancelled');
    expect((await cache.cached.get('p-1'))!.status).toBe('cancelled');
    await (cache.direct as typeof store).correct();
    expect((await cache.cached.get('p-1'))!.revision).toBe(2);
    expect(state.reads).toBe(3);
  });

  it('organisers read the store itself, never the kept copy', async () => {
    const { state, store } = countingStore();
    const cache = new PlanCache(store);
    await cache.cached.get('p-1');
    state.status = 'published';
    expect((await cache.direct.get('p-1'))!.status).toBe('published');
    expect(state.reads).toBe(2);
  });

  it('does not keep a read that started before a write', async () => {
    const { state, store } = countingStore();
    const cache = new PlanCache(store);
    let open!: () => void;
    state.gate = new Promise<void>((r) => (open = r));
    const early = cache.cached.get('p-1');
    await cache.direct.propose({} as never, 'org');
    state.gate = null;
    open();
    expect((await early)!.revision).toBe(1);
    expect((await cache.cached.get('p-1'))!.revision).toBe(2);
  });
});
