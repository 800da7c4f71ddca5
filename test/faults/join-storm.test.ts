import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoReportCounters } from '../../src/db/report-counters.js';
import type { FollowerStateCount } from '../../src/reports/report-counters.js';
import { TelegramHarness, type TelegramUser } from '../support/telegram-harness.js';

const FOLLOWERS = 60;

let h: TelegramHarness;
let counters: MongoReportCounters;
beforeAll(async () => {
  h = await TelegramHarness.start('join_storm');
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
  counters = new MongoReportCounters(h.app.db);
});
afterAll(() => h.close());

/** The report counters as a report reads them (rows plus pending moves), in a stable order. */
async function reportFigures() {
  const order = (rows: FollowerStateCount[]) =>
    rows.filter((r) => r.n !== 0).map((r) => `${r.status}|${r.blocked}|${r.language}|${[...r.topics].sort().join(',')}=${r.n}`).sort();
  const joins = (await counters.joinDays(null)).filter((d) => d.n !== 0).map((d) => `${d.day}=${d.n}`).sort();
  return {
    all: order(await counters.followerStates(null)),
    abuali: order(await counters.followerStates('abuali')),
    joins,
    abualiJoins: (await counters.joinDays('abuali')).reduce((s, d) => s + d.n, 0),
  };
}

/**
 * Everyone sends their answer at once. A follower told "something went wrong" (the shared test
 * database refusing a connection under load) repeats it, as a person would, up to three times.
 * /start itself is never repeated: a follower whose /start failed halfway (the race this test
 * is about) would be stuck, and a repeated /start would hide that.
 */
async function allAtOnce(users: TelegramUser[], step: (u: TelegramUser, i: number) => Promise<void>): Promise<void> {
  let pending = users.map((u, i) => ({ u, i }));
  for (let attempt = 0; attempt < 4 && pending.length; attempt++) {
    await Promise.all(pending.map(({ u, i }) => step(u, i)));
    pending = pending.filter(({ u }) => u.last().text.startsWith('Sorry, something went wrong on our side'));
  }
}

const total = (rows: FollowerStateCount[], status: string) => rows.filter((r) => r.status === status).reduce((s, r) => s + r.n, 0);

describe('a join storm: 60 followers tapping /start at the same moment, in one process', () => {
  it('onboards every one of them, and the report counters equal a recount from the followers', async () => {
    const users = Array.from({ length: FOLLOWERS }, (_, i) => h.user(50_000 + i));
    // Each step for everyone at once: webhooks handle each update as its own call.
    await Promise.all(users.map((u, i) => u.start(i % 2 ? 'abuali' : undefined)));
    expect(users.filter((u) => u.last().text.startsWith('Sorry'))).toHaveLength(0);
    await allAtOnce(users, (u) => u.send('2')); // English
    await allAtOnce(users, (u, i) => u.send(i % 3 ? '1' : '1 2')); // topics
    await allAtOnce(users, (u) => u.send('1')); // the first time zone

    const followers = await h.app.db.Follower.find({}).lean<{ status: string; audience: string }[]>();
    expect(followers).toHaveLength(FOLLOWERS);
    expect(followers.filter((f) => f.status === 'active')).toHaveLength(FOLLOWERS);
    expect(await h.app.db.Join.countDocuments({})).toBe(FOLLOWERS);

    const live = await reportFigures();
    expect(total(await counters.followerStates(null), 'active')).toBe(FOLLOWERS);
    expect(total(await counters.followerStates(null), 'onboarding')).toBe(0);
    expect(total(await counters.followerStates('abuali'), 'active')).toBe(FOLLOWERS / 2);
    expect(live.abualiJoins).toBe(FOLLOWERS / 2);

    await counters.fold();
    expect(await reportFigures()).toEqual(live);
    await counters.recount();
    expect(await reportFigures()).toEqual(live);
  }, 60_000);
});
