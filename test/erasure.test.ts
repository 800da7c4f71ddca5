import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { ERASURES, NOTHING_PERSONAL } from '../src/db/erasure.js';
import { parseGatheringInput } from '../src/gatherings/gathering-schema.js';
import { planYaml } from './support/plans.js';
import { TelegramHarness } from './support/telegram-harness.js';

const ORG_A = 920001;
const ORG_B = 920002;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('erasure', { organisers: [ORG_A, ORG_B] });
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
});
afterAll(() => h.close());

async function publish(id: string, topics: string[]) {
  await h.user(ORG_A).send(`/propose\n${planYaml({ id, topics, reminderAfterHours: 1 })}`);
  await h.user(ORG_A).send(`/approve ${id}`);
  await h.user(ORG_B).send(`/approve ${id}`);
  await h.user(ORG_A).send(`/publish ${id}`);
  await h.app.worker.drain();
}

/** Every document of every collection of the database, as text (ObjectIds as hex). */
async function dump(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { name } of await h.conn.db!.listCollections().toArray()) {
    out.set(name, JSON.stringify(await h.conn.db!.collection(name).find({}).toArray()));
  }
  return out;
}

describe('/forget', () => {
  it('leaves no trace of the follower in any collection, after a whole life with plans', async () => {
    const bystander = await h.onboard(9002, { topics: ['uyghur'] });
    const u = await h.onboard(9001, { code: 'abuali', topics: ['uyghur'] });
    const f = (await h.follower(9001))!;
    // A plan by broadcast: pledged, every task ticked, one unticked and ticked again.
    await publish('er-1', ['uyghur']);
    const checklist = () => u.messages().find((m) => m.text.startsWith('📋 Plan er-1'))!;
    for (const n of [1, 2, 3]) await u.tap(`⬜ ${n}.`, checklist());
    await u.tap('✅ 3.', checklist());
    await u.tap('⬜ 3.', checklist());
    // A second plan, pledged and reminded.
    await publish('er-2', ['uyghur']);
    await u.tap('⬜ 1.', u.messages().find((m) => m.text.startsWith('📋 Plan er-2'))!);
    expect(await h.app.reminders.runDue(new Date(Date.now() + 30 * 3_600_000))).toBeGreaterThanOrEqual(1);
    // A third, for a cause they add later: caught up.
    await publish('er-3', ['palestine']);
    await u.start('abuali-palestine');
    expect(u.texts().some((t) => t.startsWith('📋 Plan er-3'))).toBe(true);
    // A broadcast still owing them a send: a batch holding them, not sent yet.
    await h.app.db.BroadcastMembers.create({
      _id: 'er-4|0',
      planId: 'er-4',
      batch: 0,
      lastFollowerId: f.id,
      members: [{ f: f.id, c: 'telegram', a: 'abuali', l: 'en', s: f.addressSealed }],
    });
    await h.app.db.BroadcastBatch.create({ planId: 'er-4', batch: 0, channel: 'telegram', size: 1 });
    await h.app.db.Plan.updateOne({ planId: 'er-3' }, { $set: { enqueueCursor: f.id } });
    // A gathering: invited, said "I'll be there", reminded an hour before.
    const starts = new Date(Date.now() + 3 * 3_600_000);
    const input = parseGatheringInput(`cause: uyghur\nstarts: ${starts.toISOString()}\nlink: https://meet.example.org/live\ntitle: Erased evening`, ['uyghur'], new Date());
    if (!input.ok) throw new Error(input.errors.join());
    const gathering = await h.app.gatherings.announce(input.input, { kind: 'forum' }, 'org');
    await h.app.worker.drain();
    await u.tap("I'll be there", u.messages().find((m) => m.text.includes('Erased evening'))!);
    expect(await h.app.gatherings.said(gathering.id, f.id)).toBe(true);
    expect(await h.app.gatherings.remind(gathering.id, new Date(starts.getTime() - 30 * 60_000))).toBeGreaterThanOrEqual(1);
    // A conversation left open.
    await u.send('/timezone');

    const before = await dump();
    expect([...before.values()].some((d) => d.includes(f.id))).toBe(true);
    await u.send('/forget');
    await u.tap('Yes');
    expect(u.last().text).toContain('erased');

    const after = await dump();
    const traces = [f.id, f.addressHash, f.addressSealed];
    for (const [name, docs] of after) {
      for (const trace of traces) expect(docs.includes(trace), `${name} still holds ${trace === f.id ? 'their id' : 'their address'}`).toBe(false);
    }
    // The bystander keeps everything.
    const other = (await h.follower(9002))!;
    expect(await h.app.db.Delivery.countDocuments({ followerId: new Types.ObjectId(other.id) })).toBe(2);
    expect(bystander.texts().some((t) => t.startsWith('📋 Plan er-1'))).toBe(true);

    // Every collection is accounted for: erased, or holding nothing personal.
    const known = new Set([...ERASURES.map((e) => e.collection), ...Object.keys(NOTHING_PERSONAL)]);
    for (const name of after.keys()) expect(known.has(name), `collection ${name} is in neither ERASURES nor NOTHING_PERSONAL`).toBe(true);

    // plan status stays true: their sends count as settled, nobody is pending forever.
    for (const id of ['er-1', 'er-2', 'er-3']) expect((await h.app.planService.broadcastStatus(id)).pending, id).toBe(0);
    expect(await h.app.planService.broadcastStatus('er-4')).toMatchObject({ pending: 0, sent: 0 });
    expect(await h.app.planService.broadcastStatus('er-1')).toMatchObject({ sent: 1 });
  });
});
