import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldCounters } from './support/counters.js';
import { planYaml } from './support/plans.js';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';
import { planFunnels } from '../src/reports/plan-figures.js';
import { toSafePlan } from '../src/reports/safe-report.js';
import { MongoReportCounters } from '../src/db/report-counters.js';

const ORG_A = 910001;
const ORG_B = 910002;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('plan-life-follower', { organisers: [ORG_A, ORG_B] });
});
afterAll(() => h.close());

async function publish(id: string, opts: { topics?: string[]; tasks?: number; endsAt?: string } = {}) {
  let yaml = planYaml({ id, topics: opts.topics ?? ['uyghur'], tasks: opts.tasks });
  if (opts.endsAt) yaml += `endsAt: ${opts.endsAt}\n`;
  await h.user(ORG_A).send(`/propose\n${yaml}`);
  await h.user(ORG_A).send(`/approve ${id}`);
  await h.user(ORG_B).send(`/approve ${id}`);
  await h.user(ORG_A).send(`/publish ${id}`);
  await h.app.worker.drain();
}

const planMessages = (u: TelegramUser, id: string) => u.messages().filter((m) => m.text.includes(`Plan ${id} `));
const deliveriesOf = async (planId: string, chatId: number) => {
  const f = await h.follower(chatId);
  return h.app.db.Delivery.find({ planId, followerId: f!.id }).lean<{ status: string; batch: number }[]>();
};

