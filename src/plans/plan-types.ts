import type { Language } from '../core/types.js';
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
  /** Tasks (1-based, numbers stable across revisions) an organiser withdrew: they answer so, never count, are never reminded. */
  withdrawnTasks: number[];
  /** When the plan was closed (at its endsAt by the end job, or early by organisers); null while open. */
  endedAt: Date | null;
  /** Forum members whose approvals agreed the revision that went out, and when it went out (followers see it). */
  agreedBy?: number | null;
  agreedAt?: Date | null;
  /**
   * Languages a member who speaks them approved for this revision (TRANSLATION_REVIEW): the
   * others are held and their followers get English. Absent: every language goes out.
   */
  reviewedLanguages?: Language[];
  /** The forum meeting whose minutes made this plan (src/meetings), or null. */
  meeting?: string | null;
}

/** A follower's standing on one plan. */
export interface Progress {
  pledged: boolean;
  completedAt: Date | null;
  done: number[];
}

/** Report metrics kept as counters per plan and audience. */
export type Metric = 'reached' | 'pledged' | 'completed' | `task_${number}`;

/** Plans and their approvals. Implemented in src/db. */
export interface PlanStore {
  /** One plan by id, for every action on it (a tap, a command, a job); null if unknown. */
  get(planId: string): Promise<StoredPlan | null>;
  /** Plans in one status: the worker looks for `publishing` ones, reports for those sent. */
  withStatus(status: PlanStatus): Promise<StoredPlan[]>;
  /** The newest plans, newest first, for the organisers' status overview. */
  recent(limit: number): Promise<StoredPlan[]>;
  /**
   * Saves a proposal. A new id is created as proposed; re-proposing a plan that has not gone out
   * makes a new revision whose approvals start at zero (it and a move of the old revision exclude
   * each other). Null if it already went out, or stayed busy with another caller's move.
   */
  propose(plan: PlanFile, organiser: string): Promise<StoredPlan | null>;
  /** Records one organiser's approval of one revision (once, even on a double tap) and returns that revision's distinct count. */
  approve(planId: string, revision: number, organiser: string): Promise<number>;
  /** Who approved one revision (member keys), for the forum's quorum rule. */
  approvers(planId: string, revision: number): Promise<string[]>;
  /** Distinct organisers who approved one revision, for the quorum and status lines. */
  countApprovals(planId: string, revision: number): Promise<number>;
  /**
   * Moves a plan between statuses only from the expected one; true for exactly one caller, so
   * a plan is published, finished or cancelled once even when processes race. A guard also
   * requires the revision, and its quorum of approvals when the move is claimed.
   */
  transition(planId: string, from: PlanStatus, to: PlanStatus, extra?: Record<string, unknown>, guard?: TransitionGuard): Promise<boolean>;
  /**
   * Withdraws one task of a plan at once (no quorum: a scam look-alike must stop now). Decided by a
   * unique insert: true for the one call that withdrew it; false if it already was, or the plan is unknown.
   */
  withdrawTask(planId: string, task: number, organiser: string): Promise<boolean>;
}

/** What a move to approved, scheduled or publishing also requires of the plan. */
export interface TransitionGuard {
  /** The revision that must still be current (the one approved). */
  revision?: number;
  /** Distinct approvals of the current revision needed when the move is claimed. */
  quorum?: number;
  /** The forum's quorum rule for the current revision, checked just before the claim. */
  agreed?: (revision: number) => Promise<boolean>;
}

/** A pledge due a reminder, as the reminder run reads it. */
export interface DueReminder {
  pledgeId: string;
  planId: string;
  followerId: string;
  /** Reminders already sent for this pledge. */
  remindersSent: number;
}

/** Pledges, task ticks and completions: a follower's standing on plans. Implemented in src/db. */
export interface PledgeStore {
  /** A follower's pledge, ticks and completion on a plan, to render their checklist. */
  progress(planId: string, followerId: string): Promise<Progress>;
  /** Pledges on a tap or a first tick; true only for the call that made it (double taps make one). */
  pledge(planId: string, followerId: string, audience: string, firstReminderAt: Date): Promise<boolean>;
  /** Ticks a task on a tap; true only for the call that made the tick. */
  tick(planId: string, followerId: string, audience: string, task: number): Promise<boolean>;
  /** Unticks a task on a tap; true only for the call that removed the tick. */
  untick(planId: string, followerId: string, audience: string, task: number): Promise<boolean>;
  /** Marks the pledge complete (or open again after an untick) after a tap; true if this call changed it. */
  setCompleted(planId: string, followerId: string, audience: string, completed: boolean): Promise<boolean>;
  /** Plans delivered to a follower, newest first, for /plans and typed "done 2". */
  deliveredTo(followerId: string): Promise<string[]>;
  /**
   * Open pledges whose next reminder is due at `now`, at most `limit`, in pledge order after
   * the `after` pledge id (a page cursor), for the reminder run.
   */
  dueForReminder(now: Date, limit: number, after?: string): Promise<DueReminder[]>;
  /**
   * Claims reminder number `n` of a pledge before it is sent: true for exactly one caller, even
   * across processes. Books `n` as sent and `nextAt` (null: no more) as the next due time.
   */
  claimReminder(pledgeId: string, n: number, nextAt: Date | null): Promise<boolean>;
  /** Stops reminding a pledge (plan over, follower gone): it is no longer due. */
  stopReminders(pledgeId: string): Promise<void>;
}

/** Delivery totals of one plan's broadcast. */
export interface BroadcastTotals {
  sent: number;
  pending: number;
  failed: number;
  blocked: number;
}

/** How far a plan's broadcast got. Implemented in src/db. */
export interface BroadcastProgress {
  /** Delivery totals by outcome for /status; pending is everyone enqueued without an outcome yet. */
  totals(planId: string): Promise<BroadcastTotals>;
}
