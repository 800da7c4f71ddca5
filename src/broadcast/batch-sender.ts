import type { Logger } from 'pino';
import type { FollowerStore } from '../core/ports.js';
import { SendError, type Language, type OutMessage } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { sendPaced, type BroadcastSender } from './broadcast-sender.js';
import type { BatchMember, DeliveryLog, DeliveryRecord } from './broadcast-ports.js';
import type { Clock } from './clock.js';
import { ResultWriter } from './result-writer.js';

/** Tries per follower before a failure is final. */
export const MAX_ATTEMPTS = 3;

/** One channel's part of one batch, ready to send. */
export interface BatchJob {
  planId: string;
  batch: number;
  /** Members on the sender's channel still without a delivery record. */
  members: readonly BatchMember[];
  sender: BroadcastSender;
  /** Carries the plan, worker and channel. */
  log: Logger;
  /** The message in one language (the caller renders each language once). */
  messageFor(language: Language): OutMessage;
  /** Called after each write of results: the caller renews its leases here. */
  afterWrite(): Promise<void>;
}

export interface BatchSenderOptions {
  vault: Pick<AddressVault, 'open'>;
  deliveries: Pick<DeliveryLog, 'record'>;
  /** A follower who blocked the bot is marked blocked here. */
  followers: Pick<FollowerStore, 'update'>;
  clock: Clock;
  /** Messages in flight at once per channel and process. */
  maxInFlight?: number;
  /** Backoff before retrying a failed send, by pass (1, 2, 3). */
  retryDelayMs?: (pass: number) => number;
}

/**
 * Sends a batch through its channel's pacer, many in flight at once, and records each outcome
 * as it comes (in the background, see ResultWriter). Failures other than a block or a bad
 * request are retried in later passes after a growing backoff, up to MAX_ATTEMPTS tries each.
 */
export class BatchSender {
  constructor(private readonly opts: BatchSenderOptions) {}

  /** Sends the job; true when every member has their final outcome recorded, false if `stop` cut it short. */
  async send(job: BatchJob, stop: AbortSignal): Promise<boolean> {
    const attempts = new Map<string, number>();
    let wake = () => {};
    const stopped = new Promise<void>((resolve) => (wake = resolve));
    stop.addEventListener('abort', wake, { once: true });
    try {
      let todo = job.members;
      for (let pass = 0; todo.length > 0 && pass <= MAX_ATTEMPTS; pass++) {
        if (pass > 0) await this.opts.clock.sleep(this.opts.retryDelayMs?.(pass) ?? 1000 * 2 ** pass, stop);
        if (stop.aborted) return false;
        todo = await this.#pass(job, todo, attempts, stop, stopped);
      }
      return !stop.aborted;
    } finally {
      stop.removeEventListener('abort', wake);
    }
  }

  /** One pass over `todo`; returns the members to try again. */
  async #pass(
    job: BatchJob,
    todo: readonly BatchMember[],
    attempts: Map<string, number>,
    stop: AbortSignal,
    stopped: Promise<void>,
  ): Promise<BatchMember[]> {
    const { clock } = this.opts;
    const maxInFlight = this.opts.maxInFlight ?? 64;
    const writer = new ResultWriter<DeliveryRecord>((chunk) => this.#write(job, chunk), clock, (err) =>
      job.log.error({ err: String(err) }, 'recording results failed'),
    );
    const retry: BatchMember[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const member of todo) {
      if (stop.aborted) break;
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      // A slow pacer (WhatsApp's daily cap can mean hours) must not hold up a stop.
      await Promise.race([job.sender.pacer.take(), stopped]);
      if (stop.aborted) break;
      const p = this.#sendOne(job, member, attempts)
        .then((record) => (record ? writer.add(record) : retry.push(member)))
        .then(() => undefined)
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      writer.maybeFlush();
    }
    await Promise.all(inFlight);
    await writer.flush();
    return retry;
  }

  /** One send, its pacer slot already taken; null when it failed and should be tried again. */
  async #sendOne(job: BatchJob, member: BatchMember, attempts: Map<string, number>): Promise<DeliveryRecord | null> {
    const base = { followerId: member.followerId, audience: member.audience, channel: member.channel };
    try {
      const chatId = this.opts.vault.open(member.channel, member.sealedAddress);
      const messageId = await sendPaced(job.sender, chatId, job.messageFor(member.language), { slotTaken: true });
      return { ...base, status: 'sent', reason: null, messageId, at: new Date(this.opts.clock.now()) };
    } catch (err) {
      const e = err instanceof SendError ? err : null;
      const at = new Date(this.opts.clock.now());
      if (e?.reason === 'blocked') return { ...base, status: 'blocked', reason: 'blocked', messageId: null, at };
      const tries = (attempts.get(member.followerId) ?? 0) + 1;
      attempts.set(member.followerId, tries);
      if (e?.reason !== 'bad_request' && tries < MAX_ATTEMPTS) return null;
      return { ...base, status: 'failed', reason: failureReason(err), messageId: null, at };
    }
  }

  /** Records a chunk of outcomes (insert-only), marks who blocked us, then lets the caller renew. */
  async #write(job: BatchJob, chunk: DeliveryRecord[]): Promise<void> {
    if (chunk.length) {
      await this.opts.deliveries.record(job.planId, job.batch, chunk);
      for (const r of chunk) if (r.status === 'blocked') await this.opts.followers.update(r.followerId, { blocked: true });
    }
    await job.afterWrite();
  }
}

/** A short reason for the log: the SendError's kind and the start of its cause (never the address or text). */
function failureReason(err: unknown): string {
  if (!(err instanceof SendError)) return String(err).slice(0, 120);
  return `${err.reason}${err.cause instanceof Error ? `: ${err.cause.message.slice(0, 120)}` : ''}`;
}