describe('late joiners', () => {
  it('a follower who joins after the publish gets the plan once, counted as reached', async () => {
    await h.onboard(8001, { topics: ['uyghur'] });
    await publish('late-1');
    const late = await h.onboard(8002, { topics: ['uyghur'] });
    expect(planMessages(late, 'late-1')).toHaveLength(1);
    // The plan arrives after the onboarding summary, as the same checklist.
    expect(late.last().text).toContain('0 of 3 done');
    expect(late.buttons()).toContain('⬜ 1. Task number 1');
    expect(await deliveriesOf('late-1', 8002)).toMatchObject([{ status: 'sent', batch: -1 }]);
    // The job finds nothing left to do, and the status counts them as sent, nobody pending.
    await h.app.catchUp.runPending();
    expect(planMessages(late, 'late-1')).toHaveLength(1);
    expect(await h.app.planService.broadcastStatus('late-1')).toMatchObject({ sent: 2, pending: 0 });
    // Their ticks work as anyone's.
    await late.tap('⬜ 2.', planMessages(late, 'late-1')[0]);
    expect(planMessages(late, 'late-1')[0]!.text).toContain('1 of 3 done');
  });

  it('joining while the broadcast is still being enqueued waits for it, and the broadcast sends it, once', async () => {
    const a = h.user(ORG_A);
    await a.send(`/propose\n${planYaml({ id: 'late-run', topics: ['uyghur'] })}`);
    await a.send('/approve late-run');
    await h.user(ORG_B).send('/approve late-run');
    await a.send('/publish late-run');
    // Publishing, its batches not written yet: the catch-up leaves it to the enqueue.
    expect((await h.app.plans.get('late-run'))!.enqueueDone).toBe(false);
    const u = await h.onboard(8007, { topics: ['uyghur'] });
    expect(planMessages(u, 'late-run')).toHaveLength(0);
    const f = (await h.follower(8007))!;
    expect(await h.conn.db!.collection('catch_ups').countDocuments({ _id: f.id as never })).toBe(1);
    await h.app.worker.drain();
    await h.app.catchUp.runPending();
    expect(planMessages(u, 'late-run')).toHaveLength(1);
    expect(await deliveriesOf('late-run', 8007)).toMatchObject([{ status: 'sent', batch: 0 }]);
    expect(await h.conn.db!.collection('catch_ups').countDocuments({ _id: f.id as never })).toBe(0);
  });

  it('many processes catching the same follower up send the plan once', async () => {
    await publish('late-race', { topics: ['palestine'] });
    const u = await h.onboard(8008, { topics: ['uyghur'] });
    const f = (await h.follower(8008))!;
    await h.app.followers.update(f.id, { topics: ['uyghur', 'palestine'] });
    await h.app.catchUp.intend(f.id);
    await Promise.all(Array.from({ length: 20 }, () => h.app.catchUp.run(f.id)));
    expect(planMessages(u, 'late-race')).toHaveLength(1);
  });

  it('a follower already sent the plan by the broadcast is not sent it again', async () => {
    const u = await h.onboard(8003, { topics: ['sudan'] });
    await publish('late-2', { topics: ['sudan'] });
    expect(planMessages(u, 'late-2')).toHaveLength(1);
    await h.app.catchUp.intend((await h.follower(8003))!.id);
    await h.app.catchUp.runPending();
    expect(planMessages(u, 'late-2')).toHaveLength(1);
  });

  it('adding a cause with a topic link, or coming back from /stop, sends the open plans for it', async () => {
    const u = await h.onboard(8004, { topics: ['uyghur'] });
    await publish('late-pal', { topics: ['palestine'] });
    expect(planMessages(u, 'late-pal')).toHaveLength(0);
    await u.send('/start direct-palestine');
    expect(planMessages(u, 'late-pal')).toHaveLength(1);

    const back = await h.onboard(8005, { topics: ['palestine'] });
    // late-pal reached them at onboarding already; a new plan while they are away does not.
    await back.send('/stop');
    await publish('late-pal-2', { topics: ['palestine'] });
    expect(planMessages(back, 'late-pal-2')).toHaveLength(0);
    await back.send('/start');
    expect(planMessages(back, 'late-pal-2')).toHaveLength(1);
    expect(planMessages(back, 'late-pal')).toHaveLength(1);
  });

  it('a restart between onboarding and the catch-up send neither skips nor doubles it', async () => {
    await publish('late-crash', { topics: ['sudan'] });
    // The process dies right after onboarding made them active, before the catch-up send.
    const real = h.app.catchUp.run.bind(h.app.catchUp);
    h.app.catchUp.run = async () => {
      throw new Error('killed');
    };
    const u = await h.onboard(8006, { topics: ['sudan'] });
    expect((await h.follower(8006))!.status).toBe('active');
    expect(planMessages(u, 'late-crash')).toHaveLength(0);
    h.app.catchUp.run = real;
    await h.app.stop();
    await h.boot();
    // After the restart, the catch-up job sends it, once, however often it runs.
    await Promise.all([h.app.catchUp.runPending(), h.app.catchUp.runPending(), h.app.catchUp.runPending()]);
    await h.app.catchUp.runPending();
    expect(planMessages(u, 'late-crash')).toHaveLength(1);
    expect(await deliveriesOf('late-crash', 8006)).toHaveLength(1);
    // Writing again does not send it again either (/plans lists it, it sends no checklist).
    await u.send('/plans');
    expect(u.last().text).toContain('1. Plan late-crash (en) · 0 of 3 done');
    expect(u.texts().filter((t) => t.startsWith('📋 Plan late-crash'))).toHaveLength(1);
    expect(await deliveriesOf('late-crash', 8006)).toHaveLength(1);
  });
});

describe('typed STOP on Telegram', () => {
  it('STOP (or توقف) opts out, START brings them back', async () => {
    const u = await h.onboard(8101);
    await u.send('STOP');
    expect((await h.follower(8101))!.status).toBe('opted_out');
    await u.send('start');
    expect((await h.follower(8101))!.status).toBe('active');
    const ar = await h.onboard(8102, { language: 'ar' });
    await ar.send('توقف');
    expect((await h.follower(8102))!.status).toBe('opted_out');
  });
});

