import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { gatheringBroadcastId } from '../src/broadcast/broadcast-id.js';
import { broadcastRunModels } from '../src/db/broadcast-run-models.js';
import { MongoBroadcastRuns } from '../src/db/broadcast-runs.js';
import { gatheringModels, MongoGatheringReminderClaims, MongoGatheringStore, MongoRsvpStore } from '../src/db/gathering-store.js';
import { MongoJobClaims } from '../src/db/job-claims.js';
import { agendaBackend } from '../src/db/agenda-backend.js';
import { parseGatheringInput } from '../src/gatherings/gathering-schema.js';
import { GatheringService } from '../src/gatherings/gathering-service.js';
import { gatheringRemindJob, GATHERING_REMIND_JOB } from '../src/gatherings/gathering-jobs.js';
import { safeGatheringFigures } from '../src/gatherings/gathering-report.js';
import { parseStartTime } from '../src/gatherings/gathering-time.js';
import { silentLogger } from '../src/logger.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { FakeClock } from './support/fake-clock.js';
import { seedFollowers } from './support/seed.js';
import { TelegramHarness, TEST_TOPICS, type TelegramUser } from './support/telegram-harness.js';

const ORG = 940001;
const INF = 940002;
const HOUR = 3_600_000;
let h: TelegramHarness;

/** A start time in `days` days at 15:00 UTC, written as organisers would (ISO with its offset). */
function startIn(days: number): { iso: string; at: Date } {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(15, 0, 0, 0);
  return { iso: d.toISOString().replace('.000Z', 'Z'), at: d };
}

function announcement(opts: { cause?: string; starts: string; title: string; guests?: string; audience?: string }): string {
  return [
    '/gathering',
    `cause: ${opts.cause ?? 'uyghur'}`,
    `starts: ${opts.starts}`,
    'link: https://meet.example.org/live',
    `title: ${opts.title}`,
    ...(opts.guests ? [`guests: ${opts.guests}`] : []),
    'minutes: 90',
    ...(opts.audience ? [`audience: ${opts.audience}`] : []),
  ].join('\n');
}

/** The id the bot gave the newest gathering titled `title`. */
async function idOf(title: string): Promise<string> {
  const doc = await gatheringModels(h.app.db).Gathering.findOne({ title }).lean<{ _id: string }>();
  if (!doc) throw new Error(`no gathering "${title}"`);
  return doc._id;
}

const invitations = (u: TelegramUser, title: string) => u.messages().filter((m) => m.text.includes(title) && m.text.includes('📣'));

/** Followers, each in a zone without summer time so the expected local times never move. */
let jakartaEn: TelegramUser; // uyghur, direct
let riyadhAr: TelegramUser; // uyghur, abuali's audience
let dubaiFr: TelegramUser; // uyghur, abuali's audience
let otherCause: TelegramUser; // palestine only
let stopped: TelegramUser; // uyghur, sent /stop

async function zone(u: TelegramUser, timezone: string) {
  const f = (await h.follower(u.chatId))!;
  await h.app.followers.update(f.id, { timezone });
}

beforeAll(async () => {
  h = await TelegramHarness.start('gatherings', { organisers: [ORG] });
  await h.app.influencers.registry.register({ code: 'abuali', displayName: 'Abu Ali', language: 'en', ownerTelegramId: String(INF) });
  jakartaEn = await h.onboard(941001, { topics: ['uyghur'] });
  riyadhAr = await h.onboard(941002, { code: 'abuali', language: 'ar', topics: ['uyghur'] });
  dubaiFr = await h.onboard(941003, { code: 'abuali', language: 'fr', topics: ['uyghur'] });
  otherCause = await h.onboard(941004, { topics: ['palestine'] });
  stopped = await h.onboard(941005, { topics: ['uyghur'] });
  await stopped.send('/stop');
  await zone(jakartaEn, 'Asia/Jakarta');
  await zone(riyadhAr, 'Asia/Riyadh');
  await zone(dubaiFr, 'Asia/Dubai');
}, 60_000);
afterAll(() => h.close());

