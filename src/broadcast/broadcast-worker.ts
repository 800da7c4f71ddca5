import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { FollowerStore } from '../core/ports.js';
import type { Language, OutMessage } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { BatchSender, type PlanState } from './batch-sender.js';
import type { BroadcastSender } from './broadcast-sender.js';
import type {
  BatchLeases,
  BroadcastBatches,
  BroadcastPlan,
  DeliveryLog,
  EligibleFollowers,
  LeaseTerms,
  PublishingPlans,
  WorkerRegistry,
} from './broadcast-ports.js';
import { claimPendingBatch } from './claim-pending-batch.js';
import { systemClock, type Clock } from './clock.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';
import { batchLeaseKeeper, LeaseKeeper, type LeaseKeeperOptions } from './lease-keeper.js';
import { RateShare } from './rate-share.js';

const LEASE_MS = 60_000;

/** Every store the broadcast reads and writes, wired in by src/app.ts. */
export interface BroadcastStores<P extends BroadcastPlan = BroadcastPlan> {
  plans: PublishingPlans<P>;
  leases: BatchLeases;
  batches: BroadcastBatches;
  deliveries: DeliveryLog;
  eligible: EligibleFollowers;
  workers: WorkerRegistry;
  /** A follower who blocked the bot is marked blocked here. */
  followers: Pick<FollowerStore, 'update'>;
}

export interface BroadcastWorkerOptions<P extends BroadcastPlan> {
  vault: AddressVault;
  /** The message a plan's broadcast sends, in one language (rendered once per language and plan). */
  render: (plan: P, language: Language) => OutMessage;
  senders: BroadcastSender[];
  log: Logger;
  /** How often to look for plans being published. */
  pollMs?: number;
  /** Messages in flight at once per channel and process. */
  maxInFlight?: number;
  /** Backoff before retrying failed sends, by passes in a row that reached nobody (default 2 s doubling, up to 30 s). */
  retryDelayMs?: (stalled: number) => number;
  /** How long a claim lasts without renewal (a crashed process's work is retaken after it). */
  leaseMs?: number;
  /** Pauses, backoff and lease times; the real clock unless a test gives its own. */
  clock?: Clock;
  /** Called once when a plan's broadcast has reached everyone it could. */
  onFinished?: (plan: P) => Promise<void>;
}

/**
 * Sends plans to their followers, in every bot process at once. The enqueue splits the
 * audience into batches; each channel's part of a batch is claimed by one process with a
 * lease, and a crashed process's lease lapses so another takes it over, resending only members
 * with no delivery record yet (so at most what was in flight at the crash goes twice). A sender
 * checks its lease before every send, so one paused past it (a long 429) stops rather than
 * resend what the new owner sends; failures that are the channel's (an outage) are retried
 * while the plan is open. Each channel runs its own loop at its own pace, so a slow WhatsApp
 * never holds up Telegram. Processes share each channel's rate through heartbeats (RateShare).
 */
export class BroadcastWorker<P extends BroadcastPlan = BroadcastPlan> {
  readonly id = `w-${randomBytes(6).toString('hex')}`;
  readonly #clock: Clock;
  readonly #rateShare: RateShare;
  readonly #batchSender: BatchSender;
  #loop: Promise<void> | null = null;
  /** Aborted by stop(): sending loops leave at the next message. */
  #stop = new AbortController();
  /** Aborted by poke() and stop(): cuts the loops' pauses short. */
  #wake = new AbortController();

