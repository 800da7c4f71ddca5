import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { consoleBroadcastSender } from '../src/channels/console/console-broadcast-sender.js';
import { openDatabase } from '../src/db/open-database.js';
import { silentLogger } from '../src/logger.js';
import { collectForumExport, writeForumExport } from '../src/ops/export-data.js';
import { ConsoleSession } from './support/console-harness.js';
import { testDatabaseUri } from './support/db.js';
import { planYaml } from './support/plans.js';
import { seedFollowers } from './support/seed.js';
import { PassThrough } from 'node:stream';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { SteadyPacer } from '../src/broadcast/pacer.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

/** Telegram for the seeded followers: every send lands. */
let sent = 0;
const telegramStandIn: BroadcastSender = { channel: 'telegram', pacer: new SteadyPacer(1000), configuredRate: 1000, send: async () => String(++sent) };

describe('npm run export', () => {
  it('writes plans, approvals, influencers and safe reports as JSON and CSV, and nothing that identifies a follower', async () => {
    const database = await openDatabase(await testDatabaseUri('export'), '/nonexistent', silentLogger);
    cleanups.push(() => database.close());
    const consoleOut = new PassThrough().resume();
    const app = await createApp({ conn: database.conn, dataKey: randomBytes(32), topics: ['uyghur'], defaultLanguage: 'en', log: silentLogger, senders: [consoleBroadcastSender(consoleOut), telegramStandIn] });
    await app.influencers.registry.register({ code: 'abuali', displayName: 'Abu Ali', language: 'en', ownerTelegramId: '777000111' });
    await seedFollowers(app, 30, { firstChatId: 555000, audience: 'abuali' });
    // One follower through the console too, who pledges and ticks.
    const session = new ConsoleSession({ app } as never, 'export-console-1', { banner: false });
    for (const line of ['join abuali-uyghur', '2', '0', '1']) await session.send(line);
    await app.planService.propose(planYaml({ id: 'export-plan' }), 'org-a');
    await app.planService.propose(planYaml({ id: 'export-plan', tasks: 2 }), 'org-a'); // revision 2
    await app.planService.approve('export-plan', 'org-a');
    await app.planService.approve('export-plan', 'org-b');
    await app.planService.publish('export-plan');
    // Two passes: in the first, one channel's sender may look before the other has enqueued everyone.
    await app.worker.drain();
    await app.worker.drain();
    await session.send('pledge');
    await session.send('done 1');
    await session.end();

    const dir = await mkdtemp(path.join(tmpdir(), 'export-test-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const data = await collectForumExport({
      plans: app.plans,
      progress: { totals: (id) => app.planService.broadcastStatus(id) },
      influencers: app.influencers.registry,
      counters: app.reportCounters,
      approvalsRequired: 2,
    });
    const files = await writeForumExport(data, dir);
    expect(files.map((f) => path.basename(f)).sort()).toEqual(['approvals.csv', 'forum.json', 'influencers.csv', 'plans.csv', 'report-abuali.csv', 'report-forum.csv']);
    const all = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');

    const json = JSON.parse(await readFile(path.join(dir, 'forum.json'), 'utf8')) as { plans: { id: string; revision: number; approvals: unknown[]; broadcast: { sent: number } }[] };
    expect(json.plans[0]).toMatchObject({ id: 'export-plan', revision: 2, approvals: [{ revision: 1, approvals: 0 }, { revision: 2, approvals: 2 }], broadcast: { sent: 31 } });
    expect(await readFile(path.join(dir, 'influencers.csv'), 'utf8')).toContain('abuali,Abu Ali,en,true,false,false');
    expect(await readFile(path.join(dir, 'approvals.csv'), 'utf8')).toContain('export-plan,2,2');
    expect(all).toContain('Plan export-plan (en)');

    // Nothing about any follower: ids, address hashes, sealed addresses, chat ids; nor the influencer's owner.
    const followers = await app.db.Follower.find({}).lean<{ _id: unknown; addressHash: string; addressSealed: string }[]>();
    expect(followers).toHaveLength(31);
    for (const f of followers) {
      expect(all).not.toContain(String(f._id));
      expect(all).not.toContain(f.addressHash);
      expect(all).not.toContain(f.addressSealed);
    }
    expect(all).not.toMatch(/555\d{3}|export-console-1|777000111/);
    const inf = await app.influencers.registry.get('abuali');
    expect(all).not.toContain(inf!.ownerSealed!);
  }, 90_000);
});
