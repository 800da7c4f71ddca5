/** A member's answer to a meeting's invitation. */
export type Rsvp = 'yes' | 'no' | 'maybe';
export const RSVPS: readonly Rsvp[] = ['yes', 'no', 'maybe'];

/** Which reminder: a day before, or an hour before. */
export type ReminderKind = 'day' | 'hour';
export const REMINDER_OFFSET_MS: Readonly<Record<ReminderKind, number>> = { day: 24 * 3_600_000, hour: 3_600_000 };

/** A meeting's id: `mt` and four letters or digits, short enough to type in /proposal. */
export const MEETING_ID = /^mt[a-z0-9]{4}$/;
/** A proposal's id: its meeting's and a number (`mt4k2x-3`). */
export const PROPOSAL_ID = /^mt[a-z0-9]{4}-\d{1,3}$/;

/** What an organiser records after the meeting: short minutes and which proposals became which plans. */
export interface Minutes {
  text: string;
  plans: { proposal: string; plan: string }[];
  by: string;
  at: Date;
}

/** A forum meeting. Members are by key only; guests are the names they asked to be shown by (public figures). */
export interface Meeting {
  id: string;
  startsAt: Date;
  /** The zone the organiser wrote the time in (shown to them; members see their own). */
  zone: string;
  link: string;
  topic: string;
  guests: string[];
  agenda: string[];
  by: string;
  createdAt: Date;
  cancelledAt: Date | null;
  minutes: Minutes | null;
}

/** A member's proposal for a meeting's agenda. */
export interface Proposal {
  id: string;
  meeting: string;
  title: string;
  text: string;
  by: string;
  at: Date;
  /** A document sent with it (Telegram keeps the file; only its id and name are here). */
  file?: { id: string; name: string };
}

/** Meetings, answers, proposals and their backings. Implemented in src/db/meeting-stores.ts. */
export interface MeetingStore {
  /** Saves a new meeting; false when the id is taken (a unique insert). */
  create(meeting: Meeting): Promise<boolean>;
  get(id: string): Promise<Meeting | null>;
  /** Meetings not cancelled that start after `from`, soonest first. */
  upcoming(from: Date): Promise<Meeting[]>;
  /** A new time (the organiser's own edit; the last one written wins). */
  move(id: string, startsAt: Date, zone: string): Promise<void>;
  /** Decides a cancellation once (a unique insert), then marks the meeting (a repeat marks the same): true for the call that cancelled it. */
  cancel(id: string, at: Date): Promise<boolean>;
  /** Writes the minutes whole (the organiser's own record; a later one replaces it). */
  setMinutes(id: string, minutes: Minutes): Promise<void>;
  /** A member's answer: one record per meeting and member, the last answer written wins. */
  setRsvp(meeting: string, member: string, answer: Rsvp): Promise<void>;
  rsvps(meeting: string): Promise<{ member: string; answer: Rsvp }[]>;
  /** Claims one notice (an invitation, a reminder, a cancellation) to one member: true for the one caller who sends it. */
  claimNotice(meeting: string, what: string, member: string): Promise<boolean>;
  /** Gives a claimed notice back (its send failed and may be tried again). */
  releaseNotice(meeting: string, what: string, member: string): Promise<void>;
  /** Members a notice was claimed for (a sweep skips them without trying the insert). */
  noticed(meeting: string, what: string): Promise<Set<string>>;
  /** Saves a proposal under the meeting's next free number; returns its id. */
  propose(p: Omit<Proposal, 'id'>): Promise<string>;
  getProposal(id: string): Promise<Proposal | null>;
  proposals(meeting: string): Promise<Proposal[]>;
  /** One backing per member per proposal (a unique insert): true for the call that made it. */
  back(proposal: string, meeting: string, member: string): Promise<boolean>;
  /** Withdraws a backing (a delete of its known id): true for the call that removed it. */
  unback(proposal: string, member: string): Promise<boolean>;
  /** Who backs each proposal of a meeting, by proposal id. */
  backings(meeting: string): Promise<Map<string, string[]>>;
  /** Marks a plan as coming from a meeting (its provenance, on the plan record; a repeat writes the same). */
  linkPlan(planId: string, meeting: string): Promise<void>;
}
