import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowStateRecord, FlowStateStore } from '../../src/core/flow/flow-state.js';
import { connectDatabase } from '../../src/db/connect.js';
import { MongoFlowStateStore } from '../../src/db/flow-state-store.js';
import { models, syncIndexes } from '../../src/db/models.js';
import { silentLogger } from '../../src/logger.js';
import { testDatabaseUri } from '../support/db.js';

let serial = 0;

function record(overrides: Partial<FlowStateRecord> = {}): FlowStateRecord {
  return {
    followerId: `f${++serial}`,
    flow: 'onboarding',
    args: { followerId: 'x', preset: ['sudan'] },
    language: 'en',
    replay: { send: [{ payload: 'say' }, { payload: 'prompt' }, { payload: 'wait' }], receive: [{ send: 0, returnValue: null }] },
    interrupt: 2,
    pendingToken: 'tok1',
    version: 0,
    ...overrides,
  };
}

/** What every FlowStateStore must do; run here against the real database. */
function flowStateStoreSuite(name: string, open: () => Promise<{ store: FlowStateStore; close(): Promise<void> }>) {
  describe(`FlowStateStore: ${name}`, () => {
    let store: FlowStateStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await open());
    });
    afterAll(() => close());

    it('gives back what was put, as plain data, and null for a follower without a flow', async () => {
      const r = record();
      expect(await store.get(r.followerId)).toBeNull();
      expect(await store.put(r, null)).toBe(true);
      expect(await store.get(r.followerId)).toEqual(r);
    });

    it('a first write loses to another first write', async () => {
      const r = record();
      expect(await store.put(r, null)).toBe(true);
      expect(await store.put({ ...r, pendingToken: 'other' }, null)).toBe(false);
      expect((await store.get(r.followerId))!.pendingToken).toBe('tok1');
    });

    it('writes only over the version it names', async () => {
      const r = record();
      await store.put(r, null);
      expect(await store.put({ ...r, version: 1, interrupt: 5 }, 0)).toBe(true);
      expect(await store.put({ ...r, version: 1, interrupt: 9 }, 0)).toBe(false);
      expect(await store.get(r.followerId)).toMatchObject({ version: 1, interrupt: 5 });
    });

    it('a flow that ended is removed only at the version it ran from; a cancel removes any', async () => {
      const r = record();
      await store.put(r, null);
      await store.put({ ...r, version: 1 }, 0);
      expect(await store.delete(r.followerId, 0)).toBe(false);
      expect(await store.get(r.followerId)).not.toBeNull();
      expect(await store.delete(r.followerId, 1)).toBe(true);
      expect(await store.get(r.followerId)).toBeNull();
      expect(await store.delete(r.followerId, 1)).toBe(true); // nothing left is what was asked
      await store.put(r, null);
      expect(await store.delete(r.followerId)).toBe(true);
      expect(await store.get(r.followerId)).toBeNull();
    });
  });
}

flowStateStoreSuite('MongoDB', async () => {
  const { conn }: { conn: Connection } = await connectDatabase(await testDatabaseUri('flow_state_store'), silentLogger);
  const db = models(conn);
  await syncIndexes(db);
  return {
    store: new MongoFlowStateStore(db),
    close: async () => {
      await conn.dropDatabase();
      await conn.close();
    },
  };
});
