import { PLAN_FRESH_MS } from '../src/plans/plan-cache.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../src/plans/plan-schema.js';
import { foldCounters } from './support/counters.js';
import { FakeClock } from './support/fake-clock.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const ORG_A = 900001;
const ORG_B = 900002;
let h: TelegramHarness;
/** The broadcast pacer's time: its waits are instant, and recorded. */
const pacerClock = new FakeClock(Date.UTC(2026, 0, 1));

beforeAll(async () => {
  h = await TelegramHarness.start('plans', { organisers: [ORG_A, ORG_B], pacerClock });
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
});
afterAll(() => h.close());

/** Proposes and approves a plan by two organisers, then publishes and drains the broadcast. */
async function publish(yaml: string, id: string) {
  const a = h.user(ORG_A);
  const b = h.user(ORG_B);
  await a.send(`/propose\n${yaml}`);
  await a.send(`/approve ${id}`);
  await b.send(`/approve ${id}`);
  await a.send(`/publish ${id}`);
  await h.app.worker.drain();
}

describe('plan files', () => {
  it('reports each bad field with its path', () => {
    const r = parsePlan(`
id: Bad Id
topics: []
content:
  fr:
    title: ok title
    why: x
    tasks:
      - title: T
        how: do it
        minutes: 0
        link: http://insecure.example
        source: { vettedBy: F, date: not-a-date }
`);
    expect(r.ok).toBe(false);
    const errors = (r as { errors: string[] }).errors.join('\n');
    expect(errors).toContain('id:');
    expect(errors).toContain('topics:');
    expect(errors).toContain('content.fr.why');
    expect(errors).toContain('content.fr.tasks.0.minutes');
    expect(errors).toContain('content.fr.tasks.0.link');
    expect(errors).toContain('content.fr.tasks.0.source.date');
    expect(errors).toContain('English (en) is required');
  });

  it('rejects a language whose task list differs from English', () => {
    const yaml = planYaml({ id: 'mismatch', languages: ['en'] }).replace('content:', 'content:\n  fr: { title: Titre ok, why: Parce que., tasks: [] }');
    const r = parsePlan(yaml);
    expect(r.ok).toBe(false);
  });

  it('refuses YAML that is not YAML, with a clear line', () => {
    const r = parsePlan('id: [unclosed');
    expect(r.ok).toBe(false);
    expect((r as { errors: string[] }).errors[0]).toMatch(/^YAML:/);
  });

  it('the example plan in plans/ is valid', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(parsePlan(await readFile(new URL('../plans/example-uyghur.yaml', import.meta.url), 'utf8')).ok).toBe(true);
  });
});

describe('organisers handle plans in chat', () => {
  it('only organisers may use plan commands', async () => {
    const u = await h.onboard(5001);
    await u.send(`/propose\n${planYaml({ id: 'sneaky' })}`);
    expect(u.last().text).toContain('for the Forum');
    expect(await h.app.plans.get('sneaky')).toBeNull();
  });

  it('a plan needs approvals from two distinct organisers before it can go out', async () => {
    const a = h.user(ORG_A);
    const b = h.user(ORG_B);
    await a.send(`/validate\n${planYaml({ id: 'quorum-1' })}`);
    expect(a.last().text).toContain('is valid');
    await a.send(`/propose\n${planYaml({ id: 'quorum-1' })}`);
    expect(a.last().text).toContain('proposed');
    await a.send('/publish quorum-1');
    expect(a.last().text).toContain('needs 2 approvals');
    await a.send('/approve quorum-1');
    await a.send('/approve quorum-1'); // the same organiser twice counts once
    expect(a.last().text).toContain('1 of 2');
    await a.send('/publish quorum-1');
    expect(a.last().text).toContain('needs 2 approvals');
    await b.send('/approve quorum-1');
    expect(b.last().text).toContain('can be published');
    expect((await h.app.plans.get('quorum-1'))!.status).toBe('approved');
    await a.send('/cancel quorum-1');
    expect((await h.app.plans.get('quorum-1'))!.status).toBe('cancelled');
  });

  it('/preview shows the plan exactly as a follower in that language sees it', async () => {
    const a = h.user(ORG_A);
    await a.send(`/propose\n${planYaml({ id: 'preview-1', languages: ['en', 'ar'] })}`);
    await a.send('/preview preview-1 ar');
    expect(a.last().text).toContain('خطة preview-1');
    expect(a.buttons()[0]).toContain('المهمة رقم 1');
    await a.send('/preview preview-1 fr');
    expect(a.last().text).toContain('Plan preview-1 (en)'); // French falls back to English…
    expect(a.last().text).toContain('n’est pas'); // …with the language noted, in French (typographic apostrophe)
  });

  it('/help shows organisers their commands too, and followers not', async () => {
    const before = h.user(ORG_A).texts().length;
    await h.user(ORG_A).send('/help');
    const help = h.user(ORG_A).texts().slice(before).join('\n');
    expect(help).toContain('/planhelp');
    expect(help).toContain('/withdraw');
    const u = await h.onboard(5002);
    await u.send('/help');
    expect(u.texts().join('\n')).not.toContain('/planhelp');
  });

  it('/propose with broken YAML lists the problems', async () => {
    const a = h.user(ORG_A);
    await a.send('/propose\nid: x\ntopics: [atlantis]');
    expect(a.last().text).toContain('problems');
    expect(a.last().text).toContain('content');
  });

  it('/publish at a future time schedules it, and the job publishes it then', async () => {
    const a = h.user(ORG_A);
    const b = h.user(ORG_B);
    await a.send(`/propose\n${planYaml({ id: 'later-1' })}`);
    await a.send('/approve later-1');
    await b.send('/approve later-1');
    const at = new Date(Date.now() + 60 * 60_000).toISOString().slice(0, 16);
    await a.send(`/publish later-1 ${at}`);
    expect(a.last().text).toContain('will be published');
    expect((await h.app.plans.get('later-1'))!.status).toBe('scheduled');
    // Run the scheduled job's work as agenda would at that time.
    await h.app.planService.startPublishing('later-1', 'scheduled');
    expect((await h.app.plans.get('later-1'))!.status).toBe('publishing');
    await h.app.planService.cancel('later-1');
  });
});

