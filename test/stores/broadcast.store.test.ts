import { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchLeases, BatchMember, BroadcastBatches, DeliveryLog, DeliveryRecord, EligibleFollowers, LeaseTerms, WorkerRegistry } from '../../src/broadcast/broadcast-ports.js';
import type { ChannelName } from '../../src/core/types.js';
import { mongoBroadcastStores } from '../../src/db/broadcast-stores.js';
import { connectDatabase } from '../../src/db/connect.js';
import { MongoFollowerStore } from '../../src/db/follower-store.js';
import { models, syncIndexes, type Models } from '../../src/db/models.js';
import { MongoPlanStore } from '../../src/db/plan-store.js';
import { silentLogger } from '../../src/logger.js';
import { enqueueDeliveries } from '../../src/broadcast/enqueue-deliveries.js';
import { testDatabaseUri } from '../support/db.js';

/*
 * The broadcast's stores against the real database (FerretDB in CI, MongoDB in production):
 * what one process can see of what another did, through the ports alone.
 */

let conn: Connection;
let db: Models;
let leases: BatchLeases;
let batches: BroadcastBatches;
let deliveries: DeliveryLog;
let eligible: EligibleFollowers;
let workers: WorkerRegistry;

const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);
const terms = (owner: string, atMs: number, leaseMs = 60_000): LeaseTerms => ({ owner, now: new Date(T0 + atMs), until: new Date(T0 + atMs + leaseMs) });
const sizes = (entries: [ChannelName, number][]) => new Map<ChannelName, number>(entries);
let planCounter = 0;
const newPlanId = () => `store-${++planCounter}`;

beforeAll(async () => {
  ({ conn } = await connectDatabase(await testDatabaseUri('broadcast_store'), silentLogger));
  db = models(conn);
  await syncIndexes(db);
  ({ leases, batches, deliveries, eligible, workers } = mongoBroadcastStores(db, { plans: new MongoPlanStore(db), followers: new MongoFollowerStore(db) }));
});
afterAll(() => conn?.close());

