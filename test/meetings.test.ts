/**
 * The forum's meetings on the real database, through the bot on the fake Bot API: an invitation
 * in each member's language and zone, answers and their changes under racing taps, reminders a
 * day and an hour before as agenda jobs (two schedulers racing, the clock moved), a cancelled
 * meeting silent, proposals and backings on the agenda, and minutes naming a plan's meeting.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { parseQuorumRule, type QuorumRule } from '../src/forum/quorum-rule.js';
import { parseMeetingText, parseWhen } from '../src/meetings/meeting-parse.js';
import { silentLogger } from '../src/logger.js';
import { organiserKey } from '../src/plans/organiser-commands.js';
import { forumCommand } from '../src/cli/forum-command.js';
import { TelegramHarness, TEST_TOPICS, type TelegramUser } from './support/telegram-harness.js';
import { planYaml } from './support/plans.js';

const rule = (text: string): QuorumRule => {
  const r = parseQuorumRule(text);
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r;
};

async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SCHEDULE = (when: string, topic = 'Winter campaign') =>
  ['/meeting schedule', `when: ${when}`, 'link: https://meet.example.org/forum-jan', `topic: ${topic}`, 'guests: Dr Amina Yusuf; Prof. Li Wei', 'agenda: Reports of the month; Next plan', '- Any other business'].join('\n');

describe('the schedule lines', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it('reads a time in a zone or a place, and refuses the past, http links and unknown lines kindly', () => {
    expect(parseWhen('2026-12-15 18:00 Europe/Istanbul')).toEqual({ at: new Date('2026-12-15T15:00:00Z'), zone: 'Europe/Istanbul' });
    expect(parseWhen('2026-12-15 18:00 Karachi')).toEqual({ at: new Date('2026-12-15T13:00:00Z'), zone: 'Asia/Karachi' });
    expect(parseWhen('2026-07-01 09:30 London')).toMatchObject({ at: new Date('2026-07-01T08:30:00Z') });
    expect(parseWhen('2026-02-30 18:00 London')).toEqual({ error: 'meeting-error-date' });
    expect(parseWhen('2026-12-15 18:00 Atlantis')).toEqual({ error: 'meeting-error-zone' });
    expect(parseWhen('tomorrow')).toEqual({ error: 'meeting-error-when' });
    const ok = parseMeetingText(SCHEDULE('2026-12-15 18:00 Istanbul').split('\n').slice(1).join('\n'), now);
    expect(ok.ok && ok.meeting).toMatchObject({ topic: 'Winter campaign', guests: ['Dr Amina Yusuf', 'Prof. Li Wei'], agenda: ['Reports of the month', 'Next plan', 'Any other business'] });
    const bad = parseMeetingText('when: 2026-11-15 18:00 Istanbul\nlink: http://x.org\nflavour: vanilla', now);
    expect(!bad.ok && bad.errors.map((e) => e.key).sort()).toEqual(['meeting-error-line', 'meeting-error-link', 'meeting-error-missing-topic', 'meeting-error-past']);
  });
});

describe('forum meetings', () => {
  let h: TelegramHarness;
  let second: App | undefined;
  let org: TelegramUser, tr: TelegramUser, fr: TelegramUser;
  const key = (id: number) => organiserKey(h.app.vault, String(id));

  beforeAll(async () => {
    h = await TelegramHarness.start('meetings', { organisers: [1], quorum: rule('1') });
    org = h.user(1);
    tr = h.user(3, 'tr');
    fr = h.user(4, 'fr');
    await org.send('/member add 3 influencer amina');
    await org.send('/member add 4 influencer bilal');
    await tr.send('/profile language tr');
    await tr.send('/profile zone Istanbul');
    await fr.send('/profile language fr');
    await fr.send('/profile zone Karachi');
  }, 60_000);
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await second?.stop();
    await h?.close();
  });

  const schedule = async (when: string, topic?: string) => {
    await org.send(SCHEDULE(when, topic));
    const id = /Meeting (mt[a-z0-9]{4}) is scheduled/.exec(org.last().text)?.[1];
    if (!id) throw new Error(`not scheduled: ${org.last().text}`);
    scheduledReply = org.last().text;
    await h.app.meetings.sending;
    return id;
  };
  const invitation = (u: TelegramUser, id: string) => u.messages().find((m) => m.text.includes(`(${id})`) && m.reply_markup);

  let meetingId = '';
  let scheduledReply = '';

  it('invites each member in their language, with the time in their own zone and its place name', async () => {
    meetingId = await schedule('2027-01-15 18:00 Europe/London');
    expect(scheduledReply).toContain('Friday, 15 January 2027 at 18:00 (London time)');
    expect(scheduledReply).toContain('Invitations going out: 3');
    expect(scheduledReply).not.toContain('cannot reach');
    // The organiser is a member too, invited in English in the zone English suggests (London).
    expect(invitation(org, meetingId)!.text).toContain('Friday, 15 January 2027 at 18:00 (London time)');
    const a = invitation(tr, meetingId)!;
    expect(a.text).toContain('Forum toplantısına davetlisiniz');
    expect(a.text).toContain('15 Ocak 2027 Cuma 21:00');
    expect(a.text).toContain('İstanbul');
    expect(tr.buttons(a)).toEqual(['Evet', 'Hayır', 'Belki']);
    const b = invitation(fr, meetingId)!;
    expect(b.text).toContain('vendredi 15 janvier 2027 à 23:00');
    expect(b.text).toContain('Karachi');
    expect(b.text).toContain('Dr Amina Yusuf, Prof. Li Wei');
    expect(b.text).toContain('https://meet.example.org/forum-jan');
    expect(fr.buttons(b)).toEqual(['Oui', 'Non', 'Peut-être']);
    // A restart re-running the invitations (the sweep) sends nobody a second one.
    expect(await h.app.meetings.sendDueInvites()).toBe(0);
    expect(tr.messages().filter((m) => m.text.includes(`(${meetingId})`))).toHaveLength(1);
  });

  it('records an answer, lets it change, and 20 racing taps leave one record', async () => {
    await tr.tap('Evet', invitation(tr, meetingId));
    expect(tr.notices().at(-1)).toContain('geliyorsunuz');
    expect(tr.buttons(invitation(tr, meetingId))).toContain('✓ Evet');
    await tr.tap('Hayır', invitation(tr, meetingId));
    const mine = async () => (await h.app.meetings['deps'].store.rsvps(meetingId)).filter((r) => r.member === key(3));
    expect(await mine()).toEqual([{ member: key(3), answer: 'no' }]);
    await Promise.all(Array.from({ length: 20 }, (_, i) => fr.tapData(`mt.${meetingId}|${i % 2 ? 'y' : 'm'}`)));
    const rows = (await h.app.meetings['deps'].store.rsvps(meetingId)).filter((r) => r.member === key(4));
    expect(rows).toHaveLength(1);
    expect(await h.conn.db!.collection('meeting_rsvps').countDocuments({ _id: `${meetingId}|${key(4)}` as never })).toBe(1);
    await fr.send(`/rsvp ${meetingId} maybe`);
    await tr.send(`/rsvp ${meetingId} yes`);
    // A forged or stale tap is answered kindly, and an outsider's tap records nothing.
    await fr.tapData('mt.mtzzzz|y');
    expect(fr.notices().at(-1)).toBeTruthy();
    await h.user(77).tapData(`mt.${meetingId}|y`);
    expect(await h.app.meetings['deps'].store.rsvps(meetingId)).toHaveLength(2);
  });

  it('lists proposals on the agenda with backing counts; 12 racing backings by one member count once; a member who left stops counting', async () => {
    await tr.send(`/proposal ${meetingId} Kış kitap kampanyası\nHer etkileyici bir kitap listesi paylaşır.`);
    expect(tr.last().text).toContain(`${meetingId}-1`);
    await fr.send(`/proposal ${meetingId} Une lettre aux députés\nChaque membre envoie la même lettre.`);
    expect(fr.last().text).toContain(`${meetingId}-2`);
    await fr.send(`/proposal ${meetingId} Sans texte`);
    expect(fr.last().text).toContain('/proposal mt4k2x');
    await Promise.all(Array.from({ length: 12 }, () => fr.send(`/back ${meetingId}-1`)));
    await org.send(`/back ${meetingId}-1`);
    await org.send(`/back ${meetingId}-2`);
    await org.send(`/meeting show ${meetingId}`);
    let view = org.last().text;
    expect(view).toContain(`• ${meetingId}-1: Kış kitap kampanyası — backed by 2 members`);
    expect(view).toContain(`• ${meetingId}-2: Une lettre aux députés — backed by one member`);
    expect(view).toContain('Answers: 1 yes, 1 maybe, 0 no; 1 not answered yet.');
    expect(view).toContain('1. Reports of the month');
    // A paper sent as a document with the proposal as its caption: Telegram keeps the file, the bot its id.
    await tr.sendDocument('%PDF-1.4 a list of books', 'kitaplar.pdf', `/proposal ${meetingId} Kitap listesi\nListe ekte.`);
    expect(tr.last().text).toContain(`${meetingId}-3`);
    const stored = (await h.app.meetings.proposal(`${meetingId}-3`))!;
    expect(stored.file).toMatchObject({ name: 'kitaplar.pdf' });
    await org.send(`/meeting show ${meetingId}`);
    expect(org.last().text).toContain(`📎 kitaplar.pdf — /proposal ${meetingId}-3 file`);
    await org.send(`/proposal ${meetingId}-3 file`);
    expect(org.last()).toMatchObject({ kind: 'document', extra: { document: stored.file!.id } });
    await org.send(`/proposal ${meetingId}-1 file`);
    expect(org.last().text).toContain('came with no document');
    await fr.send(`/unback ${meetingId}-1`);
    await fr.send(`/back ${meetingId}-1`);
    await fr.send('/leave');
    await org.send(`/meeting show ${meetingId}`);
    view = org.last().text;
    expect(view).toContain(`• ${meetingId}-1: Kış kitap kampanyası — backed by one member`);
    expect(view).toContain('Answers: 1 yes, 0 maybe, 0 no; 1 not answered yet.');
    await org.send('/member add 4 influencer bilal');
    await fr.send('/profile language fr');
    await fr.send('/profile zone Karachi');
  });

  it('reminds a day and an hour before, once each, with two schedulers racing; a cancelled meeting sends none', async () => {
    const startAt = Date.now();
    // A meeting three days ahead, and one that will be cancelled.
    const at = new Date(Math.ceil((startAt + 3 * 86_400_000) / 60_000) * 60_000);
    const when = `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`;
    const id = await schedule(when, 'Racing reminders');
    const gone = await schedule(when, 'Cancelled one');
    await tr.send(`/rsvp ${id} yes`);
    await fr.send(`/rsvp ${id} no`);
    await org.send(`/meeting cancel ${gone}`);
    expect(org.last().text).toContain(`Meeting ${gone} is cancelled`);
    await h.app.meetings.sending;
    expect(tr.texts().filter((t) => t.includes('Cancelled one'))).toHaveLength(2);
    const jobs = await h.conn.db!.collection('agenda_jobs').find({ name: 'meetings.remind', 'data.meetingId': id }).toArray();
    expect(jobs.map((j) => [j.data.kind, (j.nextRunAt as Date).getTime()]).sort()).toEqual([
      ['day', at.getTime() - 86_400_000],
      ['hour', at.getTime() - 3_600_000],
    ]);
    second = await createApp({
      conn: h.conn, dataKey: h.dataKey, topics: TEST_TOPICS, defaultLanguage: 'en', log: silentLogger,
      quorum: rule('1'), organiserIds: ['1'], senders: [h.broadcastSender], schedulerEveryMs: 200,
    });
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(at.getTime() - 86_400_000 - 60_000);
    await Promise.all([h.app.start(), second.start()]);
    await pause(1_500);
    const dayOf = (u: TelegramUser, topic: string) => u.texts().filter((t) => t.includes(topic) && t.includes('⏰'));
    expect(dayOf(tr, 'Racing reminders')).toHaveLength(0);
    vi.setSystemTime(at.getTime() - 86_400_000 + 1_000);
    await until(() => dayOf(tr, 'Racing reminders').length > 0 && dayOf(org, 'Racing reminders').length > 0);
    await pause(1_500);
    // A day before: who said yes (tr) and who has not answered (the organiser); not who said no (fr).
    expect(dayOf(tr, 'Racing reminders')).toEqual([expect.stringContaining('Yarın')]);
    expect(dayOf(org, 'Racing reminders')).toEqual([expect.stringContaining('Tomorrow')]);
    expect(dayOf(fr, 'Racing reminders')).toHaveLength(0);
    await fr.send(`/rsvp ${id} maybe`);
    vi.setSystemTime(at.getTime() - 3_600_000 + 1_000);
    await until(() => dayOf(tr, 'Racing reminders').length > 1 && dayOf(fr, 'Racing reminders').length > 0);
    await pause(1_500);
    // An hour before: yes and maybe only.
    expect(dayOf(tr, 'Racing reminders')).toHaveLength(2);
    expect(dayOf(fr, 'Racing reminders')).toEqual([expect.stringContaining('Dans une heure')]);
    expect(dayOf(org, 'Racing reminders')).toHaveLength(1);
    expect(dayOf(tr, 'Cancelled one')).toHaveLength(0);
    expect(dayOf(org, 'Cancelled one')).toHaveLength(0);
    // After it: the minutes, and the plan made from a proposal names the meeting.
    await tr.send(`/proposal ${id} Kitaplar\nBir liste.`);
    expect(tr.last().text).toContain(`${id}-1`);
    await org.send(`/minutes ${id}\nToo early.`);
    expect(org.last().text).toContain("hasn't started yet");
    await org.send(`/propose\n${planYaml({ id: 'books-1' })}`);
    vi.setSystemTime(at.getTime() + 2 * 3_600_000);
    await org.send(`/minutes ${id}\nWe agreed on a book drive.\nplan: ${id}-1 books-1`);
    expect(org.last().text).toContain(`Minutes of meeting ${id} are recorded.\nPlans coming from this meeting: 1.`);
    expect((await h.app.plans.get('books-1'))!.meeting).toBe(id);
    await org.send('/status books-1');
    expect(org.last().text).toContain(`books-1: proposed`);
    expect(org.last().text).toContain(`· from meeting ${id}`);
    await org.send(`/meeting show ${id}`);
    expect(org.last().text).toContain(`${id}-1: Kitaplar — backed by 0 members → books-1`);
    expect(org.last().text).toContain('We agreed on a book drive.');
    await org.send(`/minutes ${id}\nplan: ${id}-9 books-1`);
    expect(org.last().text).toContain(`proposal called “${id}-9”`);
  }, 90_000);

  it('a moved meeting tells the invited, its old reminders do nothing; a member the bot never heard from is counted', async () => {
    const id = await schedule('2027-03-01 12:00 UTC', 'Moving one');
    const oldDay = new Date('2027-02-28T12:00:00Z');
    await org.send(`/meeting move ${id} 2027-03-02 12:00 Istanbul`);
    expect(org.last().text).toContain(`Meeting ${id} is moved to`);
    await h.app.meetings.sending;
    expect(fr.texts().filter((t) => t.includes('Moving one') && t.includes("change d'horaire"))).toHaveLength(1);
    expect(await h.app.meetings.remind(id, 'day', oldDay)).toBe(0);
    const jobs = await h.conn.db!.collection('agenda_jobs').find({ name: 'meetings.remind', 'data.meetingId': id }).toArray();
    expect(jobs.map((j) => j.data.at).sort()).toEqual(['2027-03-01T09:00:00.000Z', '2027-03-02T08:00:00.000Z']);
    // Added from the command line (no chat seen): a member, but not reachable yet.
    await h.app.forum.service.add(key(1), key(555), 'influencer', ['silent']);
    await schedule('2027-03-05 12:00 UTC', 'With a silent member');
    expect(scheduledReply).toContain('Members the bot cannot reach yet: 1.');
    // Five reminder runs at once (as processes racing on one job would): each member gets one.
    const silent = /Meeting (mt[a-z0-9]{4})/.exec(scheduledReply)![1]!;
    const runs = await Promise.all(Array.from({ length: 5 }, () => h.app.meetings.remind(silent, 'day', new Date('2027-03-04T12:00:00Z'))));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(3);
    for (const u of [org, tr, fr]) expect(u.texts().filter((t) => t.includes('With a silent member') && t.includes('⏰'))).toHaveLength(1);
  });

  it('a failed invitation is given back and sent by the next sweep; a 429 is waited out; nobody gets two', async () => {
    h.api.failNext('sendMessage', { code: 500, description: 'Internal Server Error' }, '4');
    h.api.failNext('sendMessage', { code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 }, '3');
    const id = await schedule('2027-04-01 12:00 UTC', 'Bumpy sends');
    const got = (u: TelegramUser) => u.messages().filter((m) => m.text.includes(`(${id})`) && m.reply_markup).length;
    expect([got(org), got(tr), got(fr)]).toEqual([1, 1, 0]);
    // What the bot's meetings.invites sweep does every minute (and after a restart).
    expect(await h.app.meetings.sendDueInvites()).toBe(1);
    expect(await h.app.meetings.sendDueInvites()).toBe(0);
    expect([got(org), got(tr), got(fr)]).toEqual([1, 1, 1]);
    // Invitation runs racing the one the schedule started (another process's sweep, a restart): one each.
    const lines = SCHEDULE('2027-04-02 12:00 UTC', 'Racing invitations').split('\n').slice(1).join('\n');
    const r = await h.app.meetings.schedule(key(1), lines, 'en');
    const raced = /Meeting (mt[a-z0-9]{4})/.exec('message' in r ? r.message.text : '')![1]!;
    const runs = await Promise.all(Array.from({ length: 4 }, () => h.app.meetings.sendInvites(raced)));
    await h.app.meetings.sending;
    expect(runs.reduce((a, b) => a + b.sent, 0)).toBeLessThanOrEqual(3);
    for (const u of [org, tr, fr]) expect(u.messages().filter((m) => m.text.includes(`(${raced})`) && m.reply_markup)).toHaveLength(1);
  });

  it('the same words work from the command line, and non-organisers cannot schedule', async () => {
    const out = await forumCommand(h.app, key(1), ['meeting', 'list'], 'en', h.app.translator);
    expect(out).toContain('Meetings to come:');
    const cli = (...words: string[]) => forumCommand(h.app, key(1), words, 'en', h.app.translator);
    const made = await cli('meeting', 'schedule', 'when: 2027-05-01 10:00 Istanbul', 'link: https://meet.example.org/cli', 'topic: From the terminal');
    const id = /Meeting (mt[a-z0-9]{4}) is scheduled: From the terminal, Saturday, 1 May 2027 at 10:00 \(Istanbul time\)/.exec(made ?? '')?.[1];
    expect(id, made ?? '').toBeTruthy();
    expect(await cli('meeting', 'show', id!)).toContain('https://meet.example.org/cli');
    expect(await cli('meeting', 'cancel', id!)).toContain(`Meeting ${id} is cancelled`);
    expect(await cli('meeting', 'frobnicate')).toBeNull();
    await tr.send(SCHEDULE('2027-02-01 10:00 Istanbul'));
    expect(tr.last().text).toContain('organizatör');
    await org.send('/meeting schedule\nwhen: 2027-02-01 10:00 Atlantis\nlink: https://x.org\ntopic: t');
    expect(org.last().text).toContain("I don't recognise that time zone or city");
  });
});
