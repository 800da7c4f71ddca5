/*
 * Public gatherings for followers: the forum (or one influencer, for their own audience)
 * announces a live gathering to the followers of a cause; followers answer "I'll be there" and
 * are reminded an hour before. The ports below are implemented in src/db; every race is decided
 * by a unique insert or a delete of a known `_id`.
 */

/** Who announced it: the forum (to every audience) or one influencer (to their own). */
export type GatheringHost = { kind: 'forum' } | { kind: 'influencer'; code: string; displayName: string };

/** A gathering as stored: public details only (guests are public figures, named as they wish). */
export interface Gathering {
  id: string;
  cause: string;
  host: GatheringHost;
  startsAt: Date;
  minutes: number;
  link: string;
  title: string;
  guests: string[];
  status: 'announced' | 'cancelled';
  /** Organiser's keyed hash, or the influencer's audience code. */
  createdBy: string;
  createdAt: Date;
}

/** Gatherings, inserted once by id. */
export interface GatheringStore {
  /** False when the id is taken (the caller draws another). */
  insert(g: Gathering): Promise<boolean>;
  get(id: string): Promise<Gathering | null>;
  /** Announced gatherings that have not ended by `now`, soonest first. */
  upcoming(now: Date): Promise<Gathering[]>;
  /** Gatherings that started since `since`, newest first (reports). */
  recent(since: Date): Promise<Gathering[]>;
  /** Cancelled gatherings that would not have started by `now` (their yes-sayers are told). */
  cancelledUpcoming(now: Date): Promise<Gathering[]>;
  /** Idempotent: a cancelled gathering stays cancelled. */
  cancel(id: string, at: Date): Promise<void>;
}

/** A follower's "I'll be there": `<gatheringId>|<followerId>`, inserted once, deleted to take it back. */
export interface RsvpStore {
  /** True for the one call whose insert landed (a double tap, or 20 at once, count once). */
  answer(gatheringId: string, followerId: string, audience: string, at: Date): Promise<boolean>;
  /** True for the one call whose delete removed it. */
  withdraw(gatheringId: string, followerId: string): Promise<boolean>;
  has(gatheringId: string, followerId: string): Promise<boolean>;
  /** Who said yes before `before`, in follower id order (the reminder's audience). */
  yesSayers(gatheringId: string, before: Date): AsyncIterable<string>;
  /** Said yes, per audience (exact; reports make them safe). */
  yesByAudience(gatheringId: string): Promise<Map<string, number>>;
  /** Invited (the announcement was sent), per audience. */
  invitedByAudience(gatheringId: string): Promise<Map<string, number>>;
}

/**
 * Each follower's reminder of a gathering, `<gatheringId>|<followerId>`, and the word that it was
 * cancelled, `<gatheringId>#cancel|<followerId>` (pass `${id}#cancel` as the gathering id): each
 * claimed by a unique insert before it is sent.
 */
export interface GatheringReminderClaims {
  claim(gatheringId: string, followerId: string, at: Date): Promise<boolean>;
  /** A send that failed for the channel's reasons gives its claim back (a delete of its known id), so the next run tries again. */
  release(gatheringId: string, followerId: string): Promise<void>;
  /** Followers already reminded (read once per run, so they are skipped without an insert each). */
  claimed(gatheringId: string): Promise<Set<string>>;
}

/** When the reminder goes: an hour before the start. */
export const REMIND_BEFORE_MS = 3_600_000;

/** The end of a gathering: its start plus its length. */
export function gatheringEnd(g: Pick<Gathering, 'startsAt' | 'minutes'>): Date {
  return new Date(g.startsAt.getTime() + g.minutes * 60_000);
}

/** Whether a follower is among a gathering's invitees: a follower of its cause, of its audience when an influencer hosts it. */
export function invites(g: Pick<Gathering, 'cause' | 'host'>, f: { topics: readonly string[]; audience: string }): boolean {
  return f.topics.includes(g.cause) && (g.host.kind === 'forum' || g.host.code === f.audience);
}
