import { Schema, type Connection } from 'mongoose';
import type { Meeting, MeetingStore, Minutes, Proposal, Rsvp } from '../meetings/meeting-types.js';
import { deleteOnce, insertOnce, isDuplicateKey } from './insert-once.js';
import { model, type Models } from './models.js';

/*
 * The forum's meetings. Everything about a person is a member key (a keyed hash of their
 * Telegram id), never a follower: meetings are the forum members' own business.
 */

const minutes = new Schema(
  {
    text: { type: String, required: true },
    plans: { type: [{ _id: false, proposal: String, plan: String }], default: [] },
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** A meeting: `_id` its id; when, where (a link), topic, guests (as they wish to be named), agenda, minutes. */
const meeting = new Schema(
  {
    _id: { type: String, required: true },
    startsAt: { type: Date, required: true },
    zone: { type: String, required: true },
    link: { type: String, required: true },
    topic: { type: String, required: true },
    guests: { type: [String], default: [] },
    agenda: { type: [String], default: [] },
    by: { type: String, required: true },
    createdAt: { type: Date, required: true },
    cancelledAt: { type: Date, default: null },
    minutes: { type: minutes, default: null },
  },
  { versionKey: false, minimize: false },
);
meeting.index({ startsAt: 1 });

/** One member's answer to one meeting: `_id` is `<meeting>|<member>`, so there is one per member. */
const rsvp = new Schema(
  {
    _id: { type: String, required: true },
    meeting: { type: String, required: true },
    member: { type: String, required: true },
    answer: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
rsvp.index({ meeting: 1 });

/** One notice sent once: `_id` is `<meeting>|<what>|<member>` (an invitation, a reminder, a cancellation), or `<meeting>|cancelled`. */
const notice = new Schema(
  { _id: { type: String, required: true }, meeting: { type: String, required: true }, what: { type: String }, member: { type: String }, at: { type: Date, required: true } },
  { versionKey: false },
);
notice.index({ meeting: 1 });

/** A member's proposal for a meeting: `_id` is `<meeting>-<n>`. */
const proposal = new Schema(
  {
    _id: { type: String, required: true },
    meeting: { type: String, required: true },
    n: { type: Number, required: true },
    title: { type: String, required: true },
    text: { type: String, required: true },
    by: { type: String, required: true },
    at: { type: Date, required: true },
    file: { type: new Schema({ id: { type: String, required: true }, name: { type: String, required: true } }, { _id: false }), default: undefined },
  },
  { versionKey: false },
);
proposal.index({ meeting: 1 });

/** A member backing a proposal: `_id` is `<proposal>|<member>`, so a member backs it once. */
const backing = new Schema(
  {
    _id: { type: String, required: true },
    proposal: { type: String, required: true },
    meeting: { type: String, required: true },
    member: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
backing.index({ meeting: 1 });

export function meetingModels(conn: Connection) {
  return {
    Meeting: model(conn, 'Meeting', meeting, 'meetings'),
    Rsvp: model(conn, 'MeetingRsvp', rsvp, 'meeting_rsvps'),
    Notice: model(conn, 'MeetingNotice', notice, 'meeting_notices'),
    Proposal: model(conn, 'Proposal', proposal, 'proposals'),
    Backing: model(conn, 'ProposalBacking', backing, 'proposal_backings'),
  };
}

type MeetingDoc = Omit<Meeting, 'id'> & { _id: string };
const toMeeting = ({ _id, ...d }: MeetingDoc): Meeting => ({
  id: _id,
  startsAt: d.startsAt,
  zone: d.zone,
  link: d.link,
  topic: d.topic,
  guests: d.guests ?? [],
  agenda: d.agenda ?? [],
  by: d.by,
  createdAt: d.createdAt,
  cancelledAt: d.cancelledAt ?? null,
  minutes: d.minutes ? { text: d.minutes.text, plans: (d.minutes.plans ?? []).map((p) => ({ proposal: p.proposal, plan: p.plan })), by: d.minutes.by, at: d.minutes.at } : null,
});
type ProposalDoc = Omit<Proposal, 'id'> & { _id: string };
const toProposal = ({ _id, meeting, title, text, by, at, file }: ProposalDoc): Proposal => ({ id: _id, meeting, title, text, by, at, ...(file?.id ? { file: { id: file.id, name: file.name } } : {}) });

/** Proposals past this many per meeting are refused (the agenda must stay readable). */
export const MAX_PROPOSALS = 99;

/** MeetingStore on mongoose, on the plans' connection. Every once-only step is a unique insert or a known-id delete. */
export class MongoMeetingStore implements MeetingStore {
  readonly m: ReturnType<typeof meetingModels>;

  constructor(private readonly db: Models) {
    this.m = meetingModels(db.Plan.db);
  }

  async create(mt: Meeting): Promise<boolean> {
    const { id, ...rest } = mt;
    return insertOnce(this.m.Meeting, { _id: id, ...rest });
  }

  async get(id: string): Promise<Meeting | null> {
    const d = await this.m.Meeting.findById(String(id)).lean<MeetingDoc>();
    return d ? toMeeting(d) : null;
  }

  async upcoming(from: Date): Promise<Meeting[]> {
    const docs = await this.m.Meeting.find({ startsAt: { $gt: from }, cancelledAt: null }).sort({ startsAt: 1 }).limit(50).lean<MeetingDoc[]>();
    return docs.map(toMeeting);
  }

  async move(id: string, startsAt: Date, zone: string): Promise<void> {
    await this.m.Meeting.updateOne({ _id: id }, { $set: { startsAt, zone } });
  }

  async cancel(id: string, at: Date): Promise<boolean> {
    const won = await insertOnce(this.m.Notice, { _id: `${id}|cancelled`, meeting: id, at });
    // The loser writes the mark too: a crash after the winner's claim must not leave it unwritten.
    const known = await this.m.Notice.findById(`${id}|cancelled`).lean<{ at: Date }>();
    await this.m.Meeting.updateOne({ _id: id }, { $set: { cancelledAt: known?.at ?? at } });
    return won;
  }

  async setMinutes(id: string, mins: Minutes): Promise<void> {
    await this.m.Meeting.updateOne({ _id: id }, { $set: { minutes: mins } });
  }

  /**
   * One record per meeting and member, whatever the taps: the `_id` is unique, so racing first
   * answers make one document (the losers of the upsert's insert get E11000 and replace it). The
   * answer is the member's own, so the last one written winning is what they meant.
   */
  async setRsvp(meetingId: string, member: string, answer: Rsvp): Promise<void> {
    const _id = `${meetingId}|${member}`;
    const doc = { meeting: meetingId, member, answer, at: new Date() };
    try {
      await this.m.Rsvp.replaceOne({ _id }, doc, { upsert: true });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await this.m.Rsvp.replaceOne({ _id }, doc);
    }
  }

  async rsvps(meetingId: string): Promise<{ member: string; answer: Rsvp }[]> {
    return this.m.Rsvp.find({ meeting: meetingId }, { _id: 0, member: 1, answer: 1 }).lean<{ member: string; answer: Rsvp }[]>();
  }

  claimNotice(meetingId: string, what: string, member: string): Promise<boolean> {
    return insertOnce(this.m.Notice, { _id: `${meetingId}|${what}|${member}`, meeting: meetingId, what, member, at: new Date() });
  }

  async noticed(meetingId: string, what: string): Promise<Set<string>> {
    const rows = await this.m.Notice.find({ meeting: meetingId, what }, { _id: 0, member: 1 }).lean<{ member: string }[]>();
    return new Set(rows.map((r) => r.member));
  }

  async releaseNotice(meetingId: string, what: string, member: string): Promise<void> {
    await deleteOnce(this.m.Notice, `${meetingId}|${what}|${member}`);
  }

  /** The next number is tried by unique insert: two members proposing at once get two numbers. */
  async propose(p: Omit<Proposal, 'id'>): Promise<string> {
    let n = (await this.m.Proposal.countDocuments({ meeting: p.meeting })) + 1;
    for (; n <= MAX_PROPOSALS; n++) {
      const id = `${p.meeting}-${n}`;
      if (await insertOnce(this.m.Proposal, { _id: id, n, ...p })) return id;
    }
    throw new Error('too many proposals for one meeting');
  }

  async getProposal(id: string): Promise<Proposal | null> {
    const d = await this.m.Proposal.findById(String(id)).lean<ProposalDoc>();
    return d ? toProposal(d) : null;
  }

  async proposals(meetingId: string): Promise<Proposal[]> {
    return (await this.m.Proposal.find({ meeting: meetingId }).sort({ n: 1 }).lean<ProposalDoc[]>()).map(toProposal);
  }

  back(proposalId: string, meetingId: string, member: string): Promise<boolean> {
    return insertOnce(this.m.Backing, { _id: `${proposalId}|${member}`, proposal: proposalId, meeting: meetingId, member, at: new Date() });
  }

  unback(proposalId: string, member: string): Promise<boolean> {
    return deleteOnce(this.m.Backing, `${proposalId}|${member}`);
  }

  async backings(meetingId: string): Promise<Map<string, string[]>> {
    const rows = await this.m.Backing.find({ meeting: meetingId }, { _id: 0, proposal: 1, member: 1 }).lean<{ proposal: string; member: string }[]>();
    const by = new Map<string, string[]>();
    for (const r of rows) by.set(r.proposal, [...(by.get(r.proposal) ?? []), r.member]);
    return by;
  }

  async linkPlan(planId: string, meetingId: string): Promise<void> {
    await this.db.Plan.updateOne({ planId }, { $set: { meeting: meetingId } });
  }
}
