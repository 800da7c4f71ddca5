/**
 * Taps racing through the whole bot (grammY, the core, the checklist, the stores) on the real
 * database: one follower tapping every task at once, and many followers tapping one task at
 * once. Every pledge, tick, completion and counter must end exact, and nobody is told of an error.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TASKS } from '../src/plans/plan-schema.js';
import { foldCounters } from './support/counters.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';
import { TelegramHarness } from './support/telegram-harness.js';

const AUDIENCE = 'racers';
const FIRST_CHAT = 8000;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('tap_race', { approvalsRequired: 1 });
  await seedFollowers(h.app, 41, { firstChatId: FIRST_CHAT, audience: AUDIENCE });
});
afterAll(() => h.close());

/** Puts a plan out to every follower: each has its message, whose buttons they tap. */
async function publishing(id: string, tasks: number): Promise<void> {
  expect((await h.app.planService.propose(planYaml({ id, tasks }), 'org')).ok).toBe(true);
  await h.app.planService.approve(id, 'org');
  expect((await h.app.planService.startPublishing(id, 'approved')).ok).toBe(true);
  await h.app.worker.drain();
}

/** Taps a button of the plan's message in a chat, as Telegram sends it: `p.<planId>|<option>`. */
function tap(chatId: number, planId: string, option: string): Promise<void> {
  const message = h.api.messages(chatId).find((m) => m.text.includes(`Plan ${planId}`));
  if (!message) throw new Error(`no message of ${planId} in chat`);
  return h.user(chatId).tapData(`p.${planId}|${option}`, message.message_id);
}

async function counter(planId: string, metric: string): Promise<number> {
  await foldCounters(h.app.db);
  return ((await h.app.db.Counter.findById(`${planId}|${AUDIENCE}|${metric}`).lean()) as { n?: number } | null)?.n ?? 0;
}

async function followerId(chatId: number): Promise<Types.ObjectId> {
  return new Types.ObjectId((await h.follower(chatId))!.id);
}

/** Nobody got the apology: every tap was answered with the checklist, not an error. */
function apologies(chatIds: number[]): number {
  const sorry = h.app.translator.t('en', 'error-generic');
  return chatIds.reduce((n, id) => n + h.api.messages(id).filter((m) => m.text === sorry).length, 0);
}

describe('racing taps', () => {
  it(`one follower tapping all ${MAX_TASKS} tasks twice, 20 taps at once, has every tick once and the plan completed once`, async () => {
    await publishing('race-all', MAX_TASKS);
    const tasks = Array.from({ length: MAX_TASKS }, (_, i) => i + 1);
    await Promise.all([...tasks, ...tasks].map((t) => tap(FIRST_CHAT, 'race-all', `t${t}+`)));
    const fid = await followerId(FIRST_CHAT);
    expect(apologies([FIRST_CHAT])).toBe(0);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'race-all', followerId: fid })).toBe(1);
    expect(await h.app.db.Completion.countDocuments({ planId: 'race-all', followerId: fid, task: { $gte: 1 } })).toBe(MAX_TASKS);
    // The pledge and the completion are marked among the ticks once each, whoever raced.
    expect(await h.app.db.Completion.countDocuments({ planId: 'race-all', followerId: fid, task: { $lte: 0 } })).toBe(2);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'race-all', followerId: fid, open: false })).toBe(1);
    expect(await h.app.db.CompletedPledge.countDocuments({ _id: `race-all|${fid.toHexString()}` })).toBe(1);
    expect(await counter('race-all', 'pledged')).toBe(1);
    expect(await counter('race-all', 'completed')).toBe(1);
    for (const t of tasks) expect(await counter('race-all', `task_${t}`)).toBe(1);
    expect(await h.app.pledges.progress('race-all', fid.toHexString())).toMatchObject({ pledged: true, done: tasks });
  });

  it('20 followers tapping the same task at once, twice over, make 20 pledges and 20 ticks', async () => {
    await publishing('race-one', 3);
    const chats = Array.from({ length: 20 }, (_, i) => FIRST_CHAT + 1 + i);
    const tapAll = () => Promise.all(chats.map((c) => tap(c, 'race-one', 't2+')));
    await Promise.all([tapAll(), tapAll()]);
    expect(apologies(chats)).toBe(0);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'race-one' })).toBe(20);
    expect(await h.app.db.Completion.countDocuments({ planId: 'race-one', task: 2 })).toBe(20);
    expect(await counter('race-one', 'pledged')).toBe(20);
    expect(await counter('race-one', 'task_2')).toBe(20);
    expect(await counter('race-one', 'completed')).toBe(0);
    // Every one of them sees their tick on the plan's message.
    for (const c of chats) expect(h.api.messages(c).find((m) => m.text.includes('Plan race-one'))!.text).toContain('✅ 2.');
  });

  it('20 followers unticking at once while 20 others tick: each count moves once', async () => {
    const tickers = Array.from({ length: 20 }, (_, i) => FIRST_CHAT + 21 + i);
    const untickers = Array.from({ length: 20 }, (_, i) => FIRST_CHAT + 1 + i);
    await Promise.all([
      ...tickers.map((c) => tap(c, 'race-one', 't2+')),
      ...untickers.map((c) => tap(c, 'race-one', 't2-')),
      ...untickers.map((c) => tap(c, 'race-one', 't2-')),
    ]);
    expect(apologies([...tickers, ...untickers])).toBe(0);
    expect(await h.app.db.Completion.countDocuments({ planId: 'race-one', task: 2 })).toBe(20);
    expect(await counter('race-one', 'task_2')).toBe(20);
    expect(await counter('race-one', 'pledged')).toBe(40);
  });
});

describe('pledges and ticks written before natural keys', () => {
  it('are found, ticked on, unticked and completed without a second pledge', async () => {
    await publishing('legacy-keys', 2);
    const chat = FIRST_CHAT + 40;
    const fid = await followerId(chat);
    const at = new Date();
    // As the previous version wrote them: ObjectId _ids, counted under their own ids.
    await h.app.db.Pledge.create({ _id: new Types.ObjectId(), planId: 'legacy-keys', followerId: fid, audience: AUDIENCE, pledgedAt: at, open: true });
    await h.app.db.Completion.create({ _id: new Types.ObjectId(), planId: 'legacy-keys', followerId: fid, audience: AUDIENCE, task: 1, at });
    const u = h.user(chat);
    await tap(chat, 'legacy-keys', 't2+');
    const plan = () => u.messages().find((m) => m.text.includes('Plan legacy-keys'))!;
    expect(plan().text).toContain('✅ 1.');
    expect(plan().text).toContain('✅ 2.');
    expect(await h.app.db.Pledge.countDocuments({ planId: 'legacy-keys', followerId: fid })).toBe(1);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'legacy-keys', followerId: fid, open: false })).toBe(1);
    await tap(chat, 'legacy-keys', 't1-');
    expect(await h.app.db.Completion.countDocuments({ planId: 'legacy-keys', followerId: fid, task: { $gte: 1 } })).toBe(1);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'legacy-keys', followerId: fid, open: true })).toBe(1);
    expect(plan().text).toContain('⬜ 1.');
  });
});
