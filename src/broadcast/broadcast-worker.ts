import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Types } from 'mongoose';
import { SendError, type ChannelName, type Language, type OutMessage } from '../core/types.js';
import type { Models } from '../db/models.js';
import { PlanStore, type StoredPlan } from '../db/plan-store.js';
import type { Translator } from '../i18n/translator.js';
import { renderPlanMessage } from '../plans/render-plan-message.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { sendPaced, type BroadcastSender } from './broadcast-sender.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';

/** Pseudo-batch number whose claim means "this process is writing the deliveries". */
const ENQUEUE_BATCH = -1;
const LEASE_MS = 60_000;
const HEARTBEAT_MS = 5_000;
const MAX_ATTEMPTS = 3;

export interface BroadcastWorkerOptions {
  db: Models;
  vault: AddressVault;
  translator: Translator;
  senders: BroadcastSender[];
  log: Logger;
  /** How often to look for plans being published. */
  pollMs?: number;
  /** Messages in flight at once per process. */
  maxInFlight?: number;
  /** Backoff before retrying a failed send, by attempt. */
  retryDelayMs?: (attempt: number) => number;
  /** How long a claim on a batch lasts without renewal (a crashed process's work is retaken after it). */
  leaseMs?: number;
  /** Called once when a plan's broadcast has reached everyone it could. */
  onFinished?: (plan: StoredPlan) => Promise<void>;
}

interface DeliveryRow {
  _id: Types.ObjectId;
  followerId: Types.ObjectId;
  channel: ChannelName;
  language: Language;
  addressSealed: string | null;
  attempts: number;
}

type Outcome =
  | { id: Types.ObjectId; followerId: Types.ObjectId; kind: 'sent'; messageId: string }
  | { id: Types.ObjectId; followerId: Types.ObjectId; kind: 'blocked' }
  | { id: Types.ObjectId; followerId: Types.ObjectId; kind: 'failed'; reason: string; final: boolean };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One send whose first slot is already taken; 429s pause the channel and retry. */
async function sendOnce(sender: BroadcastSender, chatId: string, msg: OutMessage): Promise<string> {
  try {
    return await sender.send(chatId, msg);
  } catch (err) {
    if (err instanceof SendError && err.reason === 'rate_limited') {
      sender.pacer.pause((err.retryAfterSeconds ?? 1) * 1000);
      return sendPaced(sender, chatId, msg);
    }
    throw err;
  }
}

/**
 * Sends plans to their followers, in every bot process at once. Work is split into batches
 * that a process claims with a unique insert and a lease; a crashed process's lease lapses
 * and another takes the batch over, resending only what was not yet marked sent. Processes
 * announce themselves with a heartbeat and split the global rate between them.
 */
export class BroadcastWorker {
  readonly id = `w-${randomBytes(6).toString('hex')}`;
  readonly #plans: PlanStore;
  readonly #senders = new Map<ChannelName, BroadcastSender>();
  #running = false;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #inFlight = 0;

