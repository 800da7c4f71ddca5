/** A forum member's part: organisers approve decisions; influencers (and member organisations) may object. */
export type MemberRole = 'organiser' | 'influencer';

/** A forum member as stored: their key (a keyed hash of their Telegram id, never the id), part and audience codes. */
export interface ForumMember {
  key: string;
  role: MemberRole;
  /** Audience codes of an influencer or member organisation; empty for organisers. */
  codes: string[];
  addedAt: Date;
}

/** Forum members. Implemented in src/db. */
export interface MemberStore {
  /** Adds a member (a unique insert on their key): true for the one call that added them. */
  add(member: ForumMember, addedBy: string): Promise<boolean>;
  /** Removes a member (a delete of their known key): true for the one call that removed them. */
  remove(key: string): Promise<boolean>;
  get(key: string): Promise<ForumMember | null>;
  list(): Promise<ForumMember[]>;
}

/** What a member decision changes: an organiser added or removed. */
export interface MemberDecision {
  id: string;
  op: 'add' | 'remove';
  member: string;
  proposedBy: string;
  createdAt: Date;
}

/** Objections and member decisions, each a record kept. Implemented in src/db. */
export interface DecisionStore {
  /** One objection per member per subject (a unique insert): true for the call that made it. */
  object(subject: string, member: string): Promise<boolean>;
  /** Withdraws a member's objection (a delete of its known id): true for the call that removed it. */
  withdrawObjection(subject: string, member: string): Promise<boolean>;
  /** Members who object to a subject now, with when. */
  objections(subject: string): Promise<{ member: string; at: Date }[]>;
  /** Saves a member decision; false if one with this id exists. */
  propose(decision: MemberDecision): Promise<boolean>;
  getDecision(id: string): Promise<MemberDecision | null>;
  /** Books a decision as carried out (a unique insert): true for the one caller who carries it out. */
  markDone(id: string): Promise<boolean>;
  isDone(id: string): Promise<boolean>;
  /** When a decision was carried out, or null. */
  doneAt(id: string): Promise<Date | null>;
}