describe('announcing a gathering', () => {
  it('checks what is typed and says kindly what is wrong', async () => {
    const org = h.user(ORG);
    await org.send(['/gathering', 'cause: tibet', 'starts: tomorrow evening', 'link: http://meet.example.org/x', 'title: Hi'].join('\n'));
    const reply = org.last().text;
    expect(reply).toContain("can't be announced yet");
    expect(reply).toContain('https://');
    expect(reply).toContain('starts "tomorrow evening" is not a time');
    expect(reply).toContain('title needs 3 characters');
    // A follower (not a host) cannot announce.
    await jakartaEn.send(announcement({ starts: startIn(2).iso, title: 'Not mine' }));
    expect(jakartaEn.last().text).toContain('Only the forum’s organisers and influencers'.replace('’', "'"));
    expect(await gatheringModels(h.app.db).Gathering.countDocuments({})).toBe(0);
  });

  it('reads a local time with its zone, and refuses one in the past or a cause the forum does not have', () => {
    expect(parseStartTime('2026-12-05 18:00 Asia/Riyadh')?.toISOString()).toBe('2026-12-05T15:00:00.000Z');
    expect(parseStartTime('2026-12-05T18:00+03:00')?.toISOString()).toBe('2026-12-05T15:00:00.000Z');
    // 01:30 on the night the clocks go forward does not exist in London.
    expect(parseStartTime('2026-03-29 01:30 Europe/London')).toBeNull();
    expect(parseStartTime('2026-12-05 18:00 Mars/Olympus')).toBeNull();
    const past = parseGatheringInput('cause: uyghur\nstarts: 2020-01-01T10:00Z\nlink: https://x.org/a\ntitle: Late', TEST_TOPICS, new Date());
    expect(past).toMatchObject({ ok: false, errors: ['starts must be at least 15 minutes from now'] });
    const guests = parseGatheringInput(`cause: uyghur\nstarts: ${startIn(2).iso}\nlink: https://x.org/a\ntitle: Guests\nguests: A One, B Two`, TEST_TOPICS, new Date());
    expect(guests.ok && guests.input.guests).toEqual(['A One', 'B Two']);
  });

  it('goes to every follower of the cause who has not stopped, each in their own zone and language', async () => {
    const org = h.user(ORG);
    await org.send(announcement({ starts: startIn(2).iso, title: 'Evening with the families', guests: 'Abu Ali, Dr Amina Yusuf' }));
    expect(org.last().text).toContain('📣 Announced g_');
    await h.app.worker.drain();

    const [en] = invitations(jakartaEn, 'Evening with the families');
    expect(en!.text).toContain('📣 Live gathering: Evening with the families');
    expect(en!.text).toContain('Hosted by the Forum');
    // 15:00 UTC is 22:00 in Jakarta.
    expect(en!.text).toMatch(/at 22:00 GMT\+7/);
    expect(en!.text).toContain('With Abu Ali and Dr Amina Yusuf');
    expect(en!.text).toContain('90 minutes');
    expect(en!.text).toContain('\nhttps://meet.example.org/live');
    expect(jakartaEn.buttons(en)).toEqual(["✋ I'll be there"]);

    const [ar] = invitations(riyadhAr, 'Evening with the families');
    // 18:00 in Riyadh, in Arabic ("6:00 م").
    expect(ar!.text).toContain('لقاء مباشر');
    expect(ar!.text).toMatch(/6:00\s*م/);
    expect(riyadhAr.buttons(ar)).toEqual(['✋ سأحضر']);
    // The link stands alone on its line, with no direction mark beside it.
    expect(ar!.text.split('\n')).toContain('https://meet.example.org/live');

    const [fr] = invitations(dubaiFr, 'Evening with the families');
    expect(fr!.text).toContain('Rencontre en direct');
    expect(fr!.text).toMatch(/19:00/);

    expect(invitations(otherCause, 'Evening with the families')).toHaveLength(0);
    expect(invitations(stopped, 'Evening with the families')).toHaveLength(0);

    const id = await idOf('Evening with the families');
    const run = await h.app.corrections.broadcasts(id); // a gathering is no plan: nothing listed for it as one
    expect(run).toEqual([]);
    const { Run } = broadcastRunModels(h.app.db);
    expect(await Run.findById(gatheringBroadcastId(id)).lean()).toMatchObject({ kind: 'gathering', topics: ['uyghur'], audience: null });
    expect(await h.app.planService.broadcastStatus(gatheringBroadcastId(id))).toMatchObject({ sent: 3, pending: 0, failed: 0 });
    // Its reminder is booked for an hour before.
    const job = await h.conn.db!.collection('agenda_jobs').findOne({ name: GATHERING_REMIND_JOB, 'data.gatheringId': id });
    expect((job!.nextRunAt as Date).getTime()).toBe(startIn(2).at.getTime() - HOUR);
  });

  it('an influencer announces to their own audience only', async () => {
    const inf = h.user(INF);
    await inf.send(announcement({ starts: startIn(3).iso, title: 'Ask Abu Ali anything' }));
    expect(inf.last().text).toContain("in Abu Ali's audience");
    await h.app.worker.drain();
    expect(invitations(riyadhAr, 'Ask Abu Ali anything')).toHaveLength(1);
    expect(invitations(dubaiFr, 'Ask Abu Ali anything')[0]!.text).toContain('Organisée par Abu Ali');
    expect(invitations(jakartaEn, 'Ask Abu Ali anything')).toHaveLength(0);
    expect(invitations(stopped, 'Ask Abu Ali anything')).toHaveLength(0);
    // Another influencer's audience is not theirs to name.
    await inf.send(announcement({ starts: startIn(3).iso, title: 'Someone else', audience: 'sara' }));
    expect(inf.last().text).toContain('Which of your audiences');
  });
});

