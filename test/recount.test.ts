import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoReportCounters } from '../src/db/report-counters.js';
import { parsePlan } from '../src/plans/plan-schema.js';
import { audienceReachReport } from '../src/reports/reach-report.js';
import { foldCounters } from './support/counters.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';
import { FakeBotApiWithFiles } from './reports-fake-api.js';

/*
 * A small forum: 12 of abuali's followers and 6 direct ones; plan rc-1 went out (published, its
 * reach never frozen) to 10 of abuali's and 5 direct; 8 of abuali's pledged, 6 ticked task 1,
 * 5 ticked every task. Expected figures are written from this seed.
 */
const ORG = 900001;
const ORG_AR = 900002;
const DAY = 86_400_000;
const COUNTER_COLLECTIONS = ['counters', 'follower_stats', 'join_days'] as const;
let h: TelegramHarness;
let org: TelegramUser;
let chat = 300_000;

async function seed(audience: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { follower } = await h.app.followers.ensure({
      channel: 'telegram',
      address: h.app.vault.seal('telegram', String(chat++)),
      language: 'en',
      timezone: 'Europe/London',
      audience,
      at: new Date(Date.now() - 3 * DAY),
    });
    await h.app.followers.update(follower.id, { status: 'active', topics: ['uyghur'] });
    ids.push(follower.id);
  }
  return ids;
}

async function deliver(planId: string, audience: string, ids: string[]): Promise<void> {
  await h.app.db.Delivery.insertMany(
    ids.map((id) => ({ _id: `${planId}|${id}`, planId, followerId: new Types.ObjectId(id), audience, channel: 'telegram', batch: 0, status: 'sent', at: new Date() })),
  );
}

/** Every row of the counter collections, as {collection: {_id: row}}; `withZeros` keeps rows counting 0 (which read as absent). */
async function counterSnapshot(withZeros = true): Promise<Record<string, Record<string, unknown>>> {
  await foldCounters(h.app.db);
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of COUNTER_COLLECTIONS) {
    const rows = await h.conn.db!.collection<{ _id: string; n: number; fold?: string }>(name).find(withZeros ? {} : { n: { $ne: 0 } }).toArray();
    // Rows as reports read them: the fold's own marker (which fold last moved a row) left out.
    out[name] = Object.fromEntries(rows.map(({ _id, fold: _fold, ...rest }) => [_id, rest]));
  }
  return out;
}

async function reportText(u: TelegramUser, command = '/report'): Promise<string> {
  const from = u.messages().length;
  await u.send(command);
  return u.messages().slice(from).filter((m) => m.kind === 'text').map((m) => m.text).join('\n');
}

/** abuali's report as exact figures, before rounding and suppression (the shown report rounds to 5). */
async function exactFigures() {
  const r = await audienceReachReport(new MongoReportCounters(h.app.db), h.app.plans, { kind: 'audience', code: 'abuali', displayName: 'Abu Ali' });
  const plan = r.plans.find((p) => p.planId === 'rc-1')!;
  return { followers: r.followers, funnel: plan.funnel, forum: plan.forum! };
}

const recountJobs = () => h.conn.db!.collection('agenda_jobs').find({ name: 'counters.recount' }).toArray();

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  h = await TelegramHarness.start('recount', { organisers: [ORG, ORG_AR], api: new FakeBotApiWithFiles() });
  org = h.user(ORG);
  await h.app.influencers.registry.register({ code: 'abuali', displayName: 'Abu Ali', language: 'en' });
  const a = await seed('abuali', 12);
  const d = await seed('direct', 6);
  const parsed = parsePlan(planYaml({ id: 'rc-1' }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await h.app.plans.propose(parsed.plan, 'org');
  await h.app.plans.transition('rc-1', 'proposed', 'published', { publishedAt: new Date(), enqueueDone: true });
  await deliver('rc-1', 'abuali', a.slice(0, 10));
  await deliver('rc-1', 'direct', d.slice(0, 5));
  for (const id of a.slice(0, 8)) await h.app.pledges.pledge('rc-1', id, 'abuali', new Date(Date.now() + DAY));
  for (const id of a.slice(0, 6)) await h.app.pledges.tick('rc-1', id, 'abuali', 1);
  for (const id of a.slice(0, 5)) {
    await h.app.pledges.tick('rc-1', id, 'abuali', 2);
    await h.app.pledges.tick('rc-1', id, 'abuali', 3);
    await h.app.pledges.setCompleted('rc-1', id, 'abuali', true);
  }
});
afterAll(() => h.close());

