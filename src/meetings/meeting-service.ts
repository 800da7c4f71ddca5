import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES, SendError, type Language, type OutMessage } from '../core/types.js';
import type { MemberProfiles } from '../forum/member-profile.js';
import { defineJob } from '../scheduler/job.js';
import { meetingTime, renderInvitation, renderMeeting } from './meeting-render.js';
import { parseMeetingText, parseWhen } from './meeting-parse.js';
import { MEETING_ID, PROPOSAL_ID, REMINDER_OFFSET_MS, type Meeting, type MeetingStore, type Proposal, type ReminderKind, type Rsvp } from './meeting-types.js';

/** What to tell the member who acted: a locale key and its variables (or a whole message). */
export type MeetingResult = { ok: boolean; key: string; vars?: Record<string, string | number> } | { ok: boolean; message: OutMessage };

/** Agenda's part: a job at a time (replacing one with the same key), and cancelling it. */
export interface MeetingScheduler {
  scheduleOnce(name: string, when: Date, data: Record<string, unknown>, uniqueKey: Record<string, unknown>): Promise<void>;
  cancel(name: string, data: Record<string, unknown>): Promise<void>;
}

export const MEETING_REMIND_JOB = 'meetings.remind';
export const MEETING_INVITES_JOB = 'meetings.invites';
/** How often invitations not yet sent (a restart mid-send, a member added since, a failed send) are looked for. */
export const MEETING_INVITES_EVERY_MS = 60_000;
/** Longest proposal title and text. */
export const PROPOSAL_TITLE_MAX = 120;
export const PROPOSAL_TEXT_MAX = 1500;
/** Longest minutes. */
export const MINUTES_MAX = 3000;
/** A meeting counts as upcoming (invitations, answers, proposals) until this long after it starts. */
const RUNNING_MS = 3 * 3_600_000;

const newMeetingId = () => `mt${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').toLowerCase().slice(0, 4)}`;

/** One member as the forum reaches them. */
type Reachable = Awaited<ReturnType<MemberProfiles['reachable']>>[number];

/**
 * The forum's meetings: an organiser schedules one, every current member is invited in their
 * language with the time in their zone, answers yes / no / maybe, is reminded a day and an hour
 * before, proposes and backs items for the agenda; after it, an organiser records the minutes
 * and which proposals became plans. Every message to a member is claimed once (a unique insert
 * per meeting, notice and member) before it is sent.
 */
export class MeetingService {
  constructor(
    private readonly deps: {
      store: MeetingStore;
      profiles: MemberProfiles;
      /** Keys of the forum's current members: answers and backings of those who left stop counting. */
      currentMembers: () => Promise<Set<string>>;
      translator: Translator;
      /** Telegram, in the bot's process; absent in the CLI, where the bot's sweep sends. */
      sender?: BroadcastSender;
      scheduler: MeetingScheduler;
      planExists: (id: string) => Promise<boolean>;
      log: Logger;
      now?: () => Date;
    },
  ) {}

  /** Sends started in the background (tests wait on it). */
  sending: Promise<unknown> = Promise.resolve();

