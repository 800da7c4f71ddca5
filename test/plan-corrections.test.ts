import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { BroadcastWorker } from '../src/broadcast/broadcast-worker.js';
import { SteadyPacer } from '../src/broadcast/pacer.js';
import { BROADCAST_RUN_ERASURES } from '../src/db/broadcast-run-erasure.js';
import { broadcastRunModels } from '../src/db/broadcast-run-models.js';
import { mongoBroadcastStores } from '../src/db/broadcast-stores.js';
import { MongoPlanCorrections } from '../src/db/plan-correction-store.js';
import { MongoReportCounters } from '../src/db/report-counters.js';
import { MongoProgressOfMany } from '../src/db/progress-of-many.js';
import { silentLogger } from '../src/logger.js';
import type { OutMessage } from '../src/core/types.js';
import type { StoredPlan } from '../src/plans/plan-types.js';
import { CorrectionService } from '../src/plans/correction-service.js';
import { planBroadcastMessages } from '../src/plan-broadcast-messages.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml, renderBroadcast } from './support/plans.js';
import { seedFollowers } from './support/seed.js';

const FIRST = 61_000;
const N = 30;
const PLAN = 'fix-1';
let h: TelegramHarness;
/** Messages the fake WhatsApp got, by chat id. */
const whatsapp = new Map<string, OutMessage[]>();
let waWorker: BroadcastWorker<StoredPlan>;

function fakeWhatsApp(): BroadcastSender {
  let n = 0;
  return {
    channel: 'whatsapp',
    pacer: new SteadyPacer(1000),
    configuredRate: 1000,
    async send(chatId, msg) {
      whatsapp.set(chatId, [...(whatsapp.get(chatId) ?? []), msg]);
      return `wa-${++n}`;
    },
  };
}

async function followerId(channel: 'telegram' | 'whatsapp', chatId: string): Promise<string> {
  const f = await h.app.db.Follower.findOne({ addressHash: h.app.vault.hash(channel, chatId) }).lean<{ _id: Types.ObjectId }>();
  return f!._id.toHexString();
}

async function drainUntil(done: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 60_000;
  while (!(await done()) && Date.now() < until) {
    await Promise.all([h.app.worker.drain(), waWorker.drain()]);
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await done()).toBe(true);
}

const runFinished = (id: string) => async () => Boolean((await h.app.corrections.broadcasts(PLAN)).find((r) => r.id === id)?.finished);

/** The correction: task 2's link fixed, task 3 withdrawn, task 4 appended. */
function correctionYaml(): string {
  return `${planYaml({ id: PLAN, tasks: 4 }).replaceAll(`https://example.org/${PLAN}/2`, `https://example.org/${PLAN}/2-fixed`)}withdraw: [3]\n`;
}

beforeAll(async () => {
  h = await TelegramHarness.start('corrections', { organisers: [1, 2, 3], approvalsRequired: 2, correctionApprovals: 1 });
  await seedFollowers(h.app, N, { firstChatId: FIRST, topics: ['uyghur'] });
  const now = new Date();
  const wa = Array.from({ length: 3 }, (_, i) => {
    const sealed = h.app.vault.seal('whatsapp', `4477009000${i}`);
    return { channel: 'whatsapp', addressHash: sealed.hash, addressSealed: sealed.sealed, language: 'en', topics: ['uyghur'], timezone: 'UTC', status: 'active', audience: 'direct', joinedAt: now, onboardedAt: now, lastInboundAt: now };
  });
  await h.app.db.Follower.insertMany(wa);
  waWorker = new BroadcastWorker(mongoBroadcastStores(h.app.db, h.app), {
    vault: h.app.vault,
    render: renderBroadcast(h.app.translator),
    compose: planBroadcastMessages({ progress: new MongoProgressOfMany(h.app.db), counters: new MongoReportCounters(h.app.db), corrections: new MongoPlanCorrections(h.app.db), translator: h.app.translator }),
    senders: [fakeWhatsApp()],
    log: silentLogger,
  });
  await h.user(1).send(`/propose\n${planYaml({ id: PLAN, tasks: 3 })}`);
  await h.user(1).send(`/approve ${PLAN}`);
  await h.user(2).send(`/approve ${PLAN}`);
  await h.app.planService.startPublishing(PLAN, 'approved');
  await drainUntil(async () => (await h.app.plans.get(PLAN))!.status === 'published');
}, 120_000);
afterAll(() => h.close());

