/**
 * The primitives that decide "once" (src/db/insert-once.ts), each raced by 40 concurrent callers
 * on the real database: on FerretDB a conditional update or an upsert lets several win, so
 * these pass only because each is decided by a unique insert or a delete of a known _id.
 */
import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterDeltaModels, insertDeltas } from '../../src/db/counter-deltas.js';
import { foldCounterDeltas } from '../../src/db/counter-fold.js';
import { followerStatsDelta } from '../../src/db/follower-stats.js';
import { MongoFollowerStore } from '../../src/db/follower-store.js';
import { insertOnce, deleteOnce } from '../../src/db/insert-once.js';
import { MongoJobClaims } from '../../src/db/job-claims.js';
import { openMongoStores, type MongoStores } from '../../src/db/mongo-stores.js';
import type { FollowerStateCount } from '../../src/reports/report-counters.js';
import { testDatabaseUri } from '../support/db.js';

const RACERS = 40;
let conn: mongoose.Connection;
let stores: MongoStores;

beforeAll(async () => {
  // A small pool: 40 callers still race (10 in flight at the server at once) without using up the shared PostgreSQL's connections.
  conn = await mongoose.createConnection(await testDatabaseUri('once_primitives'), { serverSelectionTimeoutMS: 10_000, maxPoolSize: 10 }).asPromise();
  stores = await openMongoStores(conn);
});
afterAll(async () => {
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

/** Runs `fn` RACERS times at once and returns every result. */
function race<T>(fn: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: RACERS }, (_, i) => fn(i)));
}

const wins = (results: boolean[]) => results.filter(Boolean).length;
const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);
const stateTotal = (rows: FollowerStateCount[], status: string) => sum(rows.filter((r) => r.status === status));

function ensureInput(hash: string, audience: string) {
  return { channel: 'telegram' as const, address: { hash, sealed: `sealed-${hash}` }, language: 'en' as const, timezone: 'UTC', audience, at: new Date('2026-11-30T10:00:00Z') };
}

describe('once, decided by a unique insert or a delete of a known _id, under 40 concurrent callers', () => {
  it('insertOnce of one _id lands for exactly one caller; deleteOnce of it removes it for exactly one', async () => {
    const model = stores.db.ReminderClaim;
    expect(wins(await race(() => insertOnce(model, { _id: 'race|1', at: new Date() })))).toBe(1);
    expect(await model.countDocuments({ _id: 'race|1' })).toBe(1);
    expect(wins(await race(() => deleteOnce(model, 'race|1')))).toBe(1);
    expect(await model.countDocuments({ _id: 'race|1' })).toBe(0);
  });

  it('40 ensures of one address make one follower, created once, counted once', async () => {
    const followers = new MongoFollowerStore(stores.db);
    const results = await race(() => followers.ensure(ensureInput('one-address', 'ens')));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.follower.id)).size).toBe(1);
    expect(await stores.db.Follower.countDocuments({ addressHash: 'one-address' })).toBe(1);
    expect(await stores.db.Join.countDocuments({ audience: 'ens' })).toBe(1);
    expect(stateTotal(await stores.counters.followerStates('ens'), 'onboarding')).toBe(1);
    expect(sum(await stores.counters.joinDays('ens'))).toBe(1);
  });

  it('a counter moved by 40 concurrent changes equals the recount, before and after folding', async () => {
    const made = await race((i) => stores.followers.ensure(ensureInput(`storm-${i}`, 'ctr')));
    // Every one moves the same state row (onboarding → active) at once.
    await race((i) => stores.followers.update(made[i]!.follower.id, { status: 'active', onboardedAt: new Date() }));
    // And 40 pledges to one plan move its one `pledged` row at once.
    await race((i) => stores.pledges.pledge('ctr-plan', made[i]!.follower.id, 'ctr', new Date(Date.now() + 3_600_000)));
    const read = async () => ({
      active: stateTotal(await stores.counters.followerStates('ctr'), 'active'),
      onboarding: stateTotal(await stores.counters.followerStates('ctr'), 'onboarding'),
      joined: sum(await stores.counters.joinDays('ctr')),
      pledged: sum((await stores.counters.planCounters('ctr-plan')).rows.filter((r) => r.metric === 'pledged')),
    });
    const expected = { active: RACERS, onboarding: 0, joined: RACERS, pledged: RACERS };
    expect(await read()).toEqual(expected);
    // 40 folds at once: one takes the journal, the others find it busy; nothing is added twice.
    await race(() => foldCounterDeltas(stores.db));
    while ((await foldCounterDeltas(stores.db)) > 0);
    expect(await read()).toEqual(expected);
    await stores.db.Plan.create({ planId: 'ctr-plan', topics: ['x'], content: {}, reminderAfterHours: 1, status: 'publishing', proposedBy: 'o', createdAt: new Date() });
    await stores.counters.recount();
    expect(await read()).toEqual(expected);
  }, 30_000);

  it('a fold that died after moving a row is finished by the next one without adding twice', async () => {
    const state = { audience: 'crash', status: 'active', blocked: false, language: 'en', topics: [] };
    const moves = [1, 2, 3].map((i) => followerStatsDelta(`crashed-${i}|created`, state, 1));
    await insertDeltas(stores.db, moves);
    // As a fold leaves it when its process dies between moving the row and deleting the deltas.
    const key = moves[0]!.key;
    const { Fold } = counterDeltaModels(stores.db);
    await Fold.create({ _id: 'current', fold: 'dead-fold', at: new Date(Date.now() - 3_600_000), deltaIds: moves.map((m) => m._id), rows: [{ target: 'follower_stats', key, n: 3, fields: moves[0]!.fields }] });
    await stores.db.FollowerStats.collection.insertOne({ _id: key, ...moves[0]!.fields, n: 3, fold: 'dead-fold' } as never);
    await race(() => foldCounterDeltas(stores.db));
    expect(await Fold.countDocuments({})).toBe(0);
    expect(stateTotal(await stores.counters.followerStates('crash'), 'active')).toBe(3);
  });

  it('a job slot claimed by 40 callers at once has one owner; released, it can be claimed once more', async () => {
    const claims = new MongoJobClaims(conn);
    const slot = `job-${new Types.ObjectId().toHexString()}`;
    expect(wins(await race(() => claims.claim('plan.publish', slot, new Date())))).toBe(1);
    await claims.release('plan.publish', slot);
    expect(wins(await race(() => claims.claim('plan.publish', slot, new Date())))).toBe(1);
  });
});