describe('BatchLeases', () => {
  it('gives the enqueue of a plan to one of many processes claiming it at once', async () => {
    const planId = newPlanId();
    const owners = ['w-a', 'w-b', 'w-c', 'w-d'];
    const won = await Promise.all(owners.map((o) => leases.claimEnqueue(planId, terms(o, 0))));
    expect(won.filter(Boolean)).toHaveLength(1);
    // Nobody takes it while the lease holds.
    expect(await leases.claimEnqueue(planId, terms('w-e', 30_000))).toBe(false);
  });

  it('lets another process take over an enqueue whose lease lapsed, but not one renewed or finished', async () => {
    const planId = newPlanId();
    expect(await leases.claimEnqueue(planId, terms('w-a', 0, 1000))).toBe(true);
    await leases.renewEnqueue(planId, terms('w-a', 500, 1000));
    expect(await leases.claimEnqueue(planId, terms('w-b', 1200))).toBe(false);
    expect(await leases.claimEnqueue(planId, terms('w-b', 1600))).toBe(true);
    await leases.finishEnqueue(planId, 'w-b');
    expect(await leases.claimEnqueue(planId, terms('w-c', 999_999))).toBe(false);
  });

  it('hands each free batch of a channel to one claimant, lowest first, and skips other channels', async () => {
    const planId = newPlanId();
    await leases.openBatch(planId, 0, sizes([['telegram', 2], ['whatsapp', 1]]));
    await leases.openBatch(planId, 1, sizes([['telegram', 3]]));
    await leases.openBatch(planId, 1, sizes([['telegram', 3]])); // opened twice (a re-run): no second claim
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-a', 0))).toMatchObject({ batch: 0, heldBefore: false });
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-b', 0))).toMatchObject({ batch: 1, heldBefore: false });
    expect(await leases.claimNextBatch(planId, 'telegram', 1, terms('w-c', 0))).toBeNull();
    expect(await leases.claimNextBatch(planId, 'whatsapp', -1, terms('w-c', 0))).toMatchObject({ batch: 0, heldBefore: false });
    expect(await leases.countOpen(planId)).toBe(3);
  });

  it('gives a lapsed batch to another process, saying it was held, unless its owner renewed it', async () => {
    const planId = newPlanId();
    await leases.openBatch(planId, 0, sizes([['telegram', 5]]));
    await leases.openBatch(planId, 1, sizes([['telegram', 5]]));
    const first = await leases.claimNextBatch(planId, 'telegram', -1, terms('w-a', 0, 1000));
    const second = await leases.claimNextBatch(planId, 'telegram', 0, terms('w-a', 0, 1000));
    // w-a renews while sending: both its claims hold past the first lease.
    for (const claim of [first!, second!]) expect(await leases.renewBatch(planId, 'telegram', claim, terms('w-a', 900, 1000))).not.toBeNull();
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-b', 1500))).toBeNull();
    // w-a dies: after the renewed lease, w-b takes batch 0 first.
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-b', 2000))).toMatchObject({ batch: 0, heldBefore: true });
  });

  it('never hands out a finished batch, and counts only open claims', async () => {
    const planId = newPlanId();
    await leases.openBatch(planId, 0, sizes([['telegram', 1]]));
    await leases.claimNextBatch(planId, 'telegram', -1, terms('w-a', 0, 10));
    await leases.finishBatch(planId, 0, 'telegram', 'w-a');
    expect(await leases.countOpen(planId)).toBe(0);
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-b', 999_999))).toBeNull();
  });

  it('hands back every unfinished claim of a stopping process at once', async () => {
    const planId = newPlanId();
    await leases.openBatch(planId, 0, sizes([['telegram', 1]]));
    await leases.claimNextBatch(planId, 'telegram', -1, terms('w-a', 0));
    await leases.releaseAll('w-a');
    expect(await leases.claimNextBatch(planId, 'telegram', -1, terms('w-b', 1))).toMatchObject({ batch: 0, heldBefore: true });
  });
});

const record = (followerId: string, status: DeliveryRecord['status'], extra: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  followerId,
  audience: 'direct',
  channel: 'telegram',
  status,
  reason: status === 'sent' ? null : status,
  messageId: status === 'sent' ? '1' : null,
  at: new Date(T0),
  ...extra,
});

describe('DeliveryLog', () => {
  it('keeps the first record of a follower: a later one (a resend after a crash) is ignored', async () => {
    const planId = newPlanId();
    const f = new Types.ObjectId().toHexString();
    await deliveries.record(planId, 0, [record(f, 'sent')]);
    await deliveries.record(planId, 0, [record(f, 'failed', { reason: 'network' }), record(new Types.ObjectId().toHexString(), 'sent')]);
    const stored = await db.Delivery.find({ planId, followerId: new Types.ObjectId(f) }).lean<{ status: string }[]>();
    expect(stored.map((d) => d.status)).toEqual(['sent']);
    expect(await deliveries.totals(planId)).toEqual({ sent: 2, pending: 0, failed: 0, blocked: 0 });
  });

  it('says which followers of a batch already have a record', async () => {
    const planId = newPlanId();
    const [a, b, c] = [0, 1, 2].map(() => new Types.ObjectId().toHexString());
    await deliveries.record(planId, 0, [record(a!, 'sent'), record(b!, 'blocked')]);
    await deliveries.record(planId, 1, [record(c!, 'sent')]);
    expect((await deliveries.recordedIn(planId, 0)).sort()).toEqual([a, b].sort());
    expect(await deliveries.recordedIn(planId, 2)).toEqual([]);
  });

  it('totals records by outcome, and counts as pending everyone enqueued without one', async () => {
    const planId = newPlanId();
    await leases.openBatch(planId, 0, sizes([['telegram', 4], ['whatsapp', 2]]));
    await leases.claimEnqueue(planId, terms('w-a', 0)); // the enqueue's claim counts nobody
    const ids = [0, 1, 2, 3].map(() => new Types.ObjectId().toHexString());
    await deliveries.record(planId, 0, [record(ids[0]!, 'sent'), record(ids[1]!, 'sent'), record(ids[2]!, 'failed'), record(ids[3]!, 'blocked')]);
    expect(await deliveries.totals(planId)).toEqual({ sent: 2, pending: 2, failed: 1, blocked: 1 });
    expect(await deliveries.totals(newPlanId())).toEqual({ sent: 0, pending: 0, failed: 0, blocked: 0 });
  });
});

