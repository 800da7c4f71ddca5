import { randomBytes } from 'node:crypto';
import { Types, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoAudienceStore } from '../../src/db/audience-store.js';
import { connectDatabase } from '../../src/db/connect.js';
import { models, syncIndexes, type Models } from '../../src/db/models.js';
import { MongoReportCounters } from '../../src/db/report-counters.js';
import { InfluencerError } from '../../src/influencers/influencer-error.js';
import { InfluencerRegistry } from '../../src/influencers/influencer-registry.js';
import { silentLogger } from '../../src/logger.js';
import { AddressVault } from '../../src/privacy/address-vault.js';
import { testDatabaseUri } from '../support/db.js';

/*
 * The influencer and report-counter stores against the real database (FerretDB in CI), through
 * their ports: InfluencerStore (with the registry that seals owners), ReportCounters and
 * CounterMaintenance.
 */
let conn: Connection;
let db: Models;
let audiences: MongoAudienceStore;
let registry: InfluencerRegistry;
let counters: MongoReportCounters;
const vault = new AddressVault(randomBytes(32));

beforeAll(async () => {
  ({ conn } = await connectDatabase(await testDatabaseUri('reports_store'), silentLogger));
  db = models(conn);
  await syncIndexes(db);
  audiences = new MongoAudienceStore(db);
  registry = new InfluencerRegistry(audiences, vault, ['uyghur', 'sudan']);
  counters = new MongoReportCounters(db);
});
afterAll(async () => {
  await conn.dropDatabase().catch(() => undefined);
  await conn.close();
});

