import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../src/core/types.js';
import { parsePlan } from '../src/plans/plan-schema.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';
import { FakeBotApiWithFiles } from './reports-fake-api.js';

/*
 * A seeded forum with two influencers, "abuali" and "sara", plus a few direct followers. Every
 * expected figure below is written from the seed plan, not read back from the database.
 */
const ORG = 900001;
const ABUALI_CHAT = 8001;
const SARA_CHAT = 8002;
const DAY = 86_400_000;
let h: TelegramHarness;
let abuali: TelegramUser;
let sara: TelegramUser;
let org: TelegramUser;
let chat = 100_000;

interface Seed {
  audience: string;
  n: number;
  daysAgo: number;
  status?: 'active' | 'opted_out' | 'onboarding';
  blocked?: boolean;
  language?: Language;
  topics?: string[];
}

/** Creates followers through the store (so join counters move as in production), then sets their state. */
async function seed(s: Seed): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < s.n; i++) {
    const chatId = String(chat++);
    const { follower } = await h.app.followers.ensure({
      channel: 'telegram',
      address: h.app.vault.seal('telegram', chatId),
      language: s.language ?? 'en',
      timezone: 'Europe/London',
      audience: s.audience,
      at: new Date(Date.now() - s.daysAgo * DAY - 60_000),
    });
    await h.app.followers.update(follower.id, {
      status: s.status ?? 'active',
      topics: s.topics ?? ['uyghur'],
      ...(s.blocked ? { blocked: true } : {}),
    });
    ids.push(follower.id);
  }
  return ids;
}

/** Who did what on plan rep-1, per audience: ids of followers reached, pledged, ticking each task. */
async function act(planId: string, audience: string, ids: string[], f: { sent: number; failed: number; pledged: number; tasks: number[] }) {
  await h.app.db.Delivery.insertMany(
    ids.slice(0, f.sent + f.failed).map((id, i) => ({
      _id: `${planId}|${id}`,
      planId,
      followerId: new Types.ObjectId(id),
      audience,
      channel: 'telegram',
      language: 'en',
      batch: 0,
      status: i < f.sent ? 'sent' : 'failed',
      at: new Date(),
    })),
  );
  for (const id of ids.slice(0, f.pledged)) await h.app.pledges.pledge(planId, id, audience, new Date(Date.now() + DAY));
  for (const [t, n] of f.tasks.entries()) {
    for (const id of ids.slice(0, n)) await h.app.pledges.tick(planId, id, audience, t + 1);
  }
  // Every task done: the first min(tasks) followers.
  for (const id of ids.slice(0, Math.min(...f.tasks))) await h.app.pledges.setCompleted(planId, id, audience, true);
}

