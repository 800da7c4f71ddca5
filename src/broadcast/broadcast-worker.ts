import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { Logger } from 'pino';
import { SendError, type ChannelName, type Language, type OutMessage } from '../core/types.js';
import type { Models } from '../db/models.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import { MongoPlanStore } from '../db/plan-store.js';
import { MongoFollowerStore } from '../db/follower-store.js';
import type { Translator } from '../i18n/translator.js';
import { renderPlanMessage } from '../plans/render-plan-message.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { sendPaced, type BroadcastSender } from './broadcast-sender.js';
import { enqueueDeliveries, type BatchMember } from './enqueue-deliveries.js';

const LEASE_MS = 60_000;
const HEARTBEAT_MS = 5_000;
const MAX_ATTEMPTS = 3;
/** Channel name of the claim row that stands for "writing the batches" (the enqueue). */
const ENQUEUE = '_enqueue';

export interface BroadcastWorkerOptions {
  db: Models;
  vault: AddressVault;
  translator: Translator;
  senders: BroadcastSender[];
  log: Logger;
  /** How often to look for plans being published. */
  pollMs?: number;
  /** Messages in flight at once per channel and process. */
  maxInFlight?: number;
  /** Backoff before retrying a failed send, by attempt. */
  retryDelayMs?: (attempt: number) => number;
  /** How long a claim lasts without renewal (a crashed process's work is retaken after it). */
  leaseMs?: number;
  /** Called once when a plan's broadcast has reached everyone it could. */
  onFinished?: (plan: StoredPlan) => Promise<void>;
}

/** What happened to one member's send. */
type Outcome =
  | { member: BatchMember; kind: 'sent'; messageId: string }
  | { member: BatchMember; kind: 'blocked' }
  | { member: BatchMember; kind: 'failed'; reason: string; final: boolean };

interface ClaimRow {
  batch: number;
  channel: string;
  leaseUntil: Date;
  done: boolean;
}

/** A promise and the function that resolves it (Promise.withResolvers needs Node 22). */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sends plans to their followers, in every bot process at once. The enqueue splits the
 * audience into batches; each channel's part of a batch is claimed by one process with a
 * lease, and a crashed process's lease lapses so another takes it over, resending only members
 * with no delivery record yet (so at most what was in flight at the crash goes twice). Each
 * channel runs its own loop at its own pace, so a slow WhatsApp never holds up Telegram.
 * Processes announce themselves with a heartbeat and split each channel's rate between them.
 */
export class BroadcastWorker {
  readonly id = `w-${randomBytes(6).toString('hex')}`;
  readonly #plans: PlanStore;
  readonly #followers: MongoFollowerStore;
  readonly #senders = new Map<ChannelName, BroadcastSender>();
  #running = false;
  #loop: Promise<void> | null = null;
  /** Resolvers of the loops' pauses, called by poke() and stop(). */
  readonly #wakers = new Set<() => void>();
  /** Set while stop() waits: sending loops leave at the next message. */
  #stopping = false;
  #stopSignal = signal();

  constructor(private readonly opts: BroadcastWorkerOptions) {
    this.#plans = new MongoPlanStore(opts.db);
    this.#followers = new MongoFollowerStore(opts.db);
    for (const s of opts.senders) this.#senders.set(s.channel, s);
  }