describe('withdrawn tasks', () => {
  let u: TelegramUser;
  let v: TelegramUser;
  beforeAll(async () => {
    u = await h.onboard(8201, { topics: ['uyghur'] });
    v = await h.onboard(8202, { topics: ['uyghur'] });
    await publish('wd-1');
  });
  const checklist = () => planMessages(u, 'wd-1')[0]!;

  it('an organiser withdraws a task at once; its button says so and it no longer counts', async () => {
    await u.tap('⬜ 2.', checklist());
    // v did every task but the one about to be withdrawn.
    const vList = () => planMessages(v, 'wd-1')[0]!;
    await v.tap('⬜ 1.', vList());
    await v.tap('⬜ 3.', vList());
    await h.user(ORG_A).send('/withdraw wd-1 2');
    await h.app.planLife.settling;
    expect(h.user(ORG_A).last().text).toContain('withdrawn');
    expect((await h.app.plans.get('wd-1'))!.withdrawnTasks).toEqual([2]);
    // A second withdrawal changes nothing.
    await h.user(ORG_B).send('/withdraw wd-1 2');
    expect(h.user(ORG_B).last().text).toContain('already withdrawn');
    // The old button answers that it was withdrawn.
    await u.tapData('p.wd-1|t2-', checklist().message_id);
    expect(h.api.callsOf('answerCallbackQuery').at(-1)!.payload.text).toContain('withdrawn');
    // Ticking the other two completes the plan: the withdrawn one is not owed.
    await u.tap('⬜ 1.', checklist());
    await u.tap('⬜ 3.', checklist());
    expect(checklist().text).toContain('All done');
    expect(checklist().text).toContain('🚫 2.');
    expect(u.buttons(checklist()).some((b) => b.includes('2. Task'))).toBe(false);
    await foldCounters(h.app.db);
    const completed = (await h.app.db.Counter.findById('wd-1|direct|completed').lean()) as { n?: number } | null;
    // u by their taps, v settled by the withdrawal.
    expect(completed?.n).toBe(2);
    // Reports leave the withdrawn task out.
    const plan = (await h.app.plans.get('wd-1'))!;
    const { funnel } = await planFunnels(new MongoReportCounters(h.app.db), plan, null);
    const tasks = toSafePlan({ planId: plan.id, titles: {}, publishedAt: null, funnel }).stages.filter((s) => s.stage === 'task').map((s) => s.task);
    expect(tasks).toEqual([1, 3]);
  });
});

describe('the end of a plan', () => {
  // Typed ticks go to the newest open plan: the earlier tests' plans are closed first.
  const closeAll = async () => {
    for (const status of ['publishing', 'published'] as const) for (const p of await h.app.plans.withStatus(status)) await h.app.planLife.close(p.id);
  };
  it('endsAt is shown to followers in their language', async () => {
    const u = await h.onboard(8301, { topics: ['sudan'] });
    await publish('end-1', { topics: ['sudan'], endsAt: '2099-12-31T12:00:00Z' });
    expect(planMessages(u, 'end-1')[0]!.text).toContain('Open until 31 December 2099');
  });

  it('closing a plan early makes its buttons and typed ticks say it has ended', async () => {
    await closeAll();
    const u = await h.onboard(8302, { topics: ['sudan'] });
    await publish('end-2', { topics: ['sudan'] });
    await h.user(ORG_A).send('/close end-2');
    expect(h.user(ORG_A).last().text).toContain('closed');
    expect((await h.app.plans.get('end-2'))!.endedAt).toBeInstanceOf(Date);
    await u.tap('⬜ 1.', planMessages(u, 'end-2')[0]);
    expect(h.api.callsOf('answerCallbackQuery').at(-1)!.payload.text).toContain('has ended');
    await u.send('/done 1');
    expect(u.last().text).toContain('has ended');
    // /plans shows it among past plans.
    await u.send('/plans');
    expect(u.last().text).toContain('Past plans');
    await h.user(ORG_A).send('/close end-2');
    expect(h.user(ORG_A).last().text).toContain('not open');
  });

  it('the end job ends a plan at its end date once, whoever races', async () => {
    await publish('end-3', { topics: ['sudan'], endsAt: '2099-01-01T00:00:00Z' });
    expect(await h.app.planLife.endDue(new Date('2098-12-31T00:00:00Z'))).toBe(0);
    const runs = await Promise.all(Array.from({ length: 8 }, () => h.app.planLife.endDue(new Date('2099-01-02T00:00:00Z'))));
    expect(runs.filter((n) => n > 0)).toHaveLength(1);
    expect((await h.app.plans.get('end-3'))!.endedAt?.toISOString()).toBe('2099-01-01T00:00:00.000Z');
  });
});