describe('InfluencerStore', () => {
  it('registers a code once under concurrent callers; the others are told it is taken', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => registry.register({ code: 'racer', displayName: `Racer ${i}`, language: 'en' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(7);
    expect(refused.every((r) => r.reason instanceof InfluencerError && r.reason.reason === 'code_taken')).toBe(true);
    expect(await db.Audience.countDocuments({ code: 'racer' })).toBe(1);
    await expect(registry.register({ code: 'sudan', displayName: 'A topic', language: 'en' })).rejects.toThrow(InfluencerError);
    expect(await audiences.findByCode('racer')).toEqual({ code: 'racer', displayName: expect.stringMatching(/^Racer \d$/), language: 'en' });
  });

  it('gives an invite to exactly one of several claimers, once', async () => {
    const inf = await registry.register({ code: 'invited', displayName: 'Invited', language: 'en' });
    expect(inf.inviteCode).toMatch(/^[A-Z2-9]{10}$/);
    const claims = await Promise.all(['501', '502', '503', '504', '505'].map((chat) => registry.claim(inf.inviteCode!, chat, 'ar')));
    const winners = claims.filter((c) => c !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ code: 'invited', language: 'ar', inviteCode: null });
    const winner = ['501', '502', '503', '504', '505'][claims.findIndex((c) => c !== null)]!;
    expect(registry.ownerChatId(winners[0]!)).toBe(winner);
    expect(await registry.claim(inf.inviteCode!, '506', 'en')).toBeNull();
    expect(await registry.claim('ABCDEFGHJK', '506', 'en')).toBeNull();
    // A fresh invite works again, for someone else.
    const again = await registry.issueInvite('invited');
    expect((await registry.claim(again, '507', 'en'))?.code).toBe('invited');
    await expect(registry.issueInvite('nobody')).rejects.toThrow(InfluencerError);
  });

  it('finds the audiences an owner receives reports for, by keyed hash only', async () => {
    await registry.register({ code: 'own_b', displayName: 'B', language: 'en', ownerTelegramId: '600' });
    await registry.register({ code: 'own_a', displayName: 'A', language: 'fr', ownerTelegramId: '600' });
    await registry.register({ code: 'own_c', displayName: 'C', language: 'en', ownerTelegramId: '601' });
    expect((await registry.ownedBy('600')).map((i) => i.code)).toEqual(['own_a', 'own_b']);
    expect(await registry.ownedBy('699')).toEqual([]);
    const stored = await db.Audience.findOne({ code: 'own_a' }).lean();
    expect(JSON.stringify(stored)).not.toContain('"600"');
    await registry.setOwner('own_c', '602');
    expect((await registry.ownedBy('602')).map((i) => i.code)).toEqual(['own_c']);
    expect(await registry.ownedBy('601')).toEqual([]);
  });

  it("subscribes every audience of an owner, lists only claimed subscribers, and claims each week's report once", async () => {
    const now = new Date('2026-11-01T10:00:00Z');
    expect(await registry.subscribe('600', 'weeklyReport', true, now)).toBe(2);
    expect(await registry.subscribe('600', 'planSummaries', true, now)).toBe(2);
    await audiences.subscribe('nobody-hash', 'weeklyReport', true, now);
    const weekly = await registry.subscribed('weeklyReport');
    expect(weekly.map((i) => i.code).sort()).toEqual(['own_a', 'own_b']);
    expect(weekly[0]!.lastWeeklyAt).toEqual(now);
    const later = new Date(now.getTime() + 7 * 86_400_000);
    const wins = await Promise.all(Array.from({ length: 5 }, () => registry.claimWeekly('own_a', now, later)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect((await registry.get('own_a'))!.lastWeeklyAt).toEqual(later);
    expect(await registry.claimWeekly('own_a', now, later)).toBe(false);
    await registry.subscribe('600', 'planSummaries', false, later);
    expect(await registry.subscribed('planSummaries')).toEqual([]);
  });
});

async function follower(audience: string, state: { status?: string; language?: string; topics?: string[]; joinedAt: Date }) {
  const _id = new Types.ObjectId();
  await db.Follower.create({
    _id,
    channel: 'telegram',
    addressHash: `h-${_id.toHexString()}`,
    addressSealed: 's',
    language: state.language ?? 'en',
    topics: state.topics ?? ['uyghur'],
    timezone: 'UTC',
    status: state.status ?? 'active',
    audience,
    joinedAt: state.joinedAt,
  });
  return _id;
}

describe('ReportCounters and their recount', () => {
  const day1 = new Date('2026-11-20T08:00:00Z');
  const day2 = new Date('2026-11-21T23:59:00Z');
  let ids: Types.ObjectId[] = [];

  beforeAll(async () => {
    ids = [
      await follower('aa', { joinedAt: day1, topics: ['uyghur', 'sudan'] }),
      await follower('aa', { joinedAt: day1, topics: ['sudan', 'uyghur'] }),
      await follower('aa', { joinedAt: day2, language: 'ar' }),
      await follower('bb', { joinedAt: day2, status: 'opted_out' }),
    ];
    await db.Plan.create({ planId: 'p1', topics: ['uyghur'], content: {}, reminderAfterHours: 48, status: 'published', proposedBy: 'x', createdAt: day1 });
    await db.Plan.create({ planId: 'p2', topics: ['uyghur'], content: {}, reminderAfterHours: 48, status: 'publishing', proposedBy: 'x', createdAt: day1 });
    for (const [planId, i, status] of [['p1', 0, 'sent'], ['p1', 1, 'sent'], ['p1', 2, 'failed'], ['p2', 0, 'sent']] as const) {
      await db.Delivery.create({ _id: `${planId}|${ids[i]}`, planId, followerId: ids[i], audience: 'aa', channel: 'telegram', batch: 0, status, at: day2 });
    }
    const pledge = (planId: string, i: number, completed: boolean) =>
      db.Pledge.create({ _id: `${planId}|${ids[i]}`, planId, followerId: ids[i], audience: 'aa', pledgedAt: day2, completedAt: completed ? day2 : null, open: !completed });
    await pledge('p1', 0, true);
    await pledge('p1', 1, false);
    await pledge('p2', 0, false);
    for (const [planId, i, task] of [['p1', 0, 1], ['p1', 0, 2], ['p1', 1, 1], ['p2', 0, 1]] as const) {
      await db.Completion.create({ _id: `${planId}|${ids[i]}|${task}`, planId, followerId: ids[i], audience: 'aa', task, at: day2 });
    }
    // Counters as a crash would leave them: wrong, missing, and left over.
    await db.Counter.create({ _id: 'p1|aa|pledged', planId: 'p1', audience: 'aa', metric: 'pledged', n: 41 });
    await db.Counter.create({ _id: 'p1|zz|task_9', planId: 'p1', audience: 'zz', metric: 'task_9', n: 3 });
    await db.FollowerStats.create({ _id: 'aa|active|-|en|x', audience: 'aa', status: 'active', blocked: false, language: 'en', topics: ['x'], n: -2 });
    await db.JoinDay.create({ _id: 'aa|2026-11-20', audience: 'aa', day: '2026-11-20', n: 900 });
  });

  it('rebuilds follower_stats, join_days and every plan counter from the facts', async () => {
    expect(await counters.recount()).toEqual({ followerStates: 3, joinDays: 3, plans: 2, planCounters: 8 });
    const states = await counters.followerStates('aa');
    expect(states.sort((a, b) => a.language.localeCompare(b.language))).toEqual([
      { status: 'active', blocked: false, language: 'ar', topics: ['uyghur'], n: 1 },
      { status: 'active', blocked: false, language: 'en', topics: ['sudan', 'uyghur'], n: 2 },
    ]);
    expect((await counters.followerStates(null)).reduce((s, r) => s + r.n, 0)).toBe(4);
    expect((await counters.joinDays('aa')).sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { day: '2026-11-20', n: 2 },
      { day: '2026-11-21', n: 1 },
    ]);
    expect((await counters.joinDays(null)).reduce((s, r) => s + r.n, 0)).toBe(4);
    const p1 = await counters.planCounters('p1');
    expect(p1.reachFrozen).toBe(true);
    expect(Object.fromEntries(p1.rows.map((r) => [`${r.audience}|${r.metric}`, r.n]))).toEqual({
      'aa|pledged': 2,
      'aa|completed': 1,
      'aa|task_1': 2,
      'aa|task_2': 1,
      'aa|reached': 2,
    });
    // Still going out: no frozen reach, which is counted live instead.
    const p2 = await counters.planCounters('p2');
    expect(p2.reachFrozen).toBe(false);
    expect(p2.rows.map((r) => `${r.audience}|${r.metric}|${r.n}`).sort()).toEqual(['aa|pledged|1', 'aa|task_1|1']);
    expect(await counters.liveReached('p2', 'aa')).toBe(1);
    expect(await counters.liveReached('p2', 'bb')).toBe(0);
    expect(await counters.liveReached('p1', null)).toBe(2);
  });

  it('is idempotent, and freezing reach when a broadcast ends sets (never adds) the counts', async () => {
    const snapshot = async () => (await db.Counter.find({}).sort({ _id: 1 }).lean()).map((r) => JSON.stringify(r));
    const before = await snapshot();
    await counters.recount();
    expect(await snapshot()).toEqual(before);
    await counters.freezeReach('p2');
    await counters.freezeReach('p2');
    const p2 = await counters.planCounters('p2');
    expect(p2.reachFrozen).toBe(true);
    expect(p2.rows.find((r) => r.metric === 'reached')).toEqual({ audience: 'aa', metric: 'reached', n: 1 });
  });
});