  #now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** `/meeting schedule` and its lines: saves the meeting, books its reminders and starts the invitations. */
  async schedule(by: string, text: string, lang: Language): Promise<MeetingResult> {
    const parsed = parseMeetingText(text, this.#now());
    if (!parsed.ok) {
      const t = this.deps.translator;
      const problems = parsed.errors.map((e) => `• ${t.t(lang, e.key, e.vars)}`);
      return { ok: false, message: { text: [t.t(lang, 'meeting-schedule-errors'), ...problems, '', t.t(lang, 'meeting-usage')].join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false } };
    }
    const { when, link, topic, guests, agenda } = parsed.meeting;
    let meeting: Meeting | undefined;
    for (let i = 0; i < 5 && !meeting; i++) {
      const m: Meeting = { id: newMeetingId(), startsAt: when.at, zone: when.zone, link, topic, guests, agenda, by, createdAt: this.#now(), cancelledAt: null, minutes: null };
      if (await this.deps.store.create(m)) meeting = m;
    }
    if (!meeting) throw new Error('no free meeting id');
    await this.#bookReminders(meeting);
    const members = await this.deps.profiles.reachable();
    const unreachable = members.filter((m) => !m.chatId).length;
    this.#background(this.sendInvites(meeting.id));
    const { date, place } = meetingTime(meeting.startsAt, lang, meeting.zone);
    const t = this.deps.translator;
    const lines = [t.t(lang, 'meeting-scheduled', { id: meeting.id, topic, date, place, invited: members.length - unreachable })];
    if (unreachable) lines.push(t.t(lang, 'meeting-unreachable', { unreachable }));
    return { ok: true, message: { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false } };
  }

  /** `/meeting move <id> <when>`: a new time; the old reminders do nothing, members are told. */
  async move(id: string, whenText: string, lang: Language): Promise<MeetingResult> {
    const meeting = await this.#open(id);
    if ('key' in meeting) return meeting;
    const when = parseWhen(whenText);
    if ('error' in when) return { ok: false, key: when.error };
    if (when.at.getTime() <= this.#now().getTime()) return { ok: false, key: 'meeting-error-past' };
    await this.deps.store.move(id, when.at, when.zone);
    const moved = { ...meeting, startsAt: when.at, zone: when.zone };
    await this.#bookReminders(moved);
    this.#background(this.#tellInvited(moved, `moved-${when.at.getTime()}`, (m) => this.#notice(moved, m, 'meeting-moved-notice')));
    const { date, place } = meetingTime(when.at, lang, when.zone);
    return { ok: true, key: 'meeting-moved', vars: { id, date, place } };
  }

  /** `/meeting cancel <id>`: decided once; the invited members are told; its reminders do nothing. */
  async cancel(id: string): Promise<MeetingResult> {
    const meeting = await this.deps.store.get(id);
    if (!meeting) return { ok: false, key: 'meeting-unknown', vars: { id } };
    if (!(await this.deps.store.cancel(id, this.#now()))) return { ok: false, key: 'meeting-cancelled-already', vars: { id } };
    for (const kind of ['day', 'hour'] as const) await this.deps.scheduler.cancel(MEETING_REMIND_JOB, { meetingId: id, kind });
    this.#background(this.#tellInvited(meeting, 'cancel', (m) => this.#notice(meeting, m, 'meeting-cancelled-notice')));
    return { ok: true, key: 'meeting-cancelled', vars: { id } };
  }

  /** `/meeting list`: the meetings to come, each in the reader's zone. */
  async list(lang: Language, zone: string): Promise<MeetingResult> {
    const meetings = await this.deps.store.upcoming(new Date(this.#now().getTime() - RUNNING_MS));
    if (!meetings.length) return { ok: true, key: 'meeting-none' };
    const { translator: t } = this.deps;
    const lines = [t.t(lang, 'meeting-list-title'), ...meetings.map((m) => t.t(lang, 'meeting-list-line', { id: m.id, topic: m.topic, ...meetingTime(m.startsAt, lang, zone) }))];
    return { ok: true, message: { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false } };
  }

  /** `/meeting show <id>`: the card, the agenda's proposals with backing counts, the answers so far, the minutes. */
  async show(id: string, lang: Language, zone: string): Promise<MeetingResult> {
    const meeting = await this.deps.store.get(id);
    if (!meeting) return { ok: false, key: 'meeting-unknown', vars: { id } };
    const [members, proposals, backings, rsvps] = await Promise.all([this.deps.currentMembers(), this.deps.store.proposals(id), this.deps.store.backings(id), this.deps.store.rsvps(id)]);
    const rsvp = { yes: 0, no: 0, maybe: 0, none: 0 };
    const answered = new Set<string>();
    for (const r of rsvps) {
      if (!members.has(r.member)) continue;
      rsvp[r.answer]++;
      answered.add(r.member);
    }
    rsvp.none = [...members].filter((k) => !answered.has(k)).length;
    const view = {
      proposals: proposals.map((p) => ({ p, backers: (backings.get(p.id) ?? []).filter((k) => members.has(k)).length })),
      rsvp,
      plansOf: new Map((meeting.minutes?.plans ?? []).map((x) => [x.proposal, x.plan])),
    };
    return { ok: true, message: renderMeeting(meeting, view, lang, zone, this.deps.translator) };
  }

  /** A Yes / No / Maybe tap (or typed): one record per meeting and member, the last answer counting. */
  async rsvp(id: string, member: string, answer: Rsvp): Promise<MeetingResult> {
    const meeting = await this.#open(id);
    if ('key' in meeting) return meeting;
    await this.deps.store.setRsvp(id, member, answer);
    return { ok: true, key: `meeting-rsvp-saved-${answer}`, vars: { id } };
  }

  /** The invitation as one member sees it (after their tap: their answer marked). */
  async invitationFor(id: string, lang: Language, zone: string, answer?: Rsvp): Promise<OutMessage | null> {
    const meeting = await this.deps.store.get(id);
    return meeting ? renderInvitation(meeting, lang, zone, this.deps.translator, answer) : null;
  }

  /** `/proposal <meeting> <title>` with the text on the lines below. */
  async propose(member: string, text: string, file?: { id: string; name: string }): Promise<MeetingResult> {
    const [head = '', ...rest] = text.trim().split(/\r?\n/);
    const [id = '', ...titleWords] = head.trim().split(/\s+/);
    const title = titleWords.join(' ').trim();
    const body = rest.join('\n').trim();
    if (!MEETING_ID.test(id.toLowerCase()) || !title || !body) return { ok: false, key: 'meeting-proposal-usage' };
    if (title.length > PROPOSAL_TITLE_MAX || body.length > PROPOSAL_TEXT_MAX) return { ok: false, key: 'meeting-proposal-long', vars: { title: PROPOSAL_TITLE_MAX, text: PROPOSAL_TEXT_MAX } };
    const meeting = await this.#open(id.toLowerCase());
    if ('key' in meeting) return meeting;
    const pid = await this.deps.store.propose({ meeting: meeting.id, title, text: body, by: member, at: this.#now(), ...(file ? { file } : {}) });
    return { ok: true, key: 'meeting-proposed', vars: { id: pid, meeting: meeting.id } };
  }

  /** A proposal by its id (for its document), or null. */
  proposal(id: string): Promise<Proposal | null> {
    return PROPOSAL_ID.test(id) ? this.deps.store.getProposal(id) : Promise.resolve(null);
  }

  /** `/back <proposal>`: once per member (a unique insert). */
  async back(proposalId: string, member: string): Promise<MeetingResult> {
    const p = PROPOSAL_ID.test(proposalId) ? await this.deps.store.getProposal(proposalId) : null;
    if (!p) return { ok: false, key: 'meeting-proposal-unknown', vars: { id: proposalId } };
    const meeting = await this.#open(p.meeting);
    if ('key' in meeting) return meeting;
    const made = await this.deps.store.back(p.id, p.meeting, member);
    return { ok: made, key: made ? 'meeting-backed' : 'meeting-backed-already', vars: { id: p.id } };
  }

  /** `/unback <proposal>`: the member's backing withdrawn (a delete of its known id). */
  async unback(proposalId: string, member: string): Promise<MeetingResult> {
    if (!PROPOSAL_ID.test(proposalId)) return { ok: false, key: 'meeting-proposal-unknown', vars: { id: proposalId } };
    const removed = await this.deps.store.unback(proposalId, member);
    return { ok: removed, key: removed ? 'meeting-unbacked' : 'meeting-unbacked-none', vars: { id: proposalId } };
  }

  /**
   * `/minutes <meeting>` with the minutes on the lines below; lines `plan: <proposal> <plan id>`
   * say which proposal became which plan (the plan's record then names the meeting).
   */
  async minutes(by: string, text: string, lang: Language): Promise<MeetingResult> {
    const [head = '', ...rest] = text.trim().split(/\r?\n/);
    const id = head.trim().toLowerCase();
    if (!MEETING_ID.test(id)) return { ok: false, key: 'meeting-minutes-usage' };
    const meeting = await this.deps.store.get(id);
    if (!meeting) return { ok: false, key: 'meeting-unknown', vars: { id } };
    if (meeting.startsAt.getTime() > this.#now().getTime()) return { ok: false, key: 'meeting-minutes-early', vars: { id } };
    const plans: { proposal: string; plan: string }[] = [];
    const minutesLines: string[] = [];
    for (const line of rest) {
      const link = /^\s*plan\s*[:：]\s*(\S+)\s*(?:->|→|=>)?\s*(\S+)\s*$/i.exec(line);
      if (!link) {
        minutesLines.push(line);
        continue;
      }
      const [proposal, plan] = [link[1]!.toLowerCase(), link[2]!.toLowerCase()];
      const p = await this.deps.store.getProposal(proposal);
      if (!p || p.meeting !== id) return { ok: false, key: 'meeting-proposal-unknown', vars: { id: proposal } };
      if (!(await this.deps.planExists(plan))) return { ok: false, key: 'meeting-plan-unknown', vars: { id: plan } };
      plans.push({ proposal, plan });
    }
    const minutes = minutesLines.join('\n').trim();
    if (!minutes) return { ok: false, key: 'meeting-minutes-usage' };
    if (minutes.length > MINUTES_MAX) return { ok: false, key: 'meeting-minutes-long', vars: { max: MINUTES_MAX } };
    await this.deps.store.setMinutes(id, { text: minutes, plans, by, at: this.#now() });
    for (const x of plans) await this.deps.store.linkPlan(x.plan, id);
    const t = this.deps.translator;
    const reply = [t.t(lang, 'meeting-minutes-saved', { id }), ...(plans.length ? [t.t(lang, 'meeting-minutes-plans', { plans: plans.length })] : [])].join('\n');
    return { ok: true, message: { text: reply, rtl: RTL_LANGUAGES.has(lang), preview: false } };
  }

  /**
   * Invites every current member not yet invited to a meeting to come: each invitation claimed
   * (a unique insert per meeting and member) before it is sent, so two processes or a restart
   * never send one twice; a failed send gives the claim back for the next sweep. Returns how
   * many went out and how many members cannot be reached (the bot has never heard from them).
   */
  async sendInvites(id: string): Promise<{ sent: number; unreachable: number }> {
    const meeting = await this.deps.store.get(id);
    const counts = { sent: 0, unreachable: 0 };
    if (!meeting || meeting.cancelledAt || meeting.startsAt.getTime() <= this.#now().getTime()) return counts;
    const invited = await this.deps.store.noticed(id, 'invite');
    for (const m of await this.deps.profiles.reachable()) {
      if (!m.chatId) {
        counts.unreachable++;
        continue;
      }
      // Already claimed: skipped without trying the insert (the claim still decides any race).
      if (invited.has(m.key)) continue;
      if (await this.#sendOnce(meeting, 'invite', m, () => renderInvitation(meeting, m.lang, m.zone, this.deps.translator))) counts.sent++;
    }
    if (counts.sent) this.deps.log.info({ meeting: id, sent: counts.sent, unreachable: counts.unreachable }, 'meeting invitations sent');
    return counts;
  }

  /** The sweep: invitations to every upcoming meeting that some member has not had yet. */
  async sendDueInvites(): Promise<number> {
    if (!this.deps.sender) return 0;
    let sent = 0;
    for (const m of await this.deps.store.upcoming(this.#now())) sent += (await this.sendInvites(m.id)).sent;
    return sent;
  }

  /**
   * A reminder run: nothing if the meeting was cancelled or moved since the job was booked (its
   * time no longer matches); else to those who said yes or maybe (and, a day before, those who
   * have not answered), each reminder claimed once per member.
   */
  async remind(id: string, kind: ReminderKind, at: Date): Promise<number> {
    const meeting = await this.deps.store.get(id);
    if (!meeting || meeting.cancelledAt || meeting.startsAt.getTime() - REMINDER_OFFSET_MS[kind] !== at.getTime()) return 0;
    const answers = new Map((await this.deps.store.rsvps(id)).map((r) => [r.member, r.answer]));
    let sent = 0;
    for (const m of await this.deps.profiles.reachable()) {
      const answer = answers.get(m.key);
      const wanted = answer === 'yes' || answer === 'maybe' || (kind === 'day' && answer === undefined);
      if (!wanted || !m.chatId) continue;
      if (await this.#sendOnce(meeting, `remind-${kind}-${at.getTime()}`, m, () => this.#notice(meeting, m, `meeting-reminder-${kind}`))) sent++;
    }
    if (sent) this.deps.log.info({ meeting: id, kind, sent }, 'meeting reminders sent');
    return sent;
  }

  /** The agenda jobs: reminders at their times, and the invitations' sweep. */
  jobs() {
    return [
      defineJob({
        name: MEETING_REMIND_JOB,
        schema: z.object({ meetingId: z.string().regex(MEETING_ID), kind: z.enum(['day', 'hour']), at: z.string().datetime() }),
        run: async (d) => {
          await this.remind(d.meetingId, d.kind, new Date(d.at));
        },
      }),
      defineJob({
        name: MEETING_INVITES_JOB,
        schema: z.object({}).passthrough(),
        every: MEETING_INVITES_EVERY_MS,
        run: async () => {
          await this.sendDueInvites();
        },
      }),
    ];
  }

  async #open(id: string): Promise<Meeting | { ok: false; key: string; vars: Record<string, string> }> {
    const meeting = MEETING_ID.test(id) ? await this.deps.store.get(id) : null;
    if (!meeting) return { ok: false, key: 'meeting-unknown', vars: { id } };
    if (meeting.cancelledAt) return { ok: false, key: 'meeting-is-cancelled', vars: { id } };
    if (meeting.startsAt.getTime() + RUNNING_MS < this.#now().getTime()) return { ok: false, key: 'meeting-is-over', vars: { id } };
    return meeting;
  }

  async #bookReminders(meeting: Meeting): Promise<void> {
    for (const kind of ['day', 'hour'] as const) {
      const at = new Date(meeting.startsAt.getTime() - REMINDER_OFFSET_MS[kind]);
      if (at.getTime() <= this.#now().getTime()) await this.deps.scheduler.cancel(MEETING_REMIND_JOB, { meetingId: meeting.id, kind });
      else await this.deps.scheduler.scheduleOnce(MEETING_REMIND_JOB, at, { meetingId: meeting.id, kind, at: at.toISOString() }, { meetingId: meeting.id, kind });
    }
  }

  #notice(meeting: Meeting, m: Reachable, key: string): OutMessage {
    const { date, place } = meetingTime(meeting.startsAt, m.lang, m.zone);
    return { text: this.deps.translator.t(m.lang, key, { id: meeting.id, topic: meeting.topic, date, place, link: meeting.link }), rtl: RTL_LANGUAGES.has(m.lang), preview: false };
  }

  /** Tells every member who was invited (a cancellation, a new time), once each. */
  async #tellInvited(meeting: Meeting, what: string, render: (m: Reachable) => OutMessage): Promise<void> {
    const invited = await this.deps.store.noticed(meeting.id, 'invite');
    for (const m of await this.deps.profiles.reachable()) {
      if (!m.chatId || !invited.has(m.key)) continue;
      await this.#sendOnce(meeting, what, m, () => render(m));
    }
  }

  /**
   * Claims then sends one notice. A send that fails (network, Telegram) gives the claim back so
   * a later run tries again; a member who blocked the bot keeps theirs (no retry). A crash
   * between the claim and the send loses that one message rather than risk sending it twice.
   */
  async #sendOnce(meeting: Meeting, what: string, m: Reachable, render: () => OutMessage): Promise<boolean> {
    const { sender, store, log } = this.deps;
    if (!sender || !m.chatId) return false;
    if (!(await store.claimNotice(meeting.id, what, m.key))) return false;
    try {
      await sendPaced(sender, m.chatId, render());
      return true;
    } catch (err) {
      if (err instanceof SendError && err.reason === 'blocked') return false;
      await store.releaseNotice(meeting.id, what, m.key);
      log.warn({ meeting: meeting.id, what, err: (err as Error).message }, 'meeting notice not sent');
      return false;
    }
  }

  #background(work: Promise<unknown>): void {
    const run = work.catch((err: unknown) => this.deps.log.warn({ err: (err as Error).message }, 'meeting sends failed'));
    this.sending = Promise.all([this.sending, run]);
  }
}
