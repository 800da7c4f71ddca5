import type { Logger } from 'pino';
import type { ChannelName } from '../core/types.js';
import type { BatchLeases, BatchMember, BroadcastBatches, BroadcastPlan, EligibleFollowers, EnqueueProgress } from './broadcast-ports.js';

/** Followers per batch: the unit one process claims and sends (per channel). */
export const BATCH_SIZE = 500;

/** The stores the enqueue writes to and reads from. */
export interface EnqueueStores {
  batches: BroadcastBatches;
  leases: BatchLeases;
  eligible: EligibleFollowers;
}

/**
 * Splits the plan's audience into numbered batches, streaming followers, and opens a claim per
 * channel present in each batch, so senders can start on the first batch while the rest are
 * written. A re-run after a crash continues after the last batch written, so nobody is in two
 * batches: a first send's followers come in the server's own order (see EligibleFollowers), so
 * the ids already in batches (and every id since) are skipped by a set; another broadcast's
 * audience comes in follower id order, and continues after the last id written.
 */
export async function enqueueDeliveries(
  stores: EnqueueStores,
  /** A first send (its id is the plan's, its audience the eligible followers of its topics), or another broadcast with its own audience. */
  plan:
    | Pick<BroadcastPlan, 'id' | 'topics'>
    | { id: string; audience: (afterId: string | null, skip: ReadonlySet<string>) => AsyncIterable<BatchMember>; ordered: boolean },
  log: Logger,
  /** Called after each batch is written (the worker keeps its lease here): false when another process took the enqueue over. */
  onBatch: () => Promise<boolean> = async () => true,
): Promise<{ added: number; batches: number; finished: boolean }> {
  const progress = await resumePoint(stores.batches, plan.id);
  let added = 0;
  let buffer: BatchMember[] = [];
  let held = true;

  const flush = async () => {
    if (!buffer.length) return;
    const members = buffer;
    buffer = [];
    await stores.batches.write(plan.id, progress.batches, members);
    await stores.leases.openBatch(plan.id, progress.batches, sizesByChannel(members));
    added += members.length;
    progress.batches += 1;
    progress.cursor = members[members.length - 1]!.followerId;
    await stores.batches.saveProgress(plan.id, progress);
    held = await onBatch();
  };

  // An unsorted audience (a first send, a gathering): everyone already in a batch (a resumed
  // enqueue), then everyone as they are queued. A sorted one resumes after the last id written.
  const unordered = !('audience' in plan) || !plan.ordered;
  const seen = !unordered ? null : progress.batches ? await stores.batches.memberIds(plan.id, progress.batches) : new Set<string>();
  const audience = 'audience' in plan ? plan.audience(progress.cursor, seen ?? new Set()) : stores.eligible.stream(plan.topics, seen!);
  for await (const member of audience) {
    if (seen) {
      if (seen.has(member.followerId)) continue;
      seen.add(member.followerId);
    }
    buffer.push(member);
    if (buffer.length >= BATCH_SIZE) await flush();
    // The new owner carries on from the progress saved; two writers would only race on it.
    if (!held) return { added, batches: progress.batches, finished: false };
  }
  await flush();
  await stores.batches.markEnqueued(plan.id, progress.batches);
  log.info({ broadcast: plan.id, added, batches: progress.batches }, 'followers enqueued');
  return { added, batches: progress.batches, finished: true };
}

/** Where to continue: after the progress recorded, or after a batch written but not yet recorded. */
async function resumePoint(batches: BroadcastBatches, planId: string): Promise<EnqueueProgress> {
  const progress = await batches.progress(planId);
  const unrecorded = await batches.lastFollowerOf(planId, progress.batches);
  if (!unrecorded) return progress;
  const next = { batches: progress.batches + 1, cursor: unrecorded };
  await batches.saveProgress(planId, next);
  return next;
}

function sizesByChannel(members: readonly BatchMember[]): Map<ChannelName, number> {
  const sizes = new Map<ChannelName, number>();
  for (const m of members) sizes.set(m.channel, (sizes.get(m.channel) ?? 0) + 1);
  return sizes;
}
