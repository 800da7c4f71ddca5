import { randomBytes } from 'node:crypto';
import type { PlanQuorum } from '../plans/plan-quorum.js';
import type { DecisionStore, MemberDecision, MemberRole, MemberStore } from './forum-types.js';
import type { OrganiserDirectory } from './organiser-directory.js';

/** Approvals recorded per subject and revision: the plans' approvals, shared by member decisions. */
export interface ApprovalWriter {
  approve(subject: string, revision: number, member: string): Promise<number>;
}

/** What to tell the member who acted: a locale key and its variables. */
export interface ForumResult {
  ok: boolean;
  key: string;
  vars: Record<string, string | number>;
}

/** A member decision's id: `m.` and six letters or digits (a dot, so it never looks like a plan id). */
export const DECISION_ID = /^m\.[a-z0-9]{6}$/;

const newDecisionId = () => `m.${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').toLowerCase().slice(0, 6)}`;

/**
 * Forum members: influencers are added and removed by any organiser at once; an organiser
 * added or removed is a decision under the forum's quorum rule (the proposal is the proposer's
 * first approval; an objection holds it), carried out when it is agreed.
 */
export class MemberService {
  constructor(
    private readonly deps: {
      members: MemberStore;
      decisions: DecisionStore;
      directory: OrganiserDirectory;
      approvals: ApprovalWriter;
      quorum: PlanQuorum;
      /** Whether a plan (by id) exists, so an objection names something real. */
      planExists: (id: string) => Promise<boolean>;
    },
  ) {}

  /** `/member add`: an influencer (with audience codes) now; an organiser by decision. */
  async add(by: string, key: string, role: MemberRole, codes: string[]): Promise<ForumResult> {
    const { members, directory } = this.deps;
    if (role === 'influencer') {
      if (await directory.member(key)) return { ok: false, key: 'forum-member-exists', vars: {} };
      const added = await members.add({ key, role, codes, addedAt: new Date() }, by);
      return { ok: added, key: added ? 'forum-member-added' : 'forum-member-exists', vars: { codes: codes.join(', ') || '—' } };
    }
    if ((await directory.member(key))?.role === 'organiser') return { ok: false, key: 'forum-member-exists', vars: {} };
    return this.#propose(by, 'add', key);
  }

  /** `/member remove`: an influencer now; an organiser by decision (a bootstrap organiser only by the environment). */
  async remove(by: string, key: string): Promise<ForumResult> {
    const { members, directory } = this.deps;
    const member = await directory.member(key);
    if (!member) return { ok: false, key: 'forum-member-unknown', vars: {} };
    if (directory.isBootstrap(key)) return { ok: false, key: 'forum-member-bootstrap', vars: {} };
    if (member.role === 'influencer') {
      const removed = await members.remove(key);
      return { ok: removed, key: removed ? 'forum-member-removed' : 'forum-member-unknown', vars: {} };
    }
    return this.#propose(by, 'remove', key);
  }

  /** `/leave`: a member leaves at once; their approvals stop counting with them. */
  async leave(key: string): Promise<ForumResult> {
    if (this.deps.directory.isBootstrap(key)) return { ok: false, key: 'forum-member-bootstrap', vars: {} };
    const left = await this.deps.members.remove(key);
    return { ok: left, key: left ? 'forum-left' : 'forum-not-member', vars: {} };
  }

  /** `/member approve <decision>`: one approval per organiser (a unique insert); carried out once agreed. */
  async approve(id: string, by: string): Promise<ForumResult> {
    const decision = await this.deps.decisions.getDecision(id);
    if (!decision) return { ok: false, key: 'forum-decision-unknown', vars: { id } };
    if (await this.deps.decisions.isDone(id)) return { ok: false, key: 'forum-decision-closed', vars: { id } };
    await this.deps.approvals.approve(id, 1, by);
    return this.#settle(decision);
  }

  async #propose(by: string, op: MemberDecision['op'], member: string): Promise<ForumResult> {
    const decision: MemberDecision = { id: newDecisionId(), op, member, proposedBy: by, createdAt: new Date() };
    if (!(await this.deps.decisions.propose(decision))) return this.#propose(by, op, member);
    await this.deps.approvals.approve(decision.id, 1, by);
    const settled = await this.#settle(decision);
    return settled.key === 'forum-decision-done' ? settled : { ...settled, key: `forum-decision-${op}-proposed` };
  }

  /**
   * Carries a decision out when the rule agrees. Both changes are idempotent (a unique insert, a
   * delete of the known key), so approvers racing past the quorum all carry out the same change;
   * the record that it was carried out is a unique insert too, and stops any later approval.
   */
  async #settle(d: MemberDecision): Promise<ForumResult> {
    const { approvals: count, required, objections, agreed } = await this.deps.quorum.tally(d.id, 1);
    const vars = { id: d.id, count, required, objections };
    if (!agreed) return { ok: true, key: objections ? 'forum-decision-held' : 'forum-decision-approved', vars };
    const { members } = this.deps;
    if (d.op === 'add') {
      const was = await members.get(d.member);
      if (was?.role === 'influencer') await members.remove(d.member);
      await members.add({ key: d.member, role: 'organiser', codes: was?.codes ?? [], addedAt: new Date() }, d.proposedBy);
    } else {
      await members.remove(d.member);
    }
    const first = await this.deps.decisions.markDone(d.id);
    return first ? { ok: true, key: 'forum-decision-done', vars } : { ok: false, key: 'forum-decision-closed', vars };
  }

  /** `/object <plan or decision>`: one objection per member, held until withdrawn or outvoted. */
  async object(subject: string, by: string): Promise<ForumResult> {
    const known = subject.startsWith('m.') ? Boolean(await this.deps.decisions.getDecision(subject)) : await this.deps.planExists(subject);
    if (!known) return { ok: false, key: subject.startsWith('m.') ? 'forum-decision-unknown' : 'org-plan-unknown', vars: { id: subject } };
    const made = await this.deps.decisions.object(subject, by);
    return { ok: made, key: made ? 'forum-objected' : 'forum-objected-already', vars: { id: subject } };
  }

  async withdrawObjection(subject: string, by: string): Promise<ForumResult> {
    const gone = await this.deps.decisions.withdrawObjection(subject, by);
    return { ok: gone, key: gone ? 'forum-objection-withdrawn' : 'forum-objection-none', vars: { id: subject } };
  }

  /** Counts for /members: organisers (and how many from ADMIN_TELEGRAM_IDS), influencers, their codes, the rule now. */
  async overview(): Promise<{ organisers: number; bootstrap: number; influencers: number; codes: string[]; required: number }> {
    const [list, { organisers }, required] = await Promise.all([this.deps.members.list(), this.deps.directory.keys(), this.deps.quorum.required()]);
    const influencers = list.filter((m) => m.role === 'influencer');
    const bootstrap = [...organisers].filter((k) => this.deps.directory.isBootstrap(k)).length;
    return { organisers: organisers.size, bootstrap, influencers: influencers.length, codes: influencers.flatMap((m) => m.codes), required };
  }
}