describe('a correction of a published plan', () => {
  it('reaches each recipient once: edited in place with ticks kept on Telegram, sent anew on WhatsApp and where Telegram refuses the edit', async () => {
    const ticker = await followerId('telegram', String(FIRST));
    await h.app.pledges.pledge(PLAN, ticker, 'direct', new Date(Date.now() + 3_600_000));
    await h.app.pledges.tick(PLAN, ticker, 'direct', 1);
    // The follower at FIRST + 2 deleted the plan's message: Telegram refuses to edit it.
    h.api.failNext('editMessageText', { code: 400, description: 'Bad Request: message to edit not found' }, String(FIRST + 2));

    await h.user(1).send(`/correct\n${correctionYaml()}`);
    expect(h.user(1).texts().at(-1)).toContain('Correction 2');
    const plan = await h.app.plans.get(PLAN);
    expect(plan!.revision).toBe(1); // still live as it was until approved

    // CORRECTION_APPROVALS=1 (the plan needed 2): one approval applies it.
    await h.user(2).send(`/approve ${PLAN}`);
    expect(h.user(2).texts().at(-1)).toContain('applied');
    const corrected = await h.app.plans.get(PLAN);
    expect(corrected!.revision).toBe(2);
    expect(corrected!.content.en!.tasks).toHaveLength(4);
    expect(corrected!.withdrawnTasks).toEqual([3]);

    // A late joiner who got revision 2 already (the catch-up send) is skipped.
    const late = h.app.vault.seal('telegram', String(FIRST + 500));
    const lateId = new Types.ObjectId();
    await h.app.db.Follower.create({ _id: lateId, channel: 'telegram', addressHash: late.hash, addressSealed: late.sealed, language: 'en', topics: ['uyghur'], timezone: 'UTC', status: 'active', audience: 'direct', joinedAt: new Date(), onboardedAt: new Date(), lastInboundAt: new Date() });
    await h.app.db.Delivery.create({ _id: `${PLAN}|${lateId.toHexString()}`, planId: PLAN, followerId: lateId, audience: 'direct', channel: 'telegram', batch: -1, status: 'sent', reason: null, messageId: '1', at: new Date(), revision: 2 });

    const sendsBefore = new Map(h.api.sendsPerChat);
    await drainUntil(runFinished(`${PLAN}@r2`));

    for (let i = 0; i < N; i++) {
      const chat = String(FIRST + i);
      const newSends = (h.api.sendsPerChat.get(chat) ?? 0) - (sendsBefore.get(chat) ?? 0);
      const messages = h.api.messages(chat);
      const latest = messages.at(-1)!;
      expect(latest.text).toContain('Corrected by the organisers');
      expect(latest.text).toContain(`https://example.org/${PLAN}/2-fixed`);
      if (i === 2) {
        expect(newSends).toBe(1);
      } else {
        expect(newSends).toBe(0);
        expect(messages[0]!.edits).toBe(1);
      }
    }
    expect(h.api.messages(String(FIRST)).at(-1)!.text).toMatch(/✅ 1\./);
    expect(h.api.messages(String(FIRST + 1)).at(-1)!.text).not.toMatch(/✅ 1\./);
    expect(h.api.sendsPerChat.get(String(FIRST + 500)) ?? 0).toBe(0);
    for (const [, msgs] of whatsapp) {
      expect(msgs).toHaveLength(2);
      expect(msgs[1]!.text).toContain('task 2 updated · task 3 withdrawn · task 4 added');
    }
    expect(whatsapp.size).toBe(3);

    const { Send } = broadcastRunModels(h.app.db);
    const records = await Send.find({ broadcastId: `${PLAN}@r2` }).lean<{ how: string; revision: number; status: string }[]>();
    expect(records).toHaveLength(N + 3);
    expect(records.filter((r) => r.how === 'edited')).toHaveLength(N - 1);
    expect(records.filter((r) => r.how === 'resent')).toHaveLength(4);
    expect(records.every((r) => r.revision === 2 && r.status === 'sent')).toBe(true);

    // Applying again (another approval, the job) starts nothing twice.
    const edits = h.api.counts.edits;
    await h.user(3).send(`/approve ${PLAN}`);
    expect((await h.app.corrections.tick()).corrections).toBe(0);
    await Promise.all([h.app.worker.drain(), waWorker.drain()]);
    expect(h.api.counts.edits).toBe(edits);
  }, 120_000);

  it('counts approvals per revision, with the plan quorum when no smaller one is set', async () => {
    const service = new CorrectionService({
      plans: h.app.plans,
      corrections: new MongoPlanCorrections(h.app.db),
      runs: mongoBroadcastStores(h.app.db, h.app).runs,
      pauses: mongoBroadcastStores(h.app.db, h.app).pauses,
      deliveries: mongoBroadcastStores(h.app.db, h.app).deliveries,
      quorum: 2,
      topics: ['uyghur', 'palestine', 'sudan'],
    });
    const next = correctionYaml().replace('Because every small step matters.', 'Because every step matters.');
    expect((await service.propose(next, 'org-a')).vars.revision).toBe(3);
    // Organiser b approved revision 2; that does not count for 3.
    expect(await h.app.plans.countApprovals(PLAN, 3)).toBe(0);
    const first = await service.approve(PLAN, 'org-a');
    expect(first).toMatchObject({ key: 'org-correction-approved', vars: { count: 1, required: 2 } });
    expect((await service.approve(PLAN, 'org-a')).vars.count).toBe(1);
    expect((await h.app.plans.get(PLAN))!.revision).toBe(2);
    expect((await service.approve(PLAN, 'org-b')).key).toBe('org-correction-applied');
    expect((await h.app.plans.get(PLAN))!.revision).toBe(3);
    // Not the same plan any more: fewer tasks, other topics and a dropped language are refused.
    const fewer = await service.propose(planYaml({ id: PLAN, tasks: 2 }), 'org-a');
    expect(fewer).toMatchObject({ ok: false, key: 'org-plan-invalid' });
    expect(String(fewer.vars.errors)).toContain('task numbers stay');
    const topics = await service.propose(planYaml({ id: PLAN, tasks: 4, topics: ['sudan'] }), 'org-a');
    expect(String(topics.vars.errors)).toContain('topics');
    const dropped = await service.propose(planYaml({ id: PLAN, tasks: 4, languages: ['en'] }), 'org-a');
    expect(String(dropped.vars.errors)).toContain('content.ar');
    await drainUntil(runFinished(`${PLAN}@r3`));
  }, 120_000);

  it('leaves nothing of an erased follower in the corrections\' records, and the status stays true', async () => {
    const id = await followerId('telegram', String(FIRST + 5));
    const { Run, Send } = broadcastRunModels(h.app.db);
    // As if the enqueue had stopped right after them.
    await Run.updateOne({ _id: `${PLAN}@r2` }, { $set: { enqueueCursor: id } });
    for (const step of BROADCAST_RUN_ERASURES) await step.erase(h.app.db, { id, oid: new Types.ObjectId(id) });
    const dump = JSON.stringify([await Send.find({}).lean(), await Run.find({}).lean()]);
    expect(await Send.countDocuments({ broadcastId: `${PLAN}@r2` })).toBe(N + 3);
    expect(dump).not.toContain(id);
    const line = (await h.app.corrections.broadcasts(PLAN)).find((r) => r.id === `${PLAN}@r2`)!;
    expect(line).toMatchObject({ sent: N + 2, pending: 0 });
  });
});
