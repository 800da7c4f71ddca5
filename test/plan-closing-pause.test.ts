import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';

const FIRST = 63_000;
let h: TelegramHarness;

async function followerId(chatId: number): Promise<string> {
  const f = await h.app.db.Follower.findOne({ addressHash: h.app.vault.hash('telegram', String(chatId)) }).lean<{ _id: Types.ObjectId }>();
  return f!._id.toHexString();
}

async function publish(id: string): Promise<void> {
  await h.user(1).send(`/propose\n${planYaml({ id, tasks: 3 })}`);
  await h.user(1).send(`/approve ${id}`);
  await h.app.planService.startPublishing(id, 'approved');
}

async function until(done: () => Promise<boolean>, drain = true): Promise<void> {
  const end = Date.now() + 60_000;
  while (!(await done()) && Date.now() < end) {
    if (drain) await h.app.worker.drain();
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await done()).toBe(true);
}

beforeAll(async () => {
  h = await TelegramHarness.start('closing', { organisers: [1], approvalsRequired: 1, broadcastRate: 200 });
}, 120_000);
afterAll(() => h.close());

describe('the end of a plan', () => {
  it('sends the results once, only to those who pledged, with small counts never shown', async () => {
    await seedFollowers(h.app, 40, { firstChatId: FIRST, topics: ['uyghur'] });
    await publish('close-1');
    await until(async () => (await h.app.plans.get('close-1'))!.status === 'published');
    // 13 pledge; all of them did task 1, 3 of them task 2: 13 shows as 15, 3 is never shown.
    for (let i = 0; i < 13; i++) {
      const id = await followerId(FIRST + i);
      await h.app.pledges.pledge('close-1', id, 'direct', new Date(Date.now() + 3_600_000));
      await h.app.pledges.tick('close-1', id, 'direct', 1);
      if (i < 3) await h.app.pledges.tick('close-1', id, 'direct', 2);
    }
    expect((await h.app.corrections.tick()).closings).toBe(0); // still open
    // Closed early (the end job's write, as organisers closing it do).
    await h.app.db.Plan.updateOne({ planId: 'close-1' }, { $set: { endedAt: new Date() } });
    const ticks = await Promise.all([h.app.corrections.tick(), h.app.corrections.tick(), h.app.corrections.tick()]);
    expect(ticks.reduce((n, t) => n + t.closings, 0)).toBe(1);

    const before = new Map(h.api.sendsPerChat);
    await until(async () => (await h.app.corrections.broadcasts('close-1')).find((r) => r.id === 'close-1#close')?.finished === true);
    for (let i = 0; i < 40; i++) {
      const chat = String(FIRST + i);
      const got = (h.api.sendsPerChat.get(chat) ?? 0) - (before.get(chat) ?? 0);
      expect(got).toBe(i < 13 ? 1 : 0);
    }
    const text = h.api.messages(String(FIRST)).at(-1)!.text;
    expect(text).toContain('has ended');
    expect(text).toContain('15 of us pledged to act');
    expect(text).toContain('15 of us: Task number 1');
    expect(text).not.toContain('Task number 2');
    expect(text).not.toMatch(/\b(3|13)\b/);
    // Started once: a later run of the job sends nothing more.
    expect((await h.app.corrections.tick()).closings).toBe(0);
    await h.app.worker.drain();
    expect(h.api.sendsPerChat.get(String(FIRST))! - before.get(String(FIRST))!).toBe(1);
  }, 120_000);

  it('a closing with only small counts thanks them without any figure', async () => {
    await publish('close-2');
    await until(async () => (await h.app.plans.get('close-2'))!.status === 'published');
    const id = await followerId(FIRST + 20);
    await h.app.pledges.pledge('close-2', id, 'direct', new Date(Date.now() + 3_600_000));
    await h.app.db.Plan.updateOne({ planId: 'close-2' }, { $set: { endsAt: new Date(Date.now() - 1000) } });
    expect((await h.app.corrections.tick()).closings).toBe(1);
    await until(async () => (await h.app.corrections.broadcasts('close-2')).find((r) => r.id === 'close-2#close')?.finished === true);
    const text = h.api.messages(String(FIRST + 20)).at(-1)!.text;
    expect(text).toContain('Too few of us took part');
    expect(text).not.toMatch(/\d+ of us/);
  }, 120_000);
});

describe('pausing a broadcast', () => {
  it('stops new sends, hands its claims back, and resumes where it stopped with nobody twice', async () => {
    const N = 1200;
    await seedFollowers(h.app, N, { firstChatId: 70_000, topics: ['palestine'] });
    await h.user(1).send(`/propose\n${planYaml({ id: 'pause-1', tasks: 2, topics: ['palestine'] })}`);
    await h.user(1).send('/approve pause-1');
    await h.app.planService.startPublishing('pause-1', 'approved');
    const sentTo = () => [...h.api.sendsPerChat.keys()].filter((c) => Number(c) >= 70_000 && Number(c) < 70_000 + N).length;
    h.app.worker.start();
    await until(async () => sentTo() >= 100, false);
    await h.user(1).send('/pause pause-1');
    expect(h.user(1).texts().at(-1)).toContain('Paused pause-1');
    // Sends in flight finish and the claim is looked at about every second.
    await new Promise((r) => setTimeout(r, 2_500));
    const paused = sentTo();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sentTo()).toBe(paused);
    expect(paused).toBeLessThan(N);
    // Batch claims only (the enqueue's, batch -1, is long over).
    const held = (await h.app.db.BatchClaim.find({ planId: 'pause-1', leaseUntil: { $gt: new Date() } }).lean<{ batch: number }[]>()).filter((c) => c.batch >= 0);
    expect(held).toEqual([]);
    expect((await h.app.plans.get('pause-1'))!.status).toBe('publishing');

    await h.user(1).send('/resume pause-1');
    expect(h.user(1).texts().at(-1)).toContain('Resumed');
    await until(async () => (await h.app.plans.get('pause-1'))!.status === 'published', false);
    await h.app.worker.stop();
    expect(sentTo()).toBe(N);
    const twice = [...h.api.sendsPerChat].filter(([c, n]) => Number(c) >= 70_000 && n > 1);
    expect(twice).toEqual([]);
    expect(await h.app.planService.broadcastStatus('pause-1')).toMatchObject({ sent: N, pending: 0 });
  }, 120_000);
});