  constructor(
    private readonly stores: BroadcastStores<P>,
    private readonly opts: BroadcastWorkerOptions<P>,
  ) {
    this.#clock = opts.clock ?? systemClock;
    this.#rateShare = new RateShare(stores.workers, this.id, opts.senders, this.#clock);
    this.#batchSender = new BatchSender({
      vault: opts.vault,
      deliveries: stores.deliveries,
      followers: stores.followers,
      clock: this.#clock,
      maxInFlight: opts.maxInFlight,
      retryDelayMs: opts.retryDelayMs,
    });
  }

  /** Starts the background loops: a heartbeat, and one per channel. */
  start(): void {
    if (this.#loop) return;
    this.#loop = Promise.all([this.#beatLoop(), ...this.opts.senders.map((sender) => this.#run(sender))]).then(() => undefined);
  }

  /** Stops after the messages in flight; unfinished claims are handed back at once. */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.poke();
    await this.#loop;
    this.#loop = null;
    this.#stop = new AbortController();
    const log = this.opts.log.child({ worker: this.id });
    await this.#rateShare.leave().catch((err: unknown) => log.warn({ err: String(err) }, 'leaving the worker registry failed'));
    await this.stores.leases.releaseAll(this.id).catch((err: unknown) => log.warn({ err: String(err) }, 'handing back claims failed'));
  }

  /** Looks for work now instead of at the next poll (after a publish). */
  poke(): void {
    this.#wake.abort();
    this.#wake = new AbortController();
  }

  /** Runs every publishing plan as far as this process can take it now (tests, CLI). */
  async drain(): Promise<void> {
    await this.#rateShare.beat();
    for (const plan of await this.stores.plans.withStatus('publishing')) {
      await Promise.all(this.opts.senders.map((sender) => this.#work(plan, sender)));
    }
  }

  get #stopping(): boolean {
    return this.#stop.signal.aborted;
  }

  /** Sleeps `ms`, or less if poke() or stop() wakes the loops. */
  #pause(ms: number): Promise<void> {
    return this.#clock.sleep(ms, this.#wake.signal);
  }

  /** This process's claim terms as of now. */
  #terms(): LeaseTerms {
    const now = this.#clock.now();
    return { owner: this.id, now: new Date(now), until: new Date(now + (this.opts.leaseMs ?? LEASE_MS)) };
  }

  #keeperOptions(until: Date, log: Logger): LeaseKeeperOptions {
    return { clock: this.#clock, owner: this.id, leaseMs: this.opts.leaseMs ?? LEASE_MS, until, log };
  }

  /** Whether a plan is still open for sending: a cancel stops its retries, its end records them failed. */
  async #planState(planId: string): Promise<PlanState> {
    const plan = await this.stores.plans.get(planId);
    if (plan?.status !== 'publishing') return 'closed';
    return plan.endsAt && plan.endsAt.getTime() <= this.#clock.now() ? 'over' : 'open';
  }

  /**
   * One channel's loop over every plan being published. Channels loop independently, so a
   * WhatsApp broadcast that takes hours never holds up Telegram, for this plan or the next.
   */
  async #run(sender: BroadcastSender): Promise<void> {
    while (!this.#stopping) {
      try {
        for (const plan of await this.stores.plans.withStatus('publishing')) {
          if (this.#stopping) break;
          await this.#work(plan, sender);
        }
      } catch (err) {
        this.opts.log.error({ err: (err as Error).message, channel: sender.channel }, 'broadcast loop error');
      }
      if (!this.#stopping) await this.#pause(this.opts.pollMs ?? 2_000);
    }
  }

  async #beatLoop(): Promise<void> {
    while (!this.#stopping) {
      await this.#rateShare.beat().catch((err: unknown) => this.opts.log.warn({ err: String(err) }, 'heartbeat failed'));
      if (!this.#stopping) await this.#pause(this.#rateShare.heartbeatMs);
    }
  }

  /** One channel's share of one plan: enqueue it if nobody has, send free batches, maybe finish. */
  async #work(plan: P, sender: BroadcastSender): Promise<void> {
    const log = this.opts.log.child({ plan: plan.id, worker: this.id, channel: sender.channel });
    const { leases } = this.stores;
    const terms = this.#terms();
    if (!plan.enqueueDone && (await leases.claimEnqueue(plan.id, terms))) {
      const keeper = new LeaseKeeper((renewed) => leases.renewEnqueue(plan.id, renewed), this.#keeperOptions(terms.until, log));
      const { finished } = await enqueueDeliveries(this.stores, plan, log, () => keeper.hold());
      if (finished) await leases.finishEnqueue(plan.id, this.id);
    }
    await this.#channelLoop(plan.id, sender, log);
    await this.#maybeFinish(plan.id, log);
  }

  async #channelLoop(planId: string, sender: BroadcastSender, log: Logger): Promise<void> {
    // The next batch is claimed and read while the current one is being sent, so the pacer
    // never waits on the database between batches.
    let next = claimPendingBatch(this.stores, planId, sender.channel, -1, this.#terms());
    for (;;) {
      const current = await next;
      if (!current || this.#stopping) return;
      const plan = await this.stores.plans.get(planId);
      if (!plan || plan.status !== 'publishing') return;
      next = claimPendingBatch(this.stores, planId, sender.channel, current.batch, this.#terms());
      // Awaited at the top of the loop; this only keeps its rejection from going unhandled if the send throws first.
      next.catch(() => undefined);
      const done = await this.#batchSender.send(
        {
          planId,
          batch: current.batch,
          members: current.members,
          sender,
          log,
          messageFor: messageCache(plan, this.opts.render),
          claim: batchLeaseKeeper(this.stores.leases, planId, sender.channel, current.claim, this.#keeperOptions(current.until, log.child({ batch: current.batch }))),
          planState: () => this.#planState(planId),
        },
        this.#stop.signal,
      );
      if (done) await this.stores.leases.finishBatch(planId, current.batch, sender.channel, this.id);
    }
  }

  async #maybeFinish(planId: string, log: Logger): Promise<void> {
    const { plans, leases } = this.stores;
    const plan = await plans.get(planId);
    if (!plan || plan.status !== 'publishing' || !plan.enqueueDone) return;
    if ((await leases.countOpen(planId)) > 0) return;
    if (await plans.transition(planId, 'publishing', 'published', { finishedAt: new Date(this.#clock.now()) })) {
      log.info('broadcast finished');
      await this.opts.onFinished?.(plan).catch((err: unknown) => log.error({ err: String(err) }, 'onFinished failed'));
    }
  }
}

/** Renders the plan once per language, on first use. */
function messageCache<P>(plan: P, render: (plan: P, language: Language) => OutMessage): (language: Language) => OutMessage {
  const messages = new Map<Language, OutMessage>();
  return (language) => {
    let msg = messages.get(language);
    if (!msg) {
      msg = render(plan, language);
      messages.set(language, msg);
    }
    return msg;
  };
}
