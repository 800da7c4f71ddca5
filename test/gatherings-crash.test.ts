import { broadcastChildKilledAt } from './support/kill-half-way.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatheringBroadcastId } from '../src/broadcast/broadcast-id.js';
import { broadcastRunModels } from '../src/db/broadcast-run-models.js';
import { parseGatheringInput } from '../src/gatherings/gathering-schema.js';
import { TelegramHarness, TEST_TOPICS } from './support/telegram-harness.js';
import { seedFollowers } from './support/seed.js';

const FOLLOWERS = 600; // two batches: 500 and 100
const FIRST = 53_000;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('gathering-crash', { organisers: [1] });
  await seedFollowers(h.app, FOLLOWERS, { firstChatId: FIRST, topics: ['uyghur'] });
}, 120_000);
afterAll(() => h.close());

describe('a gathering announcement killed half-way', () => {
  it('completes after a restart with nobody skipped and at most the in-flight invitations twice', async () => {
    const starts = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const parsed = parseGatheringInput(`cause: uyghur\nstarts: ${starts}\nlink: https://meet.example.org/live\ntitle: Crash-proof evening`, TEST_TOPICS, new Date());
    if (!parsed.ok) throw new Error(parsed.errors.join());
    // Announced here (this process's worker is not running), sent by the child.
    const g = await h.app.gatherings.announce(parsed.input, { kind: 'forum' }, 'org');
    const id = gatheringBroadcastId(g.id);

    const beforeCrash = await broadcastChildKilledAt(FOLLOWERS / 2, { uri: h.uri, dataKey: h.dataKey });
    expect(beforeCrash.length).toBeGreaterThanOrEqual(FOLLOWERS / 2);
    expect(beforeCrash.length).toBeLessThan(FOLLOWERS);

    // This process takes the broadcast over once the dead one's leases lapse.
    const { Run, Send } = broadcastRunModels(h.app.db);
    const finished = async () => Boolean((await Run.findById(id).lean<{ finishedAt: Date | null }>())?.finishedAt);
    const until = Date.now() + 60_000;
    while (!(await finished()) && Date.now() < until) {
      await h.app.worker.drain();
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(await finished()).toBe(true);

    const counts = new Map<string, number>();
    for (const chat of beforeCrash) counts.set(chat, (counts.get(chat) ?? 0) + 1);
    for (const [chat, n] of h.api.sendsPerChat) counts.set(chat, (counts.get(chat) ?? 0) + n);
    const skipped = Array.from({ length: FOLLOWERS }, (_, i) => String(FIRST + i)).filter((chat) => !counts.has(chat));
    const duplicates = [...counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    console.log(`gathering crash test: ${beforeCrash.length} invited before the kill, ${h.api.counts.sends} after, ${duplicates} twice, ${skipped.length} skipped`);
    expect(skipped).toEqual([]);
    // What a crash can resend: invitations in flight and results not yet written.
    expect(duplicates).toBeLessThanOrEqual(50);
    expect(await Send.countDocuments({ broadcastId: id, status: 'sent' })).toBe(FOLLOWERS);
    expect(await h.app.planService.broadcastStatus(id)).toMatchObject({ sent: FOLLOWERS, pending: 0, failed: 0 });
    // Every invitation is the gathering's, with its button.
    const last = h.api.callsOf('sendMessage').at(-1)!;
    expect(String(last.payload.text)).toContain('Crash-proof evening');
  }, 120_000);
});