describe('answering "I\'ll be there"', () => {
  it('counts once per follower, even under 20 taps at once', async () => {
    const id = await idOf('Evening with the families');
    await Promise.all(Array.from({ length: 20 }, () => dubaiFr.tapData(`ga.${id}|yes`)));
    const { Rsvp } = gatheringModels(h.app.db);
    const f = (await h.follower(dubaiFr.chatId))!;
    expect(await Rsvp.countDocuments({ gatheringId: id, followerId: new Types.ObjectId(f.id) })).toBe(1);
    const notices = dubaiFr.notices();
    expect(notices.filter((n) => n.startsWith('À bientôt'))).toHaveLength(1);
    expect(notices.filter((n) => n.startsWith('Vous avez déjà dit'))).toHaveLength(19);
  });

  it('edits the invitation to say so, and lets them take it back', async () => {
    const msg = invitations(jakartaEn, 'Evening with the families')[0]!;
    await jakartaEn.tap("I'll be there", msg);
    expect(jakartaEn.notices().at(-1)).toContain('See you there');
    const edited = jakartaEn.messages().find((m) => m.message_id === msg.message_id)!;
    expect(edited.text).toContain("✅ You said you'll be there");
    expect(jakartaEn.buttons(edited)).toEqual(["I can't come after all"]);
    // The old button, tapped again: kindly told, still counted once.
    await jakartaEn.tapData(`ga.${await idOf('Evening with the families')}|yes`, msg.message_id);
    expect(jakartaEn.notices().at(-1)).toContain("already said you'll be there");
    await jakartaEn.tap("I can't come after all", edited);
    expect(jakartaEn.notices().at(-1)).toContain("you're off the list");
    const id = await idOf('Evening with the families');
    expect(await h.app.gatherings.said(id, (await h.follower(jakartaEn.chatId))!.id)).toBe(false);
    await jakartaEn.tapData(`ga.${id}|no`, msg.message_id);
    expect(jakartaEn.notices().at(-1)).toContain("weren't on the list");
    // And yes again, for the reminder below.
    await jakartaEn.tapData(`ga.${id}|yes`, msg.message_id);
    expect(await h.app.gatherings.said(id, (await h.follower(jakartaEn.chatId))!.id)).toBe(true);
  });

  it('answers forged, unknown and not-meant-for-you buttons kindly', async () => {
    const id = await idOf('Evening with the families');
    await otherCause.tapData(`ga.${id}|yes`);
    expect(otherCause.notices().at(-1)).toContain('meant for followers of another cause');
    await jakartaEn.tapData('ga.g_00000000|yes');
    expect(jakartaEn.notices().at(-1)).toContain('no longer active');
    await jakartaEn.tapData(`ga.${id}|maybe`);
    expect(jakartaEn.notices().at(-1)).toContain('no longer active');
    await jakartaEn.tapData('ga.../../etc|yes');
    expect(jakartaEn.notices().at(-1)).toContain('no longer active');
    // An influencer's gathering, tapped from outside their audience.
    await jakartaEn.tapData(`ga.${await idOf('Ask Abu Ali anything')}|yes`);
    expect(jakartaEn.notices().at(-1)).toContain('meant for followers of another cause');
    const { Rsvp } = gatheringModels(h.app.db);
    expect(await Rsvp.countDocuments({ gatheringId: 'g_00000000' })).toBe(0);
  });

  it('organisers pause and resume an announcement as they do a plan broadcast', async () => {
    const org = h.user(ORG);
    await org.send(announcement({ starts: startIn(4).iso, title: 'Held back' }));
    const id = gatheringBroadcastId(await idOf('Held back'));
    await org.send(`/pause ${id}`);
    expect(org.last().text.toLowerCase()).toContain('paused');
    await h.app.worker.drain();
    expect(invitations(jakartaEn, 'Held back')).toHaveLength(0);
    await org.send(`/resume ${id}`);
    await h.app.worker.drain();
    expect(invitations(jakartaEn, 'Held back')).toHaveLength(1);
  });

  it('those who said yes are told, once, when a gathering is cancelled', async () => {
    const org = h.user(ORG);
    await org.send(announcement({ starts: startIn(4).iso, title: 'Called off' }));
    await h.app.worker.drain();
    const id = await idOf('Called off');
    await jakartaEn.tap("I'll be there", invitations(jakartaEn, 'Called off')[0]);
    await riyadhAr.tap('سأحضر', invitations(riyadhAr, 'Called off')[0]);
    await Promise.all([org.send(`/gathering cancel ${id}`), org.send(`/gathering cancel ${id}`), h.app.gatherings.sweep()]);
    await h.app.gatherings.sweep();
    const told = (u: TelegramUser) => u.texts().filter((t) => t.startsWith('❌') && t.includes('Called off'));
    expect(told(jakartaEn)).toHaveLength(1);
    expect(told(jakartaEn)[0]).toMatch(/has been cancelled.*22:00 GMT\+7|22:00 GMT\+7.*has been cancelled/);
    expect(told(riyadhAr)).toHaveLength(1);
    expect(told(riyadhAr)[0]).toContain('أُلغي');
    expect(told(dubaiFr)).toHaveLength(0);
  });

  it('a cancelled gathering says so and sends nothing more', async () => {
    const org = h.user(ORG);
    await org.send(announcement({ starts: startIn(4).iso, title: 'Soon cancelled' }));
    const id = await idOf('Soon cancelled');
    await org.send(`/gathering cancel ${id}`);
    expect(org.last().text).toContain(`Cancelled ${id}`);
    await h.app.worker.drain();
    expect(invitations(jakartaEn, 'Soon cancelled')).toHaveLength(0);
    await jakartaEn.tapData(`ga.${id}|yes`);
    expect(jakartaEn.notices().at(-1)).toContain('has been cancelled');
    expect(await broadcastRunModels(h.app.db).Run.findById(gatheringBroadcastId(id)).lean()).toMatchObject({ finishedAt: expect.any(Date) });
    expect(await h.conn.db!.collection('agenda_jobs').countDocuments({ name: GATHERING_REMIND_JOB, 'data.gatheringId': id })).toBe(0);
  });
});

