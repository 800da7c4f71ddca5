import type { MemberProfile, MemberProfileStore } from '../forum/member-profile.js';
import type { Language } from '../core/types.js';
import type { DecisionStore, ForumMember, MemberDecision, MemberRole, MemberStore } from '../forum/forum-types.js';
import { deleteOnce, insertOnce, isDuplicateKey } from './insert-once.js';
import { forumModels } from './forum-models.js';
import type { Models } from './models.js';

type ForumModels = ReturnType<typeof forumModels>;

/** The forum's models on the plans' connection (uniqueness is on `_id`, so no index build is needed for it). */
export function forumModelsOf(db: Models): ForumModels {
  return forumModels(db.Plan.db);
}

interface MemberDoc {
  _id: string;
  role: MemberRole;
  codes: string[];
  addedAt: Date;
}

const toMember = (d: MemberDoc): ForumMember => ({ key: d._id, role: d.role, codes: d.codes ?? [], addedAt: d.addedAt });

/** MemberStore on mongoose: one document per member key; added by a unique insert, removed by a delete of the key. */
export class MongoMemberStore implements MemberStore {
  constructor(readonly db: ForumModels) {}

  add(member: ForumMember, addedBy: string): Promise<boolean> {
    const { key, role, codes, addedAt } = member;
    return insertOnce(this.db.ForumMember, { _id: key, role, codes, addedAt, addedBy });
  }

  remove(key: string): Promise<boolean> {
    return deleteOnce(this.db.ForumMember, key);
  }

  async get(key: string): Promise<ForumMember | null> {
    const doc = await this.db.ForumMember.findById(String(key)).lean<MemberDoc>();
    return doc ? toMember(doc) : null;
  }

  async list(): Promise<ForumMember[]> {
    return (await this.db.ForumMember.find({}).sort({ addedAt: 1 }).lean<MemberDoc[]>()).map(toMember);
  }
}

/** DecisionStore on mongoose: objections and member decisions as records, decided by unique inserts and known-id deletes. */
export class MongoDecisionStore implements DecisionStore {
  constructor(readonly db: ForumModels) {}

  object(subject: string, member: string): Promise<boolean> {
    return insertOnce(this.db.Objection, { _id: `${subject}|${member}`, subject, member, at: new Date() });
  }

  withdrawObjection(subject: string, member: string): Promise<boolean> {
    return deleteOnce(this.db.Objection, `${subject}|${member}`);
  }

  async objections(subject: string): Promise<{ member: string; at: Date }[]> {
    return this.db.Objection.find({ subject }, { _id: 0, member: 1, at: 1 }).lean<{ member: string; at: Date }[]>();
  }

  propose(d: MemberDecision): Promise<boolean> {
    return insertOnce(this.db.MemberDecision, { _id: d.id, op: d.op, member: d.member, proposedBy: d.proposedBy, createdAt: d.createdAt });
  }

  async getDecision(id: string): Promise<MemberDecision | null> {
    const d = await this.db.MemberDecision.findById(String(id)).lean<Omit<MemberDecision, 'id'> & { _id: string }>();
    return d ? { id: d._id, op: d.op, member: d.member, proposedBy: d.proposedBy, createdAt: d.createdAt } : null;
  }

  markDone(id: string): Promise<boolean> {
    return insertOnce(this.db.DecisionDone, { _id: id, at: new Date() });
  }

  async isDone(id: string): Promise<boolean> {
    return (await this.db.DecisionDone.countDocuments({ _id: id })) > 0;
  }

  async doneAt(id: string): Promise<Date | null> {
    return (await this.db.DecisionDone.findById(String(id)).lean<{ at: Date }>())?.at ?? null;
  }
}

/** The approvals' own records (plans' and member decisions' alike), with when each was given. */
export class MongoApprovalLog {
  constructor(private readonly db: Models) {}

  async of(subject: string, revision: number): Promise<{ member: string; at: Date }[]> {
    const docs = await this.db.Approval.find({ planId: subject, revision }, { _id: 0, organiser: 1, at: 1 }).lean<{ organiser: string; at?: Date }[]>();
    return docs.map((d) => ({ member: d.organiser, at: d.at ?? new Date(0) })).sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

interface ProfileDoc {
  _id: string;
  sealed?: string;
  lang: Language;
  zone: string;
  speaks?: Language[];
  name?: string;
  updatedAt: Date;
}

const toProfile = (d: ProfileDoc): MemberProfile => ({
  key: d._id,
  lang: d.lang,
  zone: d.zone,
  speaks: d.speaks ?? [],
  updatedAt: d.updatedAt,
  ...(d.sealed ? { sealed: d.sealed } : {}),
  ...(d.name ? { name: d.name } : {}),
});

/**
 * MemberProfileStore on mongoose: one document per member key, written whole by the member's own
 * edits. Two first writes racing on FerretDB can both try the upsert's insert: the loser's E11000
 * means the document now exists, and it is written again as a plain replace.
 */
export class MongoMemberProfileStore implements MemberProfileStore {
  constructor(readonly db: ForumModels) {}

  async get(key: string): Promise<MemberProfile | null> {
    const d = await this.db.MemberProfile.findById(String(key)).lean<ProfileDoc>();
    return d ? toProfile(d) : null;
  }

  async put(p: MemberProfile): Promise<void> {
    const doc = { lang: p.lang, zone: p.zone, speaks: p.speaks, updatedAt: p.updatedAt, ...(p.sealed ? { sealed: p.sealed } : {}), ...(p.name ? { name: p.name } : {}) };
    try {
      await this.db.MemberProfile.replaceOne({ _id: p.key }, doc, { upsert: true });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await this.db.MemberProfile.replaceOne({ _id: p.key }, doc);
    }
  }

  remove(key: string): Promise<boolean> {
    return deleteOnce(this.db.MemberProfile, key);
  }

  async list(): Promise<MemberProfile[]> {
    return (await this.db.MemberProfile.find({}).lean<ProfileDoc[]>()).map(toProfile);
  }
}

/** The forum's stores on the plans' connection. */
export function openForumStores(db: Models): { members: MongoMemberStore; decisions: MongoDecisionStore; profiles: MongoMemberProfileStore; approvalLog: MongoApprovalLog } {
  const m = forumModelsOf(db);
  return { members: new MongoMemberStore(m), decisions: new MongoDecisionStore(m), profiles: new MongoMemberProfileStore(m), approvalLog: new MongoApprovalLog(db) };
}