describe('BroadcastBatches', () => {
  const member = (n: number, channel: ChannelName = 'telegram'): BatchMember => ({
    followerId: new Types.ObjectId().toHexString(),
    channel,
    audience: 'direct',
    language: n % 2 ? 'ar' : 'en',
    sealedAddress: `sealed-${n}`,
  });

  it('keeps a batch as first written, in order, and tells its last follower', async () => {
    const planId = newPlanId();
    const first = [member(1), member(2, 'whatsapp'), member(3)];
    await batches.write(planId, 0, first);
    await batches.write(planId, 0, [member(4)]); // a re-run after a crash: the batch stands
    expect(await batches.members(planId, 0)).toEqual(first);
    expect(await batches.lastFollowerOf(planId, 0)).toBe(first[2]!.followerId);
    expect(await batches.lastFollowerOf(planId, 1)).toBeNull();
    expect(await batches.members(planId, 1)).toEqual([]);
    // A resumed first send skips everyone already in a batch below the one it resumes at.
    const second = [member(5), member(6)];
    await batches.write(planId, 1, second);
    expect([...(await batches.memberIds(planId, 1))].sort()).toEqual(first.map((m) => m.followerId).sort());
    expect((await batches.memberIds(planId, 2)).size).toBe(5);
  });

  it('records the enqueue progress on the plan, where the plan store reads it back', async () => {
    const plans = new MongoPlanStore(db);
    const planId = newPlanId();
    await db.Plan.create({ planId, topics: ['uyghur'], content: {}, reminderAfterHours: 24, status: 'publishing', proposedBy: 'org', createdAt: new Date(T0) });
    expect(await batches.progress(planId)).toEqual({ batches: 0, cursor: null });
    await batches.saveProgress(planId, { batches: 2, cursor: 'abc' });
    expect(await batches.progress(planId)).toEqual({ batches: 2, cursor: 'abc' });
    expect((await plans.get(planId))!).toMatchObject({ enqueuedBatches: 2, enqueueDone: false });
    await batches.markEnqueued(planId, 3);
    expect((await plans.get(planId))!).toMatchObject({ enqueuedBatches: 3, enqueueDone: true });
  });
});

describe('EligibleFollowers', () => {
  it('streams active, unblocked followers of the topics, each once, skipping those already queued; on WhatsApp only those who wrote first', async () => {
    const base = { addressHash: '', timezone: 'Europe/London', audience: 'direct', joinedAt: new Date(T0), language: 'en' };
    const rows = [
      { name: 'tg-uyghur', channel: 'telegram', status: 'active', topics: ['uyghur'] },
      { name: 'tg-two-topics', channel: 'telegram', status: 'active', topics: ['sudan', 'palestine'] },
      { name: 'tg-other-topic', channel: 'telegram', status: 'active', topics: ['palestine'] },
      { name: 'tg-blocked', channel: 'telegram', status: 'active', topics: ['uyghur'], blocked: true },
      { name: 'tg-stopped', channel: 'telegram', status: 'stopped', topics: ['uyghur'] },
      { name: 'wa-silent', channel: 'whatsapp', status: 'active', topics: ['uyghur'], lastInboundAt: null },
      { name: 'wa-wrote', channel: 'whatsapp', status: 'active', topics: ['uyghur'], lastInboundAt: new Date(T0) },
      { name: 'console', channel: 'console', status: 'active', topics: ['sudan'] },
    ];
    const ids = rows.map((_, i) => new Types.ObjectId(`${'f'.repeat(14)}${String(rows.length - i).padStart(10, '0')}`));
    await db.Follower.insertMany(rows.map(({ name, ...r }, i) => ({ ...base, ...r, _id: ids[i], addressHash: name, addressSealed: name })));
    const names = async (skip: string[]) => {
      const out: string[] = [];
      for await (const m of eligible.stream(['uyghur', 'sudan'], new Set(skip))) out.push(m.sealedAddress);
      return out.sort();
    };
    expect(await names([])).toEqual(['console', 'tg-two-topics', 'tg-uyghur', 'wa-wrote']);
    expect(await names([ids[7]!.toHexString(), ids[6]!.toHexString()])).toEqual(['tg-two-topics', 'tg-uyghur']);
    const all: BatchMember[] = [];
    for await (const m of eligible.stream(['uyghur'], new Set())) all.push(m);
    expect(all.find((m) => m.sealedAddress === 'tg-uyghur')).toEqual({ followerId: ids[0]!.toHexString(), channel: 'telegram', audience: 'direct', language: 'en', sealedAddress: 'tg-uyghur' });
  });
});

