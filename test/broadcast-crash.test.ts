import { broadcastChildKilledAt } from './support/kill-half-way.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';

const FOLLOWERS = 600; // two batches: 500 and 100
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('crash', { organisers: [1], approvalsRequired: 1 });
  await seedFollowers(h.app, FOLLOWERS, { firstChatId: 50_000, topics: ['uyghur'] });
}, 120_000);
afterAll(() => h.close());

describe('a broadcast killed half-way', () => {
  it('completes after a restart with nobody skipped and at most the in-flight messages twice', async () => {
    const org = h.user(1);
    await org.send(`/propose\n${planYaml({ id: 'crash-1' })}`);
    await org.send('/approve crash-1');
    // Move it to publishing without letting this process's worker start sending.
    await h.app.planService.startPublishing('crash-1', 'approved');

    const beforeCrash = await broadcastChildKilledAt(FOLLOWERS / 2, { uri: h.uri, dataKey: h.dataKey });
    expect(beforeCrash.length).toBeGreaterThanOrEqual(FOLLOWERS / 2);
    expect(beforeCrash.length).toBeLessThan(FOLLOWERS);

    // A new process (this one) picks the broadcast up once the dead one's leases lapse.
    const until = Date.now() + 60_000;
    while ((await h.app.plans.get('crash-1'))!.status === 'publishing' && Date.now() < until) {
      await h.app.worker.drain();
      await new Promise((r) => setTimeout(r, 300));
    }
    expect((await h.app.plans.get('crash-1'))!.status).toBe('published');

    const counts = new Map<string, number>();
    for (const id of beforeCrash) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, n] of h.api.sendsPerChat) counts.set(id, (counts.get(id) ?? 0) + n);
    const skipped = Array.from({ length: FOLLOWERS }, (_, i) => String(50_000 + i)).filter((id) => !counts.has(id));
    const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    console.log(`crash test: ${beforeCrash.length} sent before the kill, ${h.api.counts.sends} after, ${duplicates} duplicates, ${skipped.length} skipped`);
    expect(skipped).toEqual([]);
    // What a crash can resend: messages in flight and results not yet written (flushed every 100 ms / 50).
    expect(duplicates).toBeLessThanOrEqual(50);
    const status = await h.app.planService.broadcastStatus('crash-1');
    expect(status).toMatchObject({ sent: FOLLOWERS, pending: 0, failed: 0 });
  }, 120_000);
});
