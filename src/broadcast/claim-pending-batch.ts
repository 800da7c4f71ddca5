import type { ChannelName } from '../core/types.js';
import type { BatchLeases, BatchMember, BroadcastBatches, ClaimedBatch, DeliveryLog, LeaseTerms } from './broadcast-ports.js';

/** A claimed batch and its members on the claimed channel that still have no delivery record. */
export interface PendingBatch {
  batch: number;
  members: BatchMember[];
  /** The caller's claim on it, to renew while sending. */
  claim: ClaimedBatch;
  /** When the claim lapses unless renewed (the terms it was taken on). */
  until: Date;
}

/** Claims a channel's next free batch of a plan (after `after`) and reads who in it is still to send; null when none is free. */
export async function claimPendingBatch(
  stores: { leases: BatchLeases; batches: BroadcastBatches; deliveries: DeliveryLog },
  planId: string,
  channel: ChannelName,
  after: number,
  terms: LeaseTerms,
): Promise<PendingBatch | null> {
  const claim = await stores.leases.claimNextBatch(planId, channel, after, terms);
  if (!claim) return null;
  const members = (await stores.batches.members(planId, claim.batch)).filter((m) => m.channel === channel);
  // A batch nobody held before has no delivery records: skip looking for them.
  if (!claim.heldBefore) return { batch: claim.batch, members, claim, until: terms.until };
  const recorded = new Set(await stores.deliveries.recordedIn(planId, claim.batch));
  return { batch: claim.batch, members: members.filter((m) => !recorded.has(m.followerId)), claim, until: terms.until };
}