beforeAll(async () => {
  h = await TelegramHarness.start('reports', { organisers: [ORG], api: new FakeBotApiWithFiles() });
  await h.app.influencers.registry.register({ code: 'abuali', displayName: 'Abu Ali', language: 'en', ownerTelegramId: String(ABUALI_CHAT) });
  await h.app.influencers.registry.register({ code: 'sara', displayName: 'Sara', language: 'en', ownerTelegramId: String(SARA_CHAT) });
  abuali = h.user(ABUALI_CHAT);
  sara = h.user(SARA_CHAT);
  org = h.user(ORG);

  // abuali: 40 joined (12 this week, 10 more this month, 18 older).
  const aEn = await seed({ audience: 'abuali', n: 12, daysAgo: 2, topics: ['uyghur', 'sudan'] });
  const aEnOld = await seed({ audience: 'abuali', n: 8, daysAgo: 15, topics: ['uyghur'] });
  const aAr = await seed({ audience: 'abuali', n: 7, daysAgo: 60, language: 'ar', topics: ['uyghur'] });
  const aUr = await seed({ audience: 'abuali', n: 3, daysAgo: 60, language: 'ur', topics: ['uyghur', 'palestine'] });
  await seed({ audience: 'abuali', n: 6, daysAgo: 60, status: 'opted_out' });
  await seed({ audience: 'abuali', n: 2, daysAgo: 15, blocked: true });
  await seed({ audience: 'abuali', n: 2, daysAgo: 60, blocked: true });
  // sara: 25, all this week, English, Palestine.
  const s = await seed({ audience: 'sara', n: 25, daysAgo: 3, topics: ['palestine'] });
  // direct: 3, today.
  const d = await seed({ audience: 'direct', n: 3, daysAgo: 0 });

  const parsed = parsePlan(planYaml({ id: 'rep-1', topics: ['uyghur', 'palestine'] }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await h.app.plans.propose(parsed.plan, 'org');
  await h.app.db.Plan.updateOne({ planId: 'rep-1' }, { $set: { status: 'published', publishedAt: new Date(), enqueueDone: true } });
  const aActive = [...aEn, ...aEnOld, ...aAr, ...aUr];
  await act('rep-1', 'abuali', aActive, { sent: 28, failed: 2, pledged: 20, tasks: [18, 10, 3] });
  await act('rep-1', 'sara', s, { sent: 25, failed: 0, pledged: 4, tasks: [4, 0, 0] });
  await act('rep-1', 'direct', d, { sent: 3, failed: 0, pledged: 1, tasks: [1, 0, 0] });
});
afterAll(() => h.close());

const textsAfter = (u: TelegramUser, from: number) => u.messages().slice(from).filter((m) => m.kind === 'text').map((m) => m.text).join('\n');

describe("an influencer's /report", () => {
  let text = '';
  let from = 0;
  beforeAll(async () => {
    from = abuali.messages().length;
    await abuali.send('/report');
    text = textsAfter(abuali, from);
  });

  it('shows their followers: joins, status, languages and causes, rounded to 5, small groups as <10', () => {
    expect(text).toContain('Reach report — Abu Ali');
    // 40, 12 and 22 joined: shown rounded to 5.
    expect(text).toContain('Joined: 40 · last 7 days: 10 · last 30 days: 20');
    expect(text).toContain('Active: 30 · still signing up: <10');
    expect(text).toContain('Opted out: <10 · blocked the bot: <10');
    // 7 Arabic and 3 Urdu speakers are too few to name: together they are "others".
    expect(text).toContain('Languages: English 20 · others 10');
    expect(text).not.toContain('العربية');
    expect(text).toContain('Causes: Uyghurs 30 · Sudan 10 · others, fewer than 10 each');
    expect(text).not.toContain('Palestine');
  });

  it("shows each plan's funnel with rates, and the forum's rates beside them", () => {
    expect(text).toContain('“Plan rep-1 (en)” (rep-1)');
    // 28 reached, shown rounded to 5.
    expect(text).toContain('Reached: 30\n');
    // 20/28 = 71%, shown in steps of 5%: 70%; forum 25/56 = 45%.
    expect(text).toContain('Pledged: 20 (70% of reached · Forum: 45%)');
    // 18 of 20 = 90%; forum 23/25 = 92%, shown as 90%.
    expect(text).toContain('Task 1: 20 (90% of pledged · Forum: 90%)');
    expect(text).toContain('Task 2: 10 (50% of pledged · Forum: 40%)');
    // Three did task 3 and every task: too few to show, and no rate for them.
    expect(text).toContain('Task 3: <10\n');
    expect(text).toContain('Did every task: <10\n');
  });

  it('never shows a small count as a number, nor who anyone is', () => {
    expect(text).not.toMatch(/: [1-9](\D|$)/);
    // Every count shown is a multiple of 5, every percentage too.
    const figures = text
      .split('\n')
      .filter((line) => !line.startsWith('As of'))
      .join('\n')
      .replace(/Task \d+|rep-\d+|<10|last \d+ days|\/\w+/g, '');
    const numbers = [...figures.matchAll(/\d+/g)].map((m) => Number(m[0]));
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.filter((n) => n % 5 !== 0)).toEqual([]);
    expect(text).not.toMatch(/\b(10000\d|1000[0-9]{2})\b/); // no seeded chat id
  });

  it('comes with a funnel chart that is a valid PNG', () => {
    const photo = abuali.messages().slice(from).find((m) => m.kind === 'photo');
    expect(photo?.file?.filename).toMatch(/^reach-abuali-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = Buffer.from(photo!.file!.bytes);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.subarray(12, 16).toString()).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(bytes.subarray(-8, -4).toString()).toBe('IEND');
  });

  it('gives the CSV from the button, with the same figures', async () => {
    await abuali.tap('Spreadsheet');
    const doc = abuali.last();
    expect(doc.kind).toBe('document');
    expect(doc.file!.filename).toMatch(/^reach-abuali-.*\.csv$/);
    const csv = new TextDecoder().decode(doc.file!.bytes).replace(/^\uFEFF/, '');
    const rows = csv.trim().split('\r\n').map((r) => r.split(','));
    expect(rows[0]).toEqual(['scope', 'section', 'plan_id', 'plan_title', 'metric', 'value', 'rate_pct', 'rate_of', 'forum_rate_pct']);
    const value = (section: string, metric: string) => rows.find((r) => r[1] === section && r[4] === metric)?.slice(5);
    expect(value('followers', 'joined_all_time')).toEqual(['40', '', '', '']);
    expect(value('followers', 'joined_last_7_days')?.[0]).toBe('10');
    expect(value('followers', 'joined_last_30_days')?.[0]).toBe('20');
    expect(value('followers', 'active')?.[0]).toBe('30');
    expect(value('followers', 'signing_up')?.[0]).toBe('<10');
    expect(value('followers', 'opted_out')?.[0]).toBe('<10');
    expect(value('followers', 'blocked')?.[0]).toBe('<10');
    expect(value('language', 'en')?.[0]).toBe('20');
    expect(value('language', 'others')?.[0]).toBe('10');
    expect(value('language', 'ar')).toBeUndefined();
    expect(value('topic', 'sudan')?.[0]).toBe('10');
    expect(value('topic', 'palestine')).toBeUndefined();
    expect(value('plan', 'reached')).toEqual(['30', '', '', '']);
    expect(value('plan', 'pledged')).toEqual(['20', '70', 'reached', '45']);
    expect(value('plan', 'task_1')).toEqual(['20', '90', 'pledged', '90']);
    expect(value('plan', 'task_3')).toEqual(['<10', '', 'pledged', '']);
    expect(value('plan', 'completed_all')).toEqual(['<10', '', 'pledged', '']);
    for (const r of rows.slice(1)) for (const n of [r[5], r[6], r[8]]) if (n && /^\d+$/.test(n)) expect(Number(n) % 5).toBe(0);
  });

  it('/report csv sends the file directly', async () => {
    await abuali.send('/report csv');
    expect(abuali.last().kind).toBe('document');
  });
});

describe('one influencer never sees another’s figures', () => {
  it("sara's report has only her audience", async () => {
    const from = sara.messages().length;
    await sara.send('/report');
    const text = textsAfter(sara, from);
    expect(text).toContain('Reach report — Sara');
    expect(text).toContain('Joined: 25 · last 7 days: 25 · last 30 days: 25');
    expect(text).toContain('Active: 25');
    expect(text).toContain('Causes: Palestine 25');
    expect(text).toContain('Reached: 25\n');
    expect(text).toContain('Pledged: <10 (Forum: 45%)');
    expect(text).not.toContain('Abu Ali');
    expect(text).not.toContain('Reached: 28');
  });

  it("asking for another influencer's report is refused", async () => {
    await sara.send('/report abuali');
    expect(sara.last().text).toContain('only see the report of your own audience');
    await sara.tapData('rep.abuali|csv');
    expect(sara.last().kind).toBe('text');
    expect(sara.last().text).toContain('only see the report of your own audience');
  });

  it('a follower who is not an influencer gets no report', async () => {
    const u = h.user(8999);
    await u.send('/report');
    expect(u.last().text).toContain("for the Forum's influencers");
  });
});

describe('organisers', () => {
  it('see the forum-wide report', async () => {
    const from = org.messages().length;
    await org.send('/report');
    const text = textsAfter(org, from);
    expect(text).toContain('the whole Forum');
    // 68 joined, 58 active, 56 reached, 23 did task 1: rounded to 5; 92% in steps of 5%.
    expect(text).toContain('Joined: 70 · last 7 days: 40 · last 30 days: 50');
    expect(text).toContain('Active: 60');
    expect(text).toContain('Opted out: <10 · blocked the bot: <10');
    expect(text).toContain('Reached: 55\n');
    expect(text).toContain('Pledged: 25 (45% of reached)\n');
    expect(text).toContain('Task 1: 25 (90% of pledged)');
    expect(text).not.toContain('Forum:');
  });

  it("see any influencer's report", async () => {
    const from = org.messages().length;
    await org.send('/report abuali');
    expect(textsAfter(org, from)).toContain('Pledged: 20 (70% of reached · Forum: 45%)');
    await org.send('/report nobody');
    expect(org.last().text).toContain('I don\'t know an influencer with the code “nobody”');
  });
});

describe('subscriptions', () => {
  it('a weekly report goes out once a week', async () => {
    await abuali.send('/weekly on');
    expect(abuali.last().text).toContain('every week');
    const n = abuali.messages().length;
    const notifier = h.app.influencers.notifier;
    expect(await notifier.sendWeeklyDue(new Date())).toBe(0); // not a week yet
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    expect(await notifier.sendWeeklyDue(later)).toBe(1);
    expect(await notifier.sendWeeklyDue(later)).toBe(0);
    const fresh = abuali.messages().slice(n);
    expect(fresh[0]!.text).toContain('weekly reach report');
    expect(fresh[0]!.text).toContain('Joined: 40');
    expect(fresh.some((m) => m.kind === 'photo')).toBe(true);
    await abuali.send('/weekly off');
    expect(await notifier.sendWeeklyDue(new Date(Date.now() + 30 * DAY))).toBe(0);
  });

  it("after a plan's broadcast ends, subscribers get a short summary", async () => {
    await abuali.send('/summaries on');
    expect(abuali.last().text).toContain('short summary');
    const a = h.user(ORG);
    await a.send(`/propose\n${planYaml({ id: 'rep-2', topics: ['sudan'] })}`);
    // Two organisers' approvals of this revision (the harness has one organiser in chat).
    for (const who of ['org-a', 'org-b']) await h.app.planService.approve('rep-2', who);
    await a.send('/publish rep-2');
    await h.app.worker.drain();
    const summary = abuali.last().text;
    // Sudan is followed by 12 of abuali's active followers and nobody else's: shown as 10.
    expect(summary).toContain('“Plan rep-2 (en)” has now been sent to everyone');
    expect(summary).toContain('Your audience: 10 reached · <10 pledged so far.');
    expect(summary).toContain('The whole Forum: 10 reached.');
    expect(sara.last().text).not.toContain('rep-2');
    // The frozen reach is what the report shows.
    const from = abuali.messages().length;
    await abuali.send('/report');
    expect(textsAfter(abuali, from)).toContain('Reached: 10\n');
  });
});