describe('broadcast', () => {
  it('every eligible follower gets exactly one plan in their language; the ineligible none', async () => {
    const en = await h.onboard(6001, { code: 'abuali', topics: ['uyghur'] });
    const ar = await h.onboard(6002, { language: 'ar', topics: ['uyghur', 'sudan'] });
    const fr = await h.onboard(6003, { language: 'fr', topics: ['uyghur'] });
    const other = await h.onboard(6004, { topics: ['palestine'] });
    const stopped = await h.onboard(6005, { topics: ['uyghur'] });
    await stopped.send('/stop');
    const half = h.user(6006);
    await half.start(); // never finished onboarding
    const before = new Map([en, ar, fr, other, stopped, half].map((u) => [u.chatId, u.messages().length]));

    await publish(planYaml({ id: 'bc-1', languages: ['en', 'ar'] }), 'bc-1');

    const newOf = (u: typeof en) => u.messages().slice(before.get(u.chatId));
    expect(newOf(en)).toHaveLength(1);
    expect(newOf(en)[0]!.text).toContain('Plan bc-1 (en)');
    expect(newOf(en)[0]!.text).toContain('0 of 3 done');
    expect(newOf(ar)).toHaveLength(1);
    expect(newOf(ar)[0]!.text).toContain('خطة bc-1');
    expect(newOf(fr)).toHaveLength(1);
    expect(newOf(fr)[0]!.text).toContain('Plan bc-1 (en)');
    for (const u of [other, stopped, half]) expect(newOf(u)).toHaveLength(0);
    expect((await h.app.plans.get('bc-1'))!.status).toBe('published');
    const status = await h.app.planService.broadcastStatus('bc-1');
    expect(status.pending).toBe(0);
    // Publishing again changes nothing.
    await h.user(ORG_A).send('/publish bc-1');
    await h.app.worker.drain();
    expect(newOf(en)).toHaveLength(1);
  });

  it('a 429 is honoured with its retry_after and nobody is skipped', async () => {
    for (let i = 0; i < 5; i++) await h.onboard(6100 + i, { topics: ['sudan'] });
    // Aimed at a follower's chat, so it is the broadcast that meets it (not a reply to the organiser).
    h.api.failNext('sendMessage', { code: 429, retry_after: 1 }, '6102');
    const before = pacerClock.sleeps.length;
    await publish(planYaml({ id: 'bc-429', topics: ['sudan'] }), 'bc-429');
    // The whole channel waited out the retry_after (1 s) before sending again.
    expect(Math.max(...pacerClock.sleeps.slice(before))).toBeGreaterThanOrEqual(900);
    for (let i = 0; i < 5; i++) {
      expect(h.user(6100 + i).texts().filter((t) => t.includes('Plan bc-429'))).toHaveLength(1);
    }
    expect((await h.app.planService.broadcastStatus('bc-429')).sent).toBeGreaterThanOrEqual(5);
  });

  it('a 403 marks the follower blocked, and later plans skip them', async () => {
    const u = await h.onboard(6200, { topics: ['palestine'] });
    h.api.blocked.add('6200');
    await publish(planYaml({ id: 'bc-403', topics: ['palestine'] }), 'bc-403');
    expect((await h.follower(6200))!.blocked).toBe(true);
    const d = await h.app.db.Delivery.findOne({ planId: 'bc-403', followerId: (await h.follower(6200))!.id }).lean();
    expect(d!.status).toBe('blocked');
    // Writing to the bot again unblocks them.
    h.api.blocked.delete('6200');
    await u.send('/help');
    expect((await h.follower(6200))!.blocked).toBe(false);
  });

  it('other errors are retried, then recorded as failed with the reason', async () => {
    await h.onboard(6300, { topics: ['sudan'] });
    for (let i = 0; i < 3; i++) h.api.failNext('sendMessage', { code: 400, description: 'Bad Request: chat not found' }, '6300');
    await publish(planYaml({ id: 'bc-fail', topics: ['sudan'] }), 'bc-fail');
    const f = await h.follower(6300);
    const d = await h.app.db.Delivery.findOne({ planId: 'bc-fail', followerId: f!.id }).lean();
    expect(d!.status).toBe('failed');
    expect(d!.reason).toContain('chat not found');
  });
});

