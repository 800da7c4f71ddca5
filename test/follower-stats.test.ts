import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildFollowerStats } from '../src/db/follower-stats.js';
import { foldCounters } from './support/counters.js';
import { TelegramHarness } from './support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('fstats');
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
});
afterAll(() => h.close());

async function live(): Promise<Record<string, number>> {
  await foldCounters(h.app.db);
  const rows = await h.app.db.FollowerStats.find({}).lean<{ _id: string; n: number }[]>();
  return Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [r._id, r.n]));
}

describe('follower state counters for reports', () => {
  it('stay equal to a full recount through joins, changes, opt-outs, blocks and erasures', async () => {
    const a = await h.onboard(1, { code: 'abuali', topics: ['uyghur', 'sudan'] });
    await h.onboard(2, { code: 'abuali', language: 'ar', topics: ['palestine'] });
    const c = await h.onboard(3, { topics: ['uyghur'] });
    const d = await h.onboard(4, { topics: ['sudan'] });
    await h.user(5).start('abuali'); // still onboarding
    await a.send('/stop');
    await h.app.core.markBlocked('telegram', '3');
    await d.send('/topics');
    await d.tap('Uyghurs');
    await d.tap('Done');
    await c.send('/help'); // writing again unblocks
    const e = await h.onboard(6, { topics: ['uyghur'] });
    await e.send('/forget');
    await e.tap('Yes');
    const maintained = await live();
    expect(Object.values(maintained).reduce((s, n) => s + n, 0)).toBe(5);
    await rebuildFollowerStats(h.app.db);
    expect(await live()).toEqual(maintained);
  });
});
