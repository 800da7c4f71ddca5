/** Where a decision (a plan revision, a correction, a member change) stands against the forum's quorum rule. */
export interface QuorumTally {
  /** Approvals that count: by members who may approve now (a removed member's no longer count). */
  approvals: number;
  /** Standing objections by current members. */
  objections: number;
  /** Approvals the rule asks for now. */
  required: number;
  /** approvals ≥ required + objections. */
  agreed: boolean;
}

/** The forum's quorum rule applied to one subject's revision. Implemented in src/forum. */
export interface PlanQuorum {
  tally(subject: string, revision: number): Promise<QuorumTally>;
  /** Approvals the rule asks for now, for usage and status lines. */
  required(): Promise<number>;
}

/** A fixed number of distinct approvals and no objections: APPROVALS_REQUIRED alone, as before the forum's rule. */
export function fixedQuorum(store: { countApprovals(id: string, revision: number): Promise<number> }, n: number): PlanQuorum {
  return {
    async tally(subject, revision) {
      const approvals = await store.countApprovals(subject, revision);
      return { approvals, objections: 0, required: n, agreed: approvals >= n };
    },
    required: async () => n,
  };
}
