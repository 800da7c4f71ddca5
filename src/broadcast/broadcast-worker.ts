import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { FollowerStore } from '../core/ports.js';
import type { Language, OutMessage } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { BatchSender, type BatchJob, type PlanState } from './batch-sender.js';
import type { BroadcastSender } from './broadcast-sender.js';
import type {
  BatchLeases,
  BatchMember,
  BroadcastBatches,
  BroadcastKind,
  BroadcastPauses,
  BroadcastPlan,
  BroadcastRun,
  BroadcastRuns,
  DeliveryLog,
  EligibleFollowers,
  LeaseTerms,
  PublishingPlans,
  WorkerRegistry,
} from './broadcast-ports.js';
import { claimPendingBatch } from './claim-pending-batch.js';
import { systemClock, type Clock } from './clock.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';
import { batchLeaseKeeper, LeaseKeeper, type BatchHold, type LeaseKeeperOptions } from './lease-keeper.js';
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
  /** Corrections and closings (absent: first sends only). */
  runs?: BroadcastRuns;
  /** Organisers' pauses (absent: nothing is ever paused). */
  pauses?: BroadcastPauses;
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
  /**
   * The messages of a correction or a closing, read once per batch: per member, since a
   * correction shows their own ticks (the closing's figures are the same for everyone).
   */
  compose?: (run: BroadcastRun, plan: P, members: readonly BatchMember[]) => Promise<(member: BatchMember) => Promise<OutMessage>>;
  /** Called once when a plan's broadcast has reached everyone it could. */
  onFinished?: (plan: P) => Promise<void>;
  /** Broadcasts of no plan (a gathering's announcement), by kind: absent, they are finished unsent. */
  standalone?: Partial<Record<BroadcastKind, StandaloneBroadcast>>;
}

/**
 * A kind of broadcast that belongs to no plan (a gathering's announcement): sent through the same
 * batches, claims, pacers, pauses and records as the plans', worded and closed by its feature.
 */
export interface StandaloneBroadcast {
  /** Before each retry pass and at every poll: 'open', 'over' (failed sends are no longer retried), or 'closed' (stop; finished unsent). */
  state(run: BroadcastRun, now: Date): Promise<PlanState>;
  /** The messages of one batch, per member (their language and time zone); null when it should stop. */
  compose(run: BroadcastRun, members: readonly BatchMember[]): Promise<((member: BatchMember) => Promise<OutMessage>) | null>;
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
 * Besides plans' first sends (broadcast id = plan id) it sends their corrections and closing
 * results (BroadcastRuns), each with its own audience, records and progress, through the same
 * batches, claims and pacers; a broadcast organisers paused starts no new send until resumed.
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

