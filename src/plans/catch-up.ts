import type { Logger } from 'pino';
import { z } from 'zod';
import { sendPaced, type BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { FollowerStore } from '../core/ports.js';
import { SendError, type ChannelName, type Follower } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { defineJob } from '../scheduler/job.js';
import type { CatchUpAttempt, CatchUpStore } from './catch-up-ports.js';
import { planIsOpen } from './plan-life.js';
import type { PlanStore, PledgeStore, StoredPlan } from './plan-types.js';
import { renderChecklist, type TaskFigures } from './render-checklist.js';

/** The job's agenda name. */
export const CATCH_UP_JOB = 'plans.catch-up';
/** How often leftover intents (a crash, a channel this process lacks) are looked at again. */
export const CATCH_UP_EVERY_MS = 30_000;
/** An intent for someone still onboarding is kept this long, in case they finish. */
const ONBOARDING_GRACE_MS = 24 * 3_600_000;

export interface CatchUpDeps {
  store: CatchUpStore;
  plans: PlanStore;
  pledges: PledgeStore;
  followers: FollowerStore;
  vault: Pick<AddressVault, 'open'>;
  translator: Translator;
  senders: ReadonlyMap<ChannelName, BroadcastSender>;
  log: Logger;
  figures?: TaskFigures;
}

/** What one follower's catch-up came to: whether anything is left for a later run. */
type Result = 'done' | 'later';

/**
 * Late joiners get the live plans. A follower who finishes onboarding, adds a cause or comes
 * back from /stop is first recorded as owed a catch-up (a unique insert, before the change
 * that makes them eligible), then caught up at once; whatever a crash or a missing channel
 * left is picked up by the `plans.catch-up` job. Each open plan for their causes is sent as
 * the same checklist with the same delivery record (`<planId>|<followerId>`), so they count as
 * reached and never get it twice:
 * - a plan whose broadcast is still being enqueued waits (the enqueue may yet include them);
 * - a follower in one of the plan's batches is left to the broadcast;
 * - otherwise the send is claimed by a unique insert, then sent, then recorded.
 */
export class CatchUp {
  constructor(private readonly deps: CatchUpDeps) {}

  /** Records the intent; call before the change that makes the follower eligible. */
  intend(followerId: string): Promise<void> {
    return this.deps.store.intend(followerId, new Date());
  }

  /** Catches one follower up now (their own chat's update), as the job would. */
  async run(followerId: string): Promise<void> {
    const owed = await this.deps.store.owed(followerId);
    if (owed) await this.#settle(owed);
  }

  /** Works through every intent left; returns how many were settled. */
  async runPending(limit = 500): Promise<number> {
    let settled = 0;
    for (const owed of await this.deps.store.pending(limit)) {
      try {
        await this.#settle(owed);
        settled++;
      } catch (err) {
        this.deps.log.warn({ err: (err as Error).message }, 'catch-up failed; tried again later');
      }
    }
    return settled;
  }

  /** The job that settles leftover intents. */
  job() {
    return defineJob({
      name: CATCH_UP_JOB,
      schema: z.object({}).passthrough(),
      concurrency: 1,
      every: CATCH_UP_EVERY_MS,
      run: async () => {
        await this.runPending();
      },
    });
  }

  async #settle(owed: { followerId: string; at: Date }): Promise<void> {
    const result = await this.#catchUp(owed);
    if (result === 'done') await this.deps.store.done(owed.followerId, owed.at);
  }

  async #catchUp(owed: { followerId: string; at: Date }): Promise<Result> {
    const follower = await this.deps.followers.findById(owed.followerId);
    if (!follower || follower.status === 'opted_out' || follower.blocked) return 'done';
    if (follower.status === 'onboarding') return Date.now() - owed.at.getTime() > ONBOARDING_GRACE_MS ? 'done' : 'later';
    // A channel another process runs (WhatsApp lives in one): that process's job sends it.
    const sender = this.deps.senders.get(follower.channel);
    if (!sender) return 'later';
    let result: Result = 'done';
    for (const plan of await this.#openPlans()) {
      if (!plan.topics.some((t) => follower.topics.includes(t))) continue;
      if ((await this.#catchUpOn(plan, follower, sender)) === 'later') result = 'later';
    }
    return result;
  }

  async #catchUpOn(plan: StoredPlan, follower: Follower, sender: BroadcastSender): Promise<Result> {
    const { store } = this.deps;
    if (await store.delivered(plan.id, follower.id)) return 'done';
    // Until every batch is written, the enqueue may still put them in one: wait for it.
    if (!plan.enqueueDone) return 'later';
    if (await store.inBroadcast(plan.id, follower.id)) return 'done';
    if (!(await store.claimSend(plan.id, follower.id))) return 'done';
    const outcome = await this.#send(plan, follower, sender);
    if (outcome.status === 'retry') {
      // Nothing reached them: hand the claim back so a later run tries again.
      await store.releaseSend(plan.id, follower.id);
      this.deps.log.warn({ plan: plan.id, reason: outcome.reason }, 'catch-up send failed; tried again later');
      return 'later';
    }
    await store.record(plan.id, follower, outcome, plan.revision);
    this.deps.log.info({ plan: plan.id, status: outcome.status }, 'plan sent to a late joiner');
    return 'done';
  }

  async #send(plan: StoredPlan, follower: Follower, sender: BroadcastSender): Promise<CatchUpAttempt> {
    const progress = await this.deps.pledges.progress(plan.id, follower.id);
    const msg = await renderChecklist(plan, follower, progress, this.deps.translator, this.deps.figures);
    try {
      const messageId = await sendPaced(sender, this.deps.vault.open(follower.channel, follower.addressSealed), msg);
      return { status: 'sent', messageId };
    } catch (err) {
      if (err instanceof SendError && err.reason === 'blocked') {
        await this.deps.followers.update(follower.id, { blocked: true });
        return { status: 'blocked', reason: 'blocked' };
      }
      if (err instanceof SendError && err.reason === 'bad_request') return { status: 'failed', reason: 'bad_request' };
      return { status: 'retry', reason: err instanceof SendError ? err.reason : String(err).slice(0, 120) };
    }
  }

  /**
   * Plans open now, read afresh for each follower: a cached list read before a plan went out
   * would miss it for someone the broadcast's enqueue had already passed.
   */
  async #openPlans(): Promise<StoredPlan[]> {
    const plans = await Promise.all((await this.deps.store.openPlanIds(new Date())).map((id) => this.deps.plans.get(id)));
    return plans.filter((p): p is StoredPlan => p !== null && planIsOpen(p));
  }
}