describe('enqueueDeliveries over the unsorted stream', () => {
  it('resumed after a crash between writing a batch and recording it, queues everyone exactly once', async () => {
    const planId = newPlanId();
    await db.Plan.create({ planId, topics: ['enq-crash'], content: {}, reminderAfterHours: 24, status: 'publishing', proposedBy: 'org', createdAt: new Date(T0) });
    const base = { timezone: 'Europe/London', audience: 'direct', joinedAt: new Date(T0), language: 'en', channel: 'telegram', status: 'active', topics: ['enq-crash'] };
    await db.Follower.insertMany(Array.from({ length: 1_234 }, (_, i) => ({ ...base, addressHash: `enq-${i}`, addressSealed: `enq-${i}` })));
    let saves = 0;
    const crashing: BroadcastBatches = {
      progress: (id) => batches.progress(id),
      lastFollowerOf: (id, b) => batches.lastFollowerOf(id, b),
      write: (id, b, m) => batches.write(id, b, m),
      markEnqueued: (id, n) => batches.markEnqueued(id, n),
      members: (id, b) => batches.members(id, b),
      memberIds: (id, n) => batches.memberIds(id, n),
      saveProgress: async (id, progress) => {
        if (++saves === 2) throw new Error('killed after writing batch 1, before recording it');
        return batches.saveProgress(id, progress);
      },
    };
    const plan = { id: planId, topics: ['enq-crash'] };
    await expect(enqueueDeliveries({ batches: crashing, leases, eligible }, plan, silentLogger)).rejects.toThrow(/killed/);
    expect((await batches.progress(planId)).batches).toBe(1);
    // Another process takes over: it finds batch 1 written, and skips everyone in batches 0 and 1.
    const resumed = await enqueueDeliveries({ batches, leases, eligible }, plan, silentLogger);
    expect(resumed).toMatchObject({ batches: 3, finished: true, added: 234 });
    const queued: string[] = [];
    for (let b = 0; b < 3; b++) queued.push(...(await batches.members(planId, b)).map((m) => m.sealedAddress));
    expect(queued).toHaveLength(1_234);
    expect(new Set(queued).size).toBe(1_234);
  });
});

describe('WorkerRegistry', () => {
  it('counts the processes that beat since a moment, until they leave', async () => {
    await workers.beat('w-old', new Date(T0 - 60_000));
    await workers.beat('w-a', new Date(T0));
    await workers.beat('w-b', new Date(T0 + 1000));
    await workers.beat('w-a', new Date(T0 + 2000)); // a second beat is still one process
    expect(await workers.countLive(new Date(T0 - 15_000))).toBe(2);
    await workers.leave('w-b');
    expect(await workers.countLive(new Date(T0 - 15_000))).toBe(1);
  });
});