describe('pledging and ticking', () => {
  let u: Awaited<ReturnType<typeof h.onboard>>;
  beforeAll(async () => {
    u = await h.onboard(7001, { code: 'abuali', topics: ['uyghur'] });
    await publish(planYaml({ id: 'tick-1', topics: ['uyghur'] }), 'tick-1');
  });
  const planMessage = () => u.messages().find((m) => m.text.includes('Plan tick-1'))!;
  const counter = async (metric: string) => {
    await foldCounters(h.app.db);
    return ((await h.app.db.Counter.findById(`tick-1|abuali|${metric}`).lean()) as { n?: number } | null)?.n ?? 0;
  };

  it('ticking edits the message in place with a tick and the progress line', async () => {
    await u.tap('⬜ 1.', planMessage());
    const m = planMessage();
    expect(m.text).toContain('✅ 1.');
    expect(m.text).toContain('1 of 3 done');
    expect(m.edits).toBe(1);
    // A tick is a pledge in deed.
    expect(await h.app.db.Pledge.countDocuments({ planId: 'tick-1' })).toBe(1);
  });

  it('a double tap or a stale button never makes a duplicate', async () => {
    await u.tapData('p.tick-1|t2+', planMessage().message_id);
    await u.tapData('p.tick-1|t2+', planMessage().message_id);
    const f = await h.follower(7001);
    expect(await h.app.db.Completion.countDocuments({ planId: 'tick-1', followerId: f!.id, task: 2 })).toBe(1);
    expect(await counter('task_2')).toBe(1);
  });

  it('unticking is allowed', async () => {
    await u.tap('✅ 2.', planMessage());
    expect(planMessage().text).toContain('1 of 3 done');
    expect(await counter('task_2')).toBe(0);
  });

  it('the pledge button pledges once', async () => {
    await u.tapData('p.tick-1|pledge', planMessage().message_id);
    await u.tapData('p.tick-1|pledge', planMessage().message_id);
    expect(await h.app.db.Pledge.countDocuments({ planId: 'tick-1' })).toBe(1);
    expect(await counter('pledged')).toBe(1);
    expect(planMessage().text).toContain('You pledged');
  });

  it('finishing every task gets a thank-you with their influencer’s link', async () => {
    await u.tap('⬜ 2.', planMessage());
    await u.tap('⬜ 3.', planMessage());
    expect(planMessage().text).toContain('All done');
    expect(u.last().text).toContain('thank you');
    expect(u.last().text).toContain('https://t.me/forum_test_bot?start=abuali');
    expect(await counter('completed')).toBe(1);
    // Unticking one reopens it.
    await u.tap('✅ 3.', planMessage());
    expect(await counter('completed')).toBe(0);
    await u.tap('⬜ 3.', planMessage());
    expect(await counter('completed')).toBe(1);
  });

  it('sources are shown on request', async () => {
    await u.tap('Where these come from', planMessage());
    expect(u.last().text).toContain('Vetted by Forum meeting');
  });

  it('/plans lists open plans, and a cancelled plan’s buttons say it is gone', async () => {
    const v = await h.onboard(7002, { topics: ['kashmir'.length ? 'uyghur' : 'uyghur'] });
    await publish(planYaml({ id: 'open-1', topics: ['uyghur'] }), 'open-1');
    await v.send('/plans');
    expect(v.texts().some((t) => t.includes('open plan'))).toBe(true);
    expect(v.last().text).toContain('Plan open-1');
    // Cancelled by another process (written straight to the database): seen once this process's copy is stale.
    await h.app.db.Plan.updateOne({ planId: 'open-1' }, { $set: { status: 'cancelled' } });
    await new Promise((r) => setTimeout(r, PLAN_FRESH_MS));
    await v.tap('⬜ 1.');
    expect(v.notices().at(-1)).toContain('no longer active');
  });

  it('typed "done 2" ticks a task of the newest open plan', async () => {
    const w = await h.onboard(7003, { topics: ['uyghur'] });
    await publish(planYaml({ id: 'typed-1', topics: ['uyghur'] }), 'typed-1');
    await w.send('/done 2');
    expect(w.last().text).toContain('✅ 2.');
    await w.send('/done 99');
    expect(w.last().text).toContain('tasks 1 to 3');
  });
});