  get #leaseMs(): number {
    return this.opts.leaseMs ?? LEASE_MS;
  }

  constructor(private readonly opts: BroadcastWorkerOptions) {
    this.#plans = new PlanStore(opts.db);
    for (const s of opts.senders) this.#senders.set(s.channel, s);
  }

  /** Starts the background loop. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stops after the messages in flight; unfinished batches are left for their lease to lapse. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    await this.opts.db.Worker.deleteOne({ _id: this.id }).catch(() => undefined);
    // Hand our unfinished batches back at once rather than after the lease.
    await this.opts.db.BroadcastBatch.updateMany({ owner: this.id, done: false }, { $set: { leaseUntil: new Date(0) } }).catch(
      () => undefined,
    );
  }

  /** Looks for work now instead of at the next poll (after a publish). */
  poke(): void {
    this.#wake?.();
  }

  /** Runs every publishing plan to the end once (tests and the CLI use this). */
  async drain(): Promise<void> {
    await this.#heartbeat();
    for (const plan of await this.#plans.withStatus('publishing')) await this.#work(plan);
  }

  async #run(): Promise<void> {
    let lastBeat = 0;
    while (this.#running) {
      try {
        if (Date.now() - lastBeat > HEARTBEAT_MS) {
          await this.#heartbeat();
          lastBeat = Date.now();
        }
        for (const plan of await this.#plans.withStatus('publishing')) {
          if (!this.#running) break;
          await this.#work(plan);
        }
      } catch (err) {
        this.opts.log.error({ err: (err as Error).message }, 'broadcast loop error');
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        setTimeout(resolve, this.opts.pollMs ?? 2_000);
      });
    }
  }

  /** Registers this process and shares each channel's rate among the live ones. */
  async #heartbeat(): Promise<void> {
    const now = new Date();
    await this.opts.db.Worker.updateOne({ _id: this.id }, { $set: { beatAt: now } }, { upsert: true });
    const live = await this.opts.db.Worker.countDocuments({ beatAt: { $gt: new Date(now.getTime() - 3 * HEARTBEAT_MS) } });
    for (const s of this.#senders.values()) s.pacer.setRate(s.configuredRate / Math.max(1, live));
  }

  async #work(plan: StoredPlan): Promise<void> {
    const log = this.opts.log.child({ plan: plan.id, worker: this.id });
    if (!plan.enqueueDone && (await this.#claim(plan.id, ENQUEUE_BATCH))) {
      await enqueueDeliveries(this.opts.db, plan, log, () => this.#renew(plan.id, ENQUEUE_BATCH));
      await this.#release(plan.id, ENQUEUE_BATCH);
    }
    for (;;) {
      if (!this.#running && this.#loop) return;
      const fresh = await this.#plans.get(plan.id);
      if (!fresh || fresh.status !== 'publishing') return;
      const batch = await this.#nextBatch(fresh);
      if (batch === null) break;
      await this.#sendBatch(fresh, batch, log);
    }
    await this.#maybeFinish(plan.id, log);
  }

  async #claim(planId: string, batch: number): Promise<boolean> {
    const leaseUntil = new Date(Date.now() + this.#leaseMs);
    try {
      await this.opts.db.BroadcastBatch.create({ planId, batch, owner: this.id, leaseUntil, done: false });
      return true;
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
    }
    // Taken: take it over only if its lease lapsed (a crashed or stopped process).
    const row = await this.opts.db.BroadcastBatch.findOne({ planId, batch }).lean<{ done: boolean; leaseUntil: Date }>();
    if (!row || row.done || row.leaseUntil.getTime() > Date.now()) return false;
    const res = await this.opts.db.BroadcastBatch.updateOne(
      { planId, batch, done: false, leaseUntil: row.leaseUntil },
      { $set: { owner: this.id, leaseUntil } },
    );
    return res.modifiedCount === 1;
  }

  async #release(planId: string, batch: number): Promise<void> {
    await this.opts.db.BroadcastBatch.updateOne({ planId, batch, owner: this.id }, { $set: { done: true } });
  }

  async #renew(planId: string, batch: number): Promise<void> {
    await this.opts.db.BroadcastBatch.updateOne(
      { planId, batch, owner: this.id },
      { $set: { leaseUntil: new Date(Date.now() + this.#leaseMs) } },
    );
  }

  /** The next batch this process may send, or null when none is free right now. */
  async #nextBatch(plan: StoredPlan): Promise<number | null> {
    const rows = await this.opts.db.BroadcastBatch.find({ planId: plan.id }).lean<{ batch: number; done: boolean; leaseUntil: Date }[]>();
    const seen = new Map(rows.map((r) => [r.batch, r]));
    for (let b = 0; b < plan.enqueuedBatches; b++) {
      const row = seen.get(b);
      if (row && (row.done || row.leaseUntil.getTime() > Date.now())) continue;
      if (await this.#claim(plan.id, b)) return b;
    }
    return null;
  }

  async #maybeFinish(planId: string, log: Logger): Promise<void> {
    const plan = await this.#plans.get(planId);
    if (!plan || plan.status !== 'publishing' || !plan.enqueueDone) return;
    const done = await this.opts.db.BroadcastBatch.countDocuments({ planId, done: true });
    // The enqueue pseudo-batch counts among the done ones.
    if (done < plan.enqueuedBatches + 1) return;
    if (await this.#plans.transition(planId, 'publishing', 'published', { finishedAt: new Date() })) {
      log.info('broadcast finished');
      await this.opts.onFinished?.(plan).catch((err: unknown) => log.error({ err: String(err) }, 'onFinished failed'));
    }
  }

  async #sendBatch(plan: StoredPlan, batch: number, log: Logger): Promise<void> {
    const { db } = this.opts;
    const maxInFlight = this.opts.maxInFlight ?? 200;
    for (let pass = 0; pass <= MAX_ATTEMPTS + 1; pass++) {
      const rows = await db.Delivery.find({ planId: plan.id, batch, status: 'pending' })
        .select({ followerId: 1, channel: 1, language: 1, addressSealed: 1, attempts: 1 })
        .lean<DeliveryRow[]>();
      if (!rows.length) break;
      if (pass > 0) await sleep(this.opts.retryDelayMs?.(pass) ?? 1000 * 2 ** pass);
      const outcomes: Outcome[] = [];
      let lastFlush = Date.now();
      const flush = async () => {
        const chunk = outcomes.splice(0, outcomes.length);
        lastFlush = Date.now();
        if (chunk.length) await this.#record(chunk);
        await this.#renew(plan.id, batch);
      };
      const inFlight = new Set<Promise<void>>();
      for (const row of rows) {
        if (!this.#running && this.#loop) break;
        const sender = this.#senders.get(row.channel);
        if (!sender) continue; // that channel is not running in this process; another one will send it
        while (this.#inFlight >= maxInFlight) await Promise.race(inFlight);
        await sender.pacer.take();
        this.#inFlight++;
        const p = this.#sendOne(plan, row, sender)
          .then((o) => {
            if (o) outcomes.push(o);
          })
          .finally(() => {
            this.#inFlight--;
            inFlight.delete(p);
          });
        inFlight.add(p);
        // Flushing often keeps what a crash could resend down to roughly the messages in flight.
        if (outcomes.length >= 50 || Date.now() - lastFlush > 100) await flush();
      }
      await Promise.all(inFlight);
      await flush();
    }
    const left = await db.Delivery.countDocuments({ planId: plan.id, batch, status: 'pending' });
    if (left === 0) await this.#release(plan.id, batch);
    else log.warn({ batch, left }, 'batch left with pending deliveries; will retry');
  }

  /** One send, with 429s retried after their retry_after (pausing the whole channel). */
  async #sendOne(plan: StoredPlan, row: DeliveryRow, sender: BroadcastSender): Promise<Outcome | null> {
    const base = { id: row._id, followerId: row.followerId };
    if (!row.addressSealed) return { ...base, kind: 'failed', reason: 'no_address', final: true };
    const chatId = this.opts.vault.open(row.channel, row.addressSealed);
    const msg = renderPlanMessage(plan, row.language, { pledged: false, completedAt: null, done: [] }, this.opts.translator);
    try {
      // The pacer slot for the first try was taken by the caller; sendPaced takes one per retry.
      return { ...base, kind: 'sent', messageId: await sendOnce(sender, chatId, msg) };
    } catch (err) {
      const e = err instanceof SendError ? err : null;
      if (e?.reason === 'blocked') return { ...base, kind: 'blocked' };
      const reason = e ? `${e.reason}${e.cause instanceof Error ? `: ${e.cause.message.slice(0, 120)}` : ''}` : String(err).slice(0, 120);
      const final = e?.reason === 'bad_request' || row.attempts + 1 >= MAX_ATTEMPTS;
      return { ...base, kind: 'failed', reason, final };
    }
  }

  async #record(outcomes: Outcome[]): Promise<void> {
    const { db } = this.opts;
    const now = new Date();
    const ops = outcomes.map((o) => {
      const filter = { _id: o.id, status: 'pending' };
      switch (o.kind) {
        case 'sent':
          return { updateOne: { filter, update: { $set: { status: 'sent', messageId: o.messageId, sentAt: now, addressSealed: null } } } };
        case 'blocked':
          return { updateOne: { filter, update: { $set: { status: 'blocked', reason: 'blocked', addressSealed: null } } } };
        case 'failed':
          return {
            updateOne: {
              filter,
              update: o.final
                ? { $set: { status: 'failed', reason: o.reason, addressSealed: null }, $inc: { attempts: 1 } }
                : { $set: { reason: o.reason }, $inc: { attempts: 1 } },
            },
          };
      }
    });
    await db.Delivery.bulkWrite(ops, { ordered: false });
    const blocked = outcomes.filter((o) => o.kind === 'blocked');
    for (const b of blocked) {
      await db.Follower.updateOne({ _id: b.followerId }, { $set: { blocked: true, blockedAt: now } });
    }
  }
}