describe('building a report', () => {
  it('writes nothing: every counter collection is the same before and after', async () => {
    const before = await counterSnapshot();
    const text = await reportText(org, '/report abuali');
    await reportText(org, '/report');
    // Reach is counted live from the deliveries while the plan's reach is not frozen.
    expect(text).toContain('Reached: 10\n');
    expect((await exactFigures()).funnel).toMatchObject({ reached: 10, pledged: 8 });
    expect((await exactFigures()).forum).toMatchObject({ reached: 15, pledged: 8 });
    expect(await counterSnapshot()).toEqual(before);
    expect(Object.keys(before.counters!).some((id) => id.startsWith('rc-1|*|'))).toBe(false);
  });
});

describe('/recount', () => {
  it('is refused to someone who is not an organiser, and schedules nothing', async () => {
    const u = h.user(8123);
    await u.send('/recount');
    expect(u.last().text).toContain("for the Forum's organisers");
    expect(await recountJobs()).toHaveLength(0);
  });

  it("schedules the counters.recount job now, and answers in the organiser's language", async () => {
    const orgAr = h.user(ORG_AR, 'ar');
    await orgAr.send('/recount');
    expect(orgAr.last().text).toContain('يُعاد الآن حساب كلّ أرقام التقارير');
    const jobs = await recountJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ requestedBy: 'organiser' });
    expect(new Date(jobs[0]!.nextRunAt as Date).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('repairs counters made wrong on purpose, and reports read the right figures after', async () => {
    const right = await counterSnapshot(false);
    const rightText = await reportText(org, '/report abuali');
    await h.app.db.Counter.updateOne({ _id: 'rc-1|abuali|pledged' }, { $set: { n: 999 } });
    await h.app.db.Counter.updateOne({ _id: 'rc-1|abuali|task_2' }, { $set: { n: -40 } });
    const statsRow = await h.app.db.FollowerStats.findOne({ audience: 'abuali', status: 'active' }).lean<{ _id: string }>();
    await h.app.db.FollowerStats.updateOne({ _id: statsRow!._id }, { $set: { n: 5000 } });
    const dayRow = await h.app.db.JoinDay.findOne({ audience: 'abuali' }).lean<{ _id: string }>();
    await h.app.db.JoinDay.updateOne({ _id: dayRow!._id }, { $set: { n: 777 } });
    const wrong = await reportText(org, '/report abuali');
    expect(wrong).toContain('Pledged: 1,000');
    expect(wrong).toContain('Joined: 775');

    await h.app.start(); // agenda runs the job /recount scheduled above (polling every 200 ms here)
    await org.send('/recount');
    await until(async () => (await recountJobs()).every((j) => j.lastFinishedAt && !j.failReason));

    const after = await counterSnapshot(false);
    expect(after.follower_stats).toEqual(right.follower_stats);
    expect(after.join_days).toEqual(right.join_days);
    // The plan is published: the recount also froze its reach, from the deliveries sent.
    expect(after.counters).toEqual({
      ...right.counters,
      'rc-1|abuali|reached': { planId: 'rc-1', audience: 'abuali', metric: 'reached', n: 10 },
      'rc-1|direct|reached': { planId: 'rc-1', audience: 'direct', metric: 'reached', n: 5 },
      'rc-1|*|reached_frozen': { planId: 'rc-1', audience: '*', metric: 'reached_frozen', n: 1 },
    });
    const text = await reportText(org, '/report abuali');
    const exact = await exactFigures();
    expect(exact.followers.joined).toEqual({ all: 12, last7: 12, last30: 12 });
    expect(exact.followers.active).toBe(12);
    expect(exact.funnel).toEqual({ reached: 10, pledged: 8, tasks: [6, 5, 5], completed: 5 });
    expect(exact.forum).toEqual({ reached: 15, pledged: 8, tasks: [6, 5, 5], completed: 5 });
    // Shown rounded to 5, small groups hidden.
    expect(text).toContain('Joined: 10 · last 7 days: 10 · last 30 days: 10');
    expect(text).toContain('Reached: 10\n');
    expect(text.replace(/As of .*/, '')).toBe(rightText.replace(/As of .*/, ''));
  });

  it('counts followers who used /forget no more: their joins and pledges drop out', async () => {
    const u = await h.onboard(8200, { code: 'abuali' });
    expect((await exactFigures()).followers.joined.all).toBe(13);
    await u.send('/forget');
    await u.tap('Yes');
    // The live join-day counter still counts the join; the recount drops it.
    expect((await exactFigures()).followers.joined.all).toBe(13);
    await org.send('/recount');
    await until(async () => (await exactFigures()).followers.joined.all === 12);
  });
});