describe('the reminder an hour before', () => {
  /** The service as another bot process would run it, on its own clock. */
  const serviceAt = (clock: FakeClock) =>
    new GatheringService({
      ...{ store: new MongoGatheringStore(h.app.db), rsvps: new MongoRsvpStore(h.app.db), claims: new MongoGatheringReminderClaims(h.app.db) },
      ...{ runs: new MongoBroadcastRuns(h.app.db), followers: h.app.followers, vault: h.app.vault, translator: h.app.translator },
      senders: new Map([['telegram', h.broadcastSender]]),
      scheduler: { scheduleReminder: async () => undefined, cancelReminder: async () => undefined },
      log: silentLogger,
      now: () => new Date(clock.now()),
    });
  const reminders = (u: TelegramUser, title: string) => u.texts().filter((t) => t.startsWith('⏰') && t.includes(title));

  it('goes only to those who said yes, once, with two processes and two schedulers racing', async () => {
    const id = await idOf('Evening with the families');
    const start = startIn(2).at.getTime();
    // Riyadh says yes too; Jakarta took theirs back once and said yes again: one reminder each.
    await riyadhAr.tap('سأحضر', invitations(riyadhAr, 'Evening with the families')[0]);
    // Someone who said yes and then sent /stop is not reminded.
    const quitter = await h.onboard(941006, { topics: ['uyghur'] });
    await quitter.tapData(`ga.${id}|yes`);
    expect(quitter.notices().at(-1)).toContain('See you there');
    await quitter.send('/stop');
    const clock = new FakeClock(start - 61 * 60_000);
    const [a, b] = [serviceAt(clock), serviceAt(clock)];
    expect(await a.remind(id)).toBe(0);
    await clock.sleep(2 * 60_000); // 59 minutes before the start
    const sent = await Promise.all([a.remind(id), b.remind(id), a.sweep(), b.sweep(), a.remind(id)]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(3);
    for (const u of [jakartaEn, riyadhAr, dubaiFr]) expect(reminders(u, 'Evening with the families')).toHaveLength(1);
    expect(reminders(otherCause, 'Evening with the families')).toHaveLength(0);
    expect(reminders(quitter, 'Evening with the families')).toHaveLength(0);
    expect(reminders(jakartaEn, 'Evening with the families')[0]).toContain('Starting in an hour');
    expect(reminders(jakartaEn, 'Evening with the families')[0]).toMatch(/22:00 GMT\+7/);
    expect(reminders(riyadhAr, 'Evening with the families')[0]).toMatch(/6:00\s*م/);
    // Nothing more at the start, nor later.
    await clock.sleep(HOUR);
    expect(await a.remind(id)).toBe(0);
  });

  it('after the gathering, a tap on its old button is told it has taken place', async () => {
    const id = await idOf('Evening with the families');
    const after = new FakeClock(startIn(2).at.getTime() + 91 * 60_000);
    const f = (await h.follower(riyadhAr.chatId))!;
    expect((await serviceAt(after).answer(id, f, 'no')).outcome).toBe('over');
    expect(h.app.translator.t('ar', 'gathering-over-notice')).toContain('انعقد');
  });

  it('an announcement a crash left unstarted is started by the sweep', async () => {
    const input = parseGatheringInput(`cause: palestine\nstarts: ${startIn(3).iso}\nlink: https://meet.example.org/live\ntitle: Restarted`, TEST_TOPICS, new Date());
    if (!input.ok) throw new Error(input.errors.join());
    const g = await h.app.gatherings.announce(input.input, { kind: 'forum' }, 'org');
    // As if the process died between storing the gathering and starting its broadcast.
    await broadcastRunModels(h.app.db).Run.deleteOne({ _id: gatheringBroadcastId(g.id) });
    await h.app.worker.drain();
    expect(invitations(otherCause, 'Restarted')).toHaveLength(0);
    await Promise.all([h.app.gatherings.sweep(), h.app.gatherings.sweep()]);
    await h.app.worker.drain();
    expect(invitations(otherCause, 'Restarted')).toHaveLength(1);
  });

  it('two real schedulers picking up the same booked reminder send it once', async () => {
    const org = h.user(ORG);
    await org.send(announcement({ starts: startIn(5).iso, title: 'Second evening' }));
    await h.app.worker.drain();
    const id = await idOf('Second evening');
    await jakartaEn.tap("I'll be there", invitations(jakartaEn, 'Second evening')[0]);
    await dubaiFr.tap("J'y serai", invitations(dubaiFr, 'Second evening')[0]);
    const clock = new FakeClock(startIn(5).at.getTime() - 50 * 60_000);
    const schedulers = [0, 1].map(() => new Scheduler(agendaBackend(h.conn), silentLogger, new MongoJobClaims(h.conn), 100));
    await Promise.all(schedulers.map((s) => s.start([gatheringRemindJob(serviceAt(clock))])));
    try {
      await schedulers[0]!.scheduleOnce(GATHERING_REMIND_JOB, new Date(), { gatheringId: id }, { gatheringId: id });
      const until = Date.now() + 15_000;
      while (reminders(dubaiFr, 'Second evening').length + reminders(jakartaEn, 'Second evening').length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    expect(reminders(jakartaEn, 'Second evening')).toHaveLength(1);
    expect(reminders(dubaiFr, 'Second evening')).toHaveLength(1);
    expect(reminders(riyadhAr, 'Second evening')).toHaveLength(0);
    expect(await gatheringModels(h.app.db).Reminder.countDocuments({ gatheringId: id })).toBe(2);
  }, 30_000);
});

describe('reports: invited → said yes, per audience', () => {
  it('makes the figures safe: rounded, small counts hidden, small audiences never named', () => {
    const invited = new Map([['abuali', 30], ['direct', 14], ['tiny', 4]]);
    const yes = new Map([['abuali', 22], ['direct', 3], ['tiny', 2]]);
    expect(safeGatheringFigures(invited, yes, 'abuali')).toEqual({ invited: 30, yes: 20 });
    expect(safeGatheringFigures(invited, yes, 'tiny')).toEqual({ invited: null, yes: null });
    expect(safeGatheringFigures(invited, yes, null)).toEqual({
      invited: 50,
      yes: 25,
      // "tiny" is folded into the others; one hidden invited cell hides the smallest shown one too.
      audiences: [
        { code: 'abuali', invited: 30, yes: 20 },
        { code: 'direct', invited: null, yes: null },
        { code: '', invited: null, yes: null },
      ],
    });
    // Too few invited for a breakdown: the totals only.
    expect(safeGatheringFigures(new Map([['abuali', 12]]), new Map([['abuali', 11]]), null)).toEqual({ invited: 10, yes: 10 });
  });

  it('shows organisers the forum-wide figures and an influencer their own audience’s, in /report', async () => {
    await seedFollowers(h.app, 30, { firstChatId: 942_000, topics: ['sudan'], audience: 'abuali' });
    await seedFollowers(h.app, 14, { firstChatId: 943_000, topics: ['sudan'], audience: 'direct' });
    await seedFollowers(h.app, 4, { firstChatId: 944_000, topics: ['sudan'], audience: 'tiny' });
    await h.user(ORG).send(announcement({ cause: 'sudan', starts: startIn(6).iso, title: 'Sudan now' }));
    await h.app.worker.drain();
    const id = await idOf('Sudan now');
    expect(await h.app.planService.broadcastStatus(gatheringBroadcastId(id))).toMatchObject({ sent: 48, pending: 0 });
    const say = async (audience: string, n: number) => {
      const rows = await h.app.db.Follower.find({ audience, topics: 'sudan' }).select({ _id: 1 }).limit(n).lean<{ _id: Types.ObjectId }[]>();
      for (const r of rows) expect((await h.app.gatherings.answer(id, (await h.app.followers.findById(r._id.toHexString()))!, 'yes')).outcome).toBe('said-yes');
    };
    await say('abuali', 22);
    await say('direct', 3);
    await say('tiny', 2);

    const org = h.user(ORG);
    await org.send('/report');
    const forum = org.texts().find((t) => t.includes('📣 Gatherings'))!;
    expect(forum).toMatch(/Sudan now · .*: 50 → 25/);
    expect(forum).toContain('abuali: 30 → 20');
    expect(forum).toContain('direct: <10 → <10');
    expect(forum).not.toContain('tiny');
    expect(forum).toMatch(/Second evening · .*: <10 → <10/);

    const inf = h.user(INF);
    await inf.send('/report');
    const own = inf.texts().find((t) => t.includes('📣 Gatherings'))!;
    expect(own).toMatch(/Sudan now · .*: 30 → 20/);
    expect(own).toMatch(/Ask Abu Ali anything · .*: <10 → <10/);
    expect(own).not.toContain('direct');
    // A forum gathering for a cause none of their audience follows is not theirs to see.
    expect(own).not.toContain('Restarted');
  }, 60_000);
});

describe('on a text channel', () => {
  it('the invitation says what to type, and "going" / "not going" answer it', async () => {
    const { ConsoleHarness } = await import('./support/console-harness.js');
    const ch = await ConsoleHarness.start('gatherings-console');
    try {
      const c = ch.session('gather-1');
      await c.send('hello');
      await c.send('2');
      await c.send('1');
      await c.send('1');
      const input = parseGatheringInput(`cause: uyghur\nstarts: ${startIn(2).iso}\nlink: https://meet.example.org/live\ntitle: Typed answers`, TEST_TOPICS, new Date());
      if (!input.ok) throw new Error(input.errors.join());
      await ch.app.gatherings.announce(input.input, { kind: 'forum' }, 'org');
      await ch.app.worker.drain();
      await new Promise((r) => setTimeout(r, 100));
      expect(c.stdout).toContain('Live gathering: Typed answers');
      expect(c.stdout).toContain("Reply going to say you'll be there.");
      await c.send('going');
      expect(c.texts().some((t) => t.includes('See you there'))).toBe(true);
      expect(c.last()).toContain("✅ You said you'll be there");
      await c.send('going');
      expect(c.last()).toContain("already said you'll be there");
      await c.send('not going');
      expect(c.texts().some((t) => t.includes("you're off the list"))).toBe(true);
      await c.send('gatherings');
      expect(c.last()).toContain('Live gathering: Typed answers');
    } finally {
      await ch.close();
    }
  }, 60_000);
});

describe('npm run gathering', () => {
  it('announces, lists and cancels as an organiser with their own token, and refuses bad details', async () => {
    const { execFile } = await import('node:child_process');
    const org = h.user(ORG);
    await org.send('/clitoken');
    const token = /ORGANISER_TOKEN=(\S+)/.exec(org.last().text)![1]!;
    const env = { ...process.env, MONGODB_URI: h.uri, DATA_KEY: h.dataKey.toString('base64'), ADMIN_TELEGRAM_IDS: String(ORG), TOPICS: TEST_TOPICS.join(','), ORGANISER_TOKEN: token };
    const cli = (...args: string[]) =>
      new Promise<{ code: number; out: string }>((done) => {
        execFile('npx', ['tsx', 'src/cli/gathering.ts', ...args], { env, timeout: 60_000 }, (err, stdout, stderr) =>
          done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
        );
      });
    const starts = startIn(7).iso;
    const bad = await cli('announce', '--cause', 'uyghur', '--starts', starts, '--link', 'http://meet.example.org/live', '--title', 'From the CLI', '--as', String(ORG));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('link must be an https:// address');
    const noToken = await cli('announce', '--cause', 'uyghur', '--starts', starts, '--link', 'https://meet.example.org/live', '--title', 'From the CLI', '--as', '123');
    expect(noToken.code).toBe(77);
    const made = await cli('announce', '--cause', 'uyghur', '--starts', starts, '--link', 'https://meet.example.org/live', '--title', 'From the CLI', '--guests', 'Abu Ali', '--as', String(ORG));
    expect(made.out).toContain('📣 Announced g_');
    const id = /Announced (g_[0-9a-f]{8})/.exec(made.out)![1]!;
    // The running bot sends it.
    await h.app.worker.drain();
    expect(invitations(jakartaEn, 'From the CLI')).toHaveLength(1);
    expect((await cli('list')).out).toContain(`${id} · From the CLI`);
    const cancelled = await cli('cancel', id, '--as', String(ORG));
    expect(cancelled.out).toContain(`Cancelled ${id}`);
    expect((await h.app.gatherings.get(id))?.status).toBe('cancelled');
  }, 120_000);
});

describe('on WhatsApp', () => {
  it('a Turkish follower answers one of two gatherings by its number, in their own words', async () => {
    const { WhatsAppHarness } = await import('./support/whatsapp-harness.js');
    const wh = await WhatsAppHarness.start('gatherings-wa');
    try {
      const u = wh.user('905301112233');
      await u.send('katıl');
      await u.send('4'); // Türkçe
      await u.send('1'); // Uyghurs
      await u.send('1');
      for (const [title, days] of [['İlk buluşma', 2], ['İkinci buluşma', 3]] as const) {
        const input = parseGatheringInput(`cause: uyghur\nstarts: ${startIn(days).iso}\nlink: https://meet.example.org/live\ntitle: ${title}`, TEST_TOPICS, new Date());
        if (!input.ok) throw new Error(input.errors.join());
        await wh.app.gatherings.announce(input.input, { kind: 'forum' }, 'org');
      }
      await wh.app.worker.drain();
      const invites = u.texts().filter((t) => t.includes('Canlı buluşma'));
      expect(invites).toHaveLength(2);
      expect(invites[0]).toContain('_Geleceğinizi söylemek için *geleceğim* yazın._');
      expect(invites[0]).toContain('18:00 GMT+3');
      // Two coming up and no number: asked which one.
      await u.send('geleceğim');
      await u.send('GELECEĞİM');
      expect(u.last()).toContain('Hangisi?');
      await u.send('geleceğim 2');
      expect(u.texts().some((t) => t.includes('Görüşmek üzere'))).toBe(true);
      const f = (await u.follower())!;
      const [first, second] = await wh.app.gatherings.invitedTo(f);
      expect(await wh.app.gatherings.said(second!.id, f.id)).toBe(true);
      expect(await wh.app.gatherings.said(first!.id, f.id)).toBe(false);
      // Now only the first is unanswered: a bare word means it.
      await u.send('geleceğim');
      expect(await wh.app.gatherings.said(first!.id, f.id)).toBe(true);
      await u.send('gelemiyorum 1');
      expect(u.texts().some((t) => t.includes('artık listede değilsiniz'))).toBe(true);
      expect(await wh.app.gatherings.said(first!.id, f.id)).toBe(false);
      await u.send('buluşmalar');
      expect(u.texts().filter((t) => t.startsWith('1. 📣') || t.startsWith('2. 📣')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await wh.close();
    }
  }, 60_000);
});
