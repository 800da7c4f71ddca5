import type { PlanQuorum, QuorumTally } from '../plans/plan-quorum.js';
import type { DecisionStore } from './forum-types.js';
import type { OrganiserDirectory } from './organiser-directory.js';
import { isAgreed, requiredApprovals, type QuorumRule } from './quorum-rule.js';

/** Who approved one revision of a subject (plan approvals' records). */
export interface ApprovalReader {
  approvers(subject: string, revision: number): Promise<string[]>;
}

/**
 * The forum's quorum rule over the records: approvals of the revision by members who may approve
 * now (a removed organiser's approvals stop counting), objections by current members, and the
 * rule's number for today's organisers. Nothing is stored as a count: every tally is read again.
 */
export class QuorumGate implements PlanQuorum {
  constructor(
    readonly rule: QuorumRule,
    private readonly directory: OrganiserDirectory,
    private readonly approvals: ApprovalReader,
    private readonly decisions: DecisionStore,
  ) {}

  async tally(subject: string, revision: number): Promise<QuorumTally> {
    const [{ organisers, members }, approvers, objections] = await Promise.all([
      this.directory.keys(),
      this.approvals.approvers(subject, revision),
      this.decisions.objections(subject),
    ]);
    const counted = new Set(approvers.filter((k) => organisers.has(k))).size;
    const standing = new Set(objections.map((o) => o.member).filter((k) => members.has(k))).size;
    const required = requiredApprovals(this.rule, organisers.size);
    return { approvals: counted, objections: standing, required, agreed: isAgreed(counted, standing, required) };
  }

  async required(): Promise<number> {
    return requiredApprovals(this.rule, (await this.directory.keys()).organisers.size);
  }
}
