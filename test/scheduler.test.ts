import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('scheduler', { organisers: [1], approvalsRequired: 1 });
  await h.app.start(); // agenda (polling every 200 ms here) and the broadcast worker
});
afterAll(() => h.close());

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('agenda on this database', () => {
  it('runs plan.publish at its time, and the running worker sends the plan', async () => {
    const u = await h.onboard(9001, { topics: ['uyghur'] });
    const org = h.user(1);
    await org.send(`/propose\n${planYaml({ id: 'timed-1' })}`);
    await org.send('/approve timed-1');
    // As /publish with a time does, but two seconds ahead rather than minutes.
    await h.app.plans.transition('timed-1', 'approved', 'scheduled');
    await h.app.scheduler.scheduleOnce('plan.publish', new Date(Date.now() + 2_000), { planId: 'timed-1' }, { planId: 'timed-1' });
    expect((await h.app.plans.get('timed-1'))!.status).toBe('scheduled');
    await until(async () => (await h.app.plans.get('timed-1'))!.status === 'published');
    expect(u.texts().filter((t) => t.includes('Plan timed-1'))).toHaveLength(1);
  }, 30_000);

  it('a job with bad data fails without running', async () => {
    await h.app.scheduler.agenda.now('plan.publish', { planId: '../../etc' } as never);
    await new Promise((r) => setTimeout(r, 1_000));
    const jobs = await h.conn.db!.collection('agenda_jobs').find({ name: 'plan.publish', 'data.planId': '../../etc' }).toArray();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.failReason).toContain('invalid data');
  });
});
