import type { Follower } from '../core/types.js';

/** The delivery record's batch number for a plan sent by catch-up rather than by its broadcast. */
export const CATCH_UP_BATCH = -1;

/** How a catch-up send ended, recorded as the broadcast records its own. */
export type CatchUpOutcome = { status: 'sent'; messageId: string } | { status: 'blocked' | 'failed'; reason: string };

/** A send that failed for a passing reason (the channel's trouble): tried again on a later run. */
export type CatchUpAttempt = CatchUpOutcome | { status: 'retry'; reason: string };

/**
 * The durable side of catching a follower up on the open plans (src/plans/catch-up.ts).
 * Implemented in src/db (catch-up-store.ts).
 */
export interface CatchUpStore {
  /** Records that this follower is owed the open plans (idempotent): the intent a restart must not lose. */
  intend(followerId: string, at: Date): Promise<void>;
  /** Ids of the plans open at `now` (sent, not ended), from one light read: ended plans pile up over the years. */
  openPlanIds(now: Date): Promise<string[]>;
  /** Followers still owed a catch-up, oldest first, at most `limit`, with when it was asked for. */
  pending(limit: number): Promise<{ followerId: string; at: Date }[]>;
  /** This follower's intent, if they are still owed a catch-up. */
  owed(followerId: string): Promise<{ followerId: string; at: Date } | null>;
  /** Drops the intent once every plan was dealt with; kept if it was asked for again since `at`. */
  done(followerId: string, at: Date): Promise<void>;
  /** Whether the plan already has a delivery record for this follower (broadcast or catch-up). */
  delivered(planId: string, followerId: string): Promise<boolean>;
  /** Whether the follower is a member of one of the plan's broadcast batches (the broadcast sends to them). */
  inBroadcast(planId: string, followerId: string): Promise<boolean>;
  /** Claims the catch-up send of a plan to a follower: true for exactly one caller, ever. */
  claimSend(planId: string, followerId: string): Promise<boolean>;
  /** Hands a claimed send back after a failure worth trying again (nothing was delivered). */
  releaseSend(planId: string, followerId: string): Promise<void>;
  /** Writes the delivery record (`<planId>|<followerId>`, batch CATCH_UP_BATCH) and, if reach is already frozen, counts the reach. */
  record(planId: string, follower: Pick<Follower, 'id' | 'audience' | 'channel'>, outcome: CatchUpOutcome, revision?: number): Promise<void>;
}
