import type { PlanFile } from './plan-schema.js';

/** Where a plan is in its life. */
export type PlanStatus = 'proposed' | 'approved' | 'scheduled' | 'publishing' | 'published' | 'cancelled';

/** A stored plan as plain data. */
export interface StoredPlan extends PlanFile {
  status: PlanStatus;
  proposedBy: string;
  approvals: number;
  revision: number;
  createdAt: Date;
  publishedAt: Date | null;
  finishedAt: Date | null;
  enqueuedBatches: number;
  enqueueDone: boolean;
}

/** A follower's standing on one plan. */
export interface Progress {
  pledged: boolean;
  completedAt: Date | null;
  done: number[];
}

/** Report metrics kept as counters per plan and audience. */
export type Metric = 'reached' | 'pledged' | 'completed' | `task_${number}`;

/** Plans, approvals, pledges, completions and their counters. Implemented in src/db. */
export interface PlanStore {
  get(planId: string): Promise<StoredPlan | null>;
  /** Plans in one status. */
  withStatus(status: PlanStatus): Promise<StoredPlan[]>;
  /**
   * Saves a proposal. A new id is created as proposed; re-proposing a plan that has not gone out
   * replaces its content and restarts approvals (a new revision). Null if it already went out.
   */
  propose(plan: PlanFile, organiser: string): Promise<StoredPlan | null>;
  /** Records one organiser's approval (once per revision) and returns the distinct count. */
  approve(planId: string, revision: number, organiser: string): Promise<number>;
  /** Moves a plan between statuses only from the expected one; true if this call moved it. */
  transition(planId: string, from: PlanStatus, to: PlanStatus, extra?: Record<string, unknown>): Promise<boolean>;
  /** A follower's pledge, ticks and completion on a plan. */
  progress(planId: string, followerId: string): Promise<Progress>;
  /** Pledges (idempotent); true if this call made the pledge. */
  pledge(planId: string, followerId: string, audience: string, firstReminderAt: Date): Promise<boolean>;
  /** Ticks (idempotent); true if this call made the tick. */
  tick(planId: string, followerId: string, audience: string, task: number): Promise<boolean>;
  /** Unticks; true if there was a tick to remove. */
  untick(planId: string, followerId: string, audience: string, task: number): Promise<boolean>;
  /** Marks the pledge complete (or open again after an untick); true if this call changed it. */
  setCompleted(planId: string, followerId: string, audience: string, completed: boolean): Promise<boolean>;
  /** Plans delivered to a follower, newest first (for /plans). */
  deliveredTo(followerId: string): Promise<string[]>;
}