  /** Runs every broadcast as far as this process can take it now (tests, CLI). */
  async drain(): Promise<void> {
    await this.#rateShare.beat();
    for (const work of await this.#works()) {
      await Promise.all(this.opts.senders.map((sender) => this.#work(work, sender)));
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

  /** Every broadcast to work on now: plans being first sent, then the other broadcasts whose turn it is. */
  async #works(): Promise<Work<P>[]> {
    const works = (await this.stores.plans.withStatus('publishing')).map((plan) => this.#firstSend(plan));
    const runs = this.stores.runs ? await this.stores.runs.running() : [];
    for (const run of runs) {
      const work = await this.#runWork(run, runs);
      if (work) works.push(work);
    }
    return works;
  }

  /** A plan's first send: the eligible followers of its topics, finished by moving the plan to published. */
  #firstSend(plan: P): Work<P> {
    return {
      id: plan.id,
      kind: 'first',
      enqueueDone: plan.enqueueDone,
      source: plan,
      current: async () => {
        const now = await this.stores.plans.get(plan.id);
        return now?.status === 'publishing' ? { plan: now, messages: { messageFor: messageCache(now, this.opts.render), revision: now.revision } } : null;
      },
      state: () => this.#planState(plan.id),
      finish: (log) => this.#finishPlan(plan.id, log),
    };
  }

  /**
   * A correction or the closing, once it may go: after the plan's first send finished, and a
   * correction after every earlier one of the plan (so each knows what everyone was sent).
   * A broadcast of a plan gone or cancelled is finished with nothing more sent.
   */
  async #runWork(run: BroadcastRun, all: readonly BroadcastRun[]): Promise<Work<P> | null> {
    const { runs } = this.stores;
    if (!runs) return null;
    if (run.kind === 'gathering') return this.#standaloneWork(run, runs);
    const plan = await this.stores.plans.get(run.planId);
    if (!plan || plan.status === 'cancelled') {
      await runs.finish(run.id, new Date(this.#clock.now()));
      return null;
    }
    const earlier = all.some((r) => r.planId === run.planId && r.kind === 'correction' && r.revision < run.revision && r.id !== run.id);
    if (plan.status !== 'published' || (run.kind === 'correction' && earlier)) return null;
    return {
      ...this.#runBasics(run, runs),
      current: async (members) => {
        const now = await this.stores.plans.get(run.planId);
        if (!now || now.status === 'cancelled' || !this.opts.compose) return null;
        const compose = await this.opts.compose(run, now, members);
        return { plan: now, messages: { messageFor: () => ({ text: '' }), compose, editInPlace: run.kind === 'correction', revision: run.revision } };
      },
      state: async () => {
        const now = await this.stores.plans.get(run.planId);
        if (!now || now.status === 'cancelled') return 'closed';
        // A correction of a plan that has ended is no use any more; the results are sent whatever the date.
        return run.kind === 'correction' && hasEnded(now, this.#clock.now()) ? 'over' : 'open';
      },
    };
  }

  /** What every broadcast other than a first send has alike: its id and kind, its audience from the runs' store, and its finish. */
  #runBasics(run: BroadcastRun, runs: BroadcastRuns): Pick<Work<P>, 'id' | 'kind' | 'enqueueDone' | 'source' | 'finish'> {
    return {
      id: run.id,
      kind: run.kind,
      enqueueDone: run.enqueueDone,
      source: { id: run.id, audience: (after, skip) => runs.audience(run, after, skip), ordered: runs.ordered(run) },
      finish: (log) => this.#finishRun(run.id, runs, log),
    };
  }

  /** Finishes a broadcast other than a first send once everyone is enqueued and every claim closed. */
  async #finishRun(id: string, runs: BroadcastRuns, log: Logger): Promise<void> {
    const now = await runs.get(id);
    if (!now?.enqueueDone || now.finishedAt || (await this.stores.leases.countOpen(id)) > 0) return;
    await runs.finish(id, new Date(this.#clock.now()));
    log.info('broadcast finished');
  }

  /** A broadcast of no plan, worded and closed by its feature (see StandaloneBroadcast). */
  async #standaloneWork(run: BroadcastRun, runs: BroadcastRuns): Promise<Work<P> | null> {
    const kind = this.opts.standalone?.[run.kind];
    const state = () => (kind ? kind.state(run, new Date(this.#clock.now())) : Promise.resolve<PlanState>('closed'));
    if ((await state()) === 'closed') {
      await runs.finish(run.id, new Date(this.#clock.now()));
      return null;
    }
    return {
      ...this.#runBasics(run, runs),
      current: async (members) => {
        const compose = kind && (await state()) !== 'closed' ? await kind.compose(run, members) : null;
        return compose ? { messages: { messageFor: () => ({ text: '' }), compose, revision: run.revision } } : null;
      },
      state,
    };
  }

  /**
   * One channel's loop over every broadcast being sent. Channels loop independently, so a
   * WhatsApp broadcast that takes hours never holds up Telegram, for this plan or the next.
   */
  async #run(sender: BroadcastSender): Promise<void> {
    while (!this.#stopping) {
      try {
        for (const work of await this.#works()) {
          if (this.#stopping) break;
          await this.#work(work, sender);
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

  /** One channel's share of one broadcast: enqueue it if nobody has, send free batches, maybe finish. A paused one waits. */
  async #work(work: Work<P>, sender: BroadcastSender): Promise<void> {
    const log = this.opts.log.child({ plan: work.id, worker: this.id, channel: sender.channel });
    if (await this.#isPaused(work.id)) return;
    const { leases } = this.stores;
    const terms = this.#terms();
    // The enqueue runs beside this channel's sends: the first batch goes out as soon as it is
    // written, not after the whole audience is (35 s at 100,000 followers on FerretDB).
    let enqueue: Enqueuing | undefined;
    if (!work.enqueueDone && (await leases.claimEnqueue(work.id, terms))) {
      const keeper = new LeaseKeeper((renewed) => leases.renewEnqueue(work.id, renewed), this.#keeperOptions(terms.until, log));
      const written = new BatchSignal();
      const running = enqueueDeliveries(this.stores, work.source, log, async () => {
        written.fire();
        return keeper.hold();
      })
        .then(async ({ finished }) => {
          if (finished) await leases.finishEnqueue(work.id, this.id);
        })
        .finally(() => written.end());
      running.catch(() => undefined); // awaited below; this only keeps an early rejection from going unhandled
      enqueue = { written, done: running };
    }
    await this.#channelLoop(work, sender, log, enqueue?.written);
    if (enqueue) await enqueue.done;
    await work.finish(log);
  }

  async #isPaused(id: string): Promise<boolean> {
    return this.stores.pauses ? this.stores.pauses.isPaused(id) : false;
  }

  async #channelLoop(work: Work<P>, sender: BroadcastSender, log: Logger, written?: BatchSignal): Promise<void> {
    // The next batch is claimed and read while the current one is being sent, so the pacer
    // never waits on the database between batches.
    const id = work.id;
    let after = -1;
    let seen = written?.count ?? 0;
    let next = claimPendingBatch(this.stores, id, sender.channel, after, this.#terms());
    for (;;) {
      const current = await next;
      if (this.#stopping) return;
      if (!current) {
        // Nothing free now; while this process is still writing batches, wait for the next one.
        if (!written || (written.ended && written.count === seen)) return;
        if (written.count === seen) await Promise.race([written.next(), this.#pause(1_000)]);
        seen = written.count;
        next = claimPendingBatch(this.stores, id, sender.channel, after, this.#terms());
        continue;
      }
      after = current.batch;
      const now = await work.current(current.members);
      if (!now) return;
      next = claimPendingBatch(this.stores, id, sender.channel, current.batch, this.#terms());
      // Awaited at the top of the loop; this only keeps its rejection from going unhandled if the send throws first.
      next.catch(() => undefined);
      const keeper = batchLeaseKeeper(this.stores.leases, id, sender.channel, current.claim, this.#keeperOptions(current.until, log.child({ batch: current.batch })));
      const claim = this.#pausable(id, keeper);
      const done = await this.#batchSender.send(
        { planId: id, batch: current.batch, members: current.members, sender, log, ...now.messages, claim, planState: () => work.state() },
        this.#stop.signal,
      );
      if (done) await this.stores.leases.finishBatch(id, current.batch, sender.channel, this.id);
      else if (claim.paused) return this.#handBack(id, sender, current.batch, await next.catch(() => null), log);
    }
  }

  /** A pause stopped the sends: this process's claims on the batch it was sending and the one it read ahead lapse now. */
  async #handBack(id: string, sender: BroadcastSender, batch: number, ahead: { batch: number } | null, log: Logger): Promise<void> {
    await this.stores.leases.releaseBatch(id, batch, sender.channel, this.id);
    if (ahead) await this.stores.leases.releaseBatch(id, ahead.batch, sender.channel, this.id);
    log.info('broadcast paused: claims handed back');
  }

  /** The batch's claim, which also stops holding once organisers pause the broadcast (looked up at most every second). */
  #pausable(id: string, keeper: BatchHold): BatchHold & { readonly paused: boolean } {
    let checkedAt = -Infinity;
    let paused = false;
    const check = async () => {
      const now = this.#clock.now();
      if (now - checkedAt < PAUSE_CHECK_MS) return;
      checkedAt = now;
      paused = await this.#isPaused(id).catch(() => paused);
    };
    return {
      maxPauseMs: keeper.maxPauseMs,
      get paused() {
        return paused;
      },
      hold: async () => {
        await check();
        return !paused && keeper.hold();
      },
    };
  }

  async #finishPlan(planId: string, log: Logger): Promise<void> {
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

/** How often a sending batch looks whether its broadcast was paused. */
const PAUSE_CHECK_MS = 1_000;

/** One broadcast as the worker's loops see it. */
interface Work<P extends BroadcastPlan> {
  id: string;
  kind: BroadcastKind;
  enqueueDone: boolean;
  /** Who it goes to (see enqueueDeliveries). */
  source: Parameters<typeof enqueueDeliveries>[1];
  /** Read before each batch: the plan now and how to word its messages, or null when the broadcast stops (cancelled). */
  current(members: readonly BatchMember[]): Promise<{ plan?: P; messages: Pick<BatchJob, 'messageFor' | 'compose' | 'editInPlace' | 'revision'> } | null>;
  state(): Promise<PlanState>;
  /** Called after each pass: finishes the broadcast once nothing is left (once). */
  finish(log: Logger): Promise<void>;
}

function hasEnded(plan: BroadcastPlan, now: number): boolean {
  return Boolean(plan.endedAt) || Boolean(plan.endsAt && plan.endsAt.getTime() <= now);
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

/** The enqueue this process runs beside its sends. */
interface Enqueuing {
  written: BatchSignal;
  done: Promise<void>;
}

/** Counts the batches an enqueue has written, and wakes a channel loop waiting for the next one (or for the end). */
class BatchSignal {
  count = 0;
  ended = false;
  #waiters: (() => void)[] = [];

  fire(): void {
    this.count += 1;
    this.#wake();
  }

  end(): void {
    this.ended = true;
    this.#wake();
  }

  next(): Promise<void> {
    return this.ended ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}