  get #leaseMs(): number {
    return this.opts.leaseMs ?? LEASE_MS;
  }

  /** Starts the background loops: a heartbeat, and one per channel. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = Promise.all([this.#beatLoop(), ...[...this.#senders.values()].map((sender) => this.#run(sender))]).then(() => undefined);
  }

  /** Stops after the messages in flight; unfinished claims are handed back at once. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#stopping = true;
    this.#stopSignal.resolve();
    this.#wakeAll();
    await this.#loop;
    this.#loop = null;
    this.#stopping = false;
    this.#stopSignal = signal();
    await this.opts.db.Worker.deleteOne({ _id: this.id }).catch(() => undefined);
    await this.opts.db.BroadcastBatch.updateMany({ owner: this.id, done: false }, { $set: { leaseUntil: new Date(0) } }).catch(() => undefined);
  }

  /** Looks for work now instead of at the next poll (after a publish). */
  poke(): void {
    this.#wakeAll();
  }

  #wakeAll(): void {
    const wakers = [...this.#wakers];
    this.#wakers.clear();
    for (const wake of wakers) wake();
  }

  /** Runs every publishing plan as far as this process can take it now (tests, CLI). */
  async drain(): Promise<void> {
    await this.#heartbeat();
    for (const plan of await this.#plans.withStatus('publishing')) {
      await Promise.all([...this.#senders.values()].map((sender) => this.#work(plan, sender)));
    }
  }

  /**
   * One channel's loop over every plan being published. Channels loop independently, so a
   * WhatsApp broadcast that takes hours never holds up Telegram, for this plan or the next.
   */
  async #run(sender: BroadcastSender): Promise<void> {
    while (this.#running) {
      try {
        for (const plan of await this.#plans.withStatus('publishing')) {
          if (this.#stopping) break;
          await this.#work(plan, sender);
        }
      } catch (err) {
        this.opts.log.error({ err: (err as Error).message, channel: sender.channel }, 'broadcast loop error');
      }
      await this.#pause(this.opts.pollMs ?? 2_000);
    }
  }

  async #beatLoop(): Promise<void> {
    while (this.#running) {
      await this.#heartbeat().catch((err: unknown) => this.opts.log.warn({ err: String(err) }, 'heartbeat failed'));
      await this.#pause(HEARTBEAT_MS);
    }
  }

  /** Sleeps `ms`, or less if poke() or stop() wakes the loops. */
  #pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wakers.add(done);
    });
  }

  /** Registers this process and shares each channel's rate among the live ones. */
  async #heartbeat(): Promise<void> {
    const now = new Date();
    await this.opts.db.Worker.updateOne({ _id: this.id }, { $set: { beatAt: now } }, { upsert: true });
    const live = await this.opts.db.Worker.countDocuments({ beatAt: { $gt: new Date(now.getTime() - 3 * HEARTBEAT_MS) } });
    for (const s of this.#senders.values()) s.pacer.setRate(s.configuredRate / Math.max(1, live));
  }

  /** One channel's share of one plan: enqueue it if nobody has, send free batches, maybe finish. */
  async #work(plan: StoredPlan, sender: BroadcastSender): Promise<void> {
    const log = this.opts.log.child({ plan: plan.id, worker: this.id, channel: sender.channel });
    if (!plan.enqueueDone && (await this.#claimEnqueue(plan.id))) {
      await enqueueDeliveries(this.opts.db, plan, log, () => this.#renew(plan.id, -1, ENQUEUE));
      await this.#finishClaim(plan.id, -1, ENQUEUE);
    }
    await this.#channelLoop(plan.id, sender, log);
    await this.#maybeFinish(plan.id, log);
  }

  async #claimEnqueue(planId: string): Promise<boolean> {
    try {
      await this.opts.db.BroadcastBatch.create({ planId, batch: -1, channel: ENQUEUE, size: 0, owner: this.id, leaseUntil: new Date(Date.now() + this.#leaseMs) });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
    }
    const row = await this.opts.db.BroadcastBatch.findOne({ planId, batch: -1, channel: ENQUEUE }).lean<ClaimRow>();
    return row ? this.#takeOver(planId, row) : false;
  }

  /** Takes a claim whose lease has lapsed, matching the lease seen so only one process wins. */
  async #takeOver(planId: string, row: ClaimRow): Promise<boolean> {
    if (row.done || row.leaseUntil.getTime() > Date.now()) return false;
    const res = await this.opts.db.BroadcastBatch.updateOne(
      { planId, batch: row.batch, channel: row.channel, done: false, leaseUntil: row.leaseUntil },
      { $set: { owner: this.id, leaseUntil: new Date(Date.now() + this.#leaseMs) } },
    );
    return res.modifiedCount === 1;
  }

  async #renew(planId: string, batch: number, channel: string): Promise<void> {
    await this.opts.db.BroadcastBatch.updateOne(
      { planId, batch, channel, owner: this.id },
      { $set: { leaseUntil: new Date(Date.now() + this.#leaseMs) } },
    );
  }

  /** Renews every claim this process holds on a plan's channel (the batch being sent and the next). */
  async #renewAll(planId: string, channel: string): Promise<void> {
    await this.opts.db.BroadcastBatch.updateMany(
      { planId, channel, owner: this.id, done: false },
      { $set: { leaseUntil: new Date(Date.now() + this.#leaseMs) } },
    );
  }

  async #finishClaim(planId: string, batch: number, channel: string): Promise<void> {
    await this.opts.db.BroadcastBatch.updateOne({ planId, batch, channel, owner: this.id }, { $set: { done: true } });
  }

  async #channelLoop(planId: string, sender: BroadcastSender, log: Logger): Promise<void> {
    // The next batch is claimed and read while the current one is being sent, so the pacer
    // never waits on the database between batches.
    let next = this.#claimNext(planId, sender.channel);
    for (;;) {
      const current = await next;
      if (!current || this.#stopping) return;
      const plan = await this.#plans.get(planId);
      if (!plan || plan.status !== 'publishing') return;
      next = this.#claimNext(planId, sender.channel, current.batch);
      await this.#sendBatch(plan, current.batch, current.members, sender, log);
    }
  }

  /** Claims the next free batch for a channel (after `after`) and reads who is still to send. */
  async #claimNext(planId: string, channel: string, after = -1): Promise<{ batch: number; members: BatchMember[] } | null> {
    const rows = await this.opts.db.BroadcastBatch.find({ planId, channel, done: false })
      .sort({ batch: 1 })
      .lean<(ClaimRow & { owner: string | null })[]>();
    for (const row of rows) {
      if (row.batch <= after && row.owner === this.id) continue;
      if (await this.#takeOver(planId, row)) {
        // A batch nobody held before has no delivery records: skip looking for them.
        return { batch: row.batch, members: await this.#pending(planId, row.batch, channel, row.owner !== null) };
      }
    }
    return null;
  }

  async #maybeFinish(planId: string, log: Logger): Promise<void> {
    const plan = await this.#plans.get(planId);
    if (!plan || plan.status !== 'publishing' || !plan.enqueueDone) return;
    const open = await this.opts.db.BroadcastBatch.countDocuments({ planId, done: false });
    if (open > 0) return;
    if (await this.#plans.transition(planId, 'publishing', 'published', { finishedAt: new Date() })) {
      log.info('broadcast finished');
      await this.opts.onFinished?.(plan).catch((err: unknown) => log.error({ err: String(err) }, 'onFinished failed'));
    }
  }

  /** Members of a batch on one channel that have no delivery record yet. */
  async #pending(planId: string, batch: number, channel: string, heldBefore: boolean): Promise<BatchMember[]> {
    const { db } = this.opts;
    const doc = await db.BroadcastMembers.findById(`${planId}|${batch}`).lean<{ members: BatchMember[] }>();
    if (!doc) return [];
    if (!heldBefore) return doc.members.filter((m) => m.c === channel);
    const recorded = await db.Delivery.find({ planId, batch }).select({ followerId: 1 }).lean<{ followerId: Types.ObjectId }[]>();
    const done = new Set(recorded.map((r) => r.followerId.toHexString()));
    return doc.members.filter((m) => m.c === channel && !done.has(m.f));
  }

  async #sendBatch(plan: StoredPlan, batch: number, members: BatchMember[], sender: BroadcastSender, log: Logger): Promise<void> {
    const maxInFlight = this.opts.maxInFlight ?? 64;
    const attempts = new Map<string, number>();
    const messages = new Map<Language, OutMessage>();
    const messageFor = (lang: Language) => {
      let msg = messages.get(lang);
      if (!msg) {
        msg = renderPlanMessage(plan, lang, { pledged: false, completedAt: null, done: [] }, this.opts.translator);
        messages.set(lang, msg);
      }
      return msg;
    };
    let todo = members;
    for (let pass = 0; todo.length > 0 && pass <= MAX_ATTEMPTS; pass++) {
      if (this.#stopping) return;
      if (pass > 0) await sleep(this.opts.retryDelayMs?.(pass) ?? 1000 * 2 ** pass);
      const outcomes: Outcome[] = [];
      const retry: BatchMember[] = [];
      let lastFlush = Date.now();
      // Results are written in the background, one write at a time, so the send loop never
      // waits on the database and no pacer slot is lost; frequent small writes keep what a
      // crash could resend down to about the messages in flight.
      let writing: Promise<void> = Promise.resolve();
      const flush = () => {
        const chunk = outcomes.splice(0, outcomes.length);
        lastFlush = Date.now();
        writing = writing.then(async () => {
          if (chunk.length) await this.#record(plan.id, batch, chunk);
          await this.#renewAll(plan.id, sender.channel);
        });
        return writing;
      };
      const inFlight = new Set<Promise<void>>();
      for (const member of todo) {
        if (this.#stopping) break;
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        // A slow pacer (WhatsApp's daily cap can mean hours) must not hold up a stop.
        await Promise.race([sender.pacer.take(), this.#stopSignal.promise]);
        if (this.#stopping) break;
        const p = this.#sendOne(member, messageFor(member.l as Language), sender, attempts)
          .then((o) => {
            if (o.kind === 'failed' && !o.final) retry.push(member);
            else outcomes.push(o);
          })
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (outcomes.length >= 50 || Date.now() - lastFlush > 100) {
          void flush().catch((err: unknown) => log.error({ err: String(err) }, 'recording results failed'));
        }
      }
      await Promise.all(inFlight);
      await flush();
      if (this.#stopping) return;
      todo = retry;
    }
    if (!this.#stopping) await this.#finishClaim(plan.id, batch, sender.channel);
  }

  /** One send; failures other than 429 come back as outcomes (final after MAX_ATTEMPTS). */
  async #sendOne(member: BatchMember, msg: OutMessage, sender: BroadcastSender, attempts: Map<string, number>): Promise<Outcome> {
    try {
      const chatId = this.opts.vault.open(member.c as ChannelName, member.s);
      return { member, kind: 'sent', messageId: await sendPaced(sender, chatId, msg, { slotTaken: true }) };
    } catch (err) {
      const e = err instanceof SendError ? err : null;
      if (e?.reason === 'blocked') return { member, kind: 'blocked' };
      const tries = (attempts.get(member.f) ?? 0) + 1;
      attempts.set(member.f, tries);
      const reason = e ? `${e.reason}${e.cause instanceof Error ? `: ${e.cause.message.slice(0, 120)}` : ''}` : String(err).slice(0, 120);
      return { member, kind: 'failed', reason, final: e?.reason === 'bad_request' || tries >= MAX_ATTEMPTS };
    }
  }

  async #record(planId: string, batch: number, outcomes: Outcome[]): Promise<void> {
    const { db } = this.opts;
    const at = new Date();
    const docs = outcomes.map((o) => ({
      _id: `${planId}|${o.member.f}`,
      planId,
      followerId: new Types.ObjectId(o.member.f),
      audience: o.member.a,
      channel: o.member.c,
      batch,
      status: o.kind,
      reason: o.kind === 'failed' ? o.reason : o.kind === 'blocked' ? 'blocked' : null,
      messageId: o.kind === 'sent' ? o.messageId : null,
      at,
    }));
    // Inserts only: a record already there (a resend after a crash) is left as it was.
    await db.Delivery.insertMany(docs, { ordered: false }).catch((err: unknown) => {
      const e = err as { code?: number; writeErrors?: { code?: number }[] };
      if (!(e.code === 11000 || e.writeErrors?.every((w) => w.code === 11000))) throw err;
    });
    for (const o of outcomes) {
      if (o.kind === 'blocked') await this.#followers.update(o.member.f, { blocked: true });
    }
  }
}
