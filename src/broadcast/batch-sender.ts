import type { Logger } from 'pino';
import type { FollowerStore } from '../core/ports.js';
import { SendError, type Language, type OutMessage } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { editPaced, sendPaced, SendWithdrawn, type BroadcastSender } from './broadcast-sender.js';
import type { BatchMember, DeliveryLog, DeliveryRecord } from './broadcast-ports.js';
import type { Clock } from './clock.js';
import type { BatchHold } from './lease-keeper.js';
import { ResultWriter } from './result-writer.js';

/** Failures in a row after which a pass starts no more sends: the channel is down, not one chat. */
export const OUTAGE_FAILURES = 5;

/** The longest default backoff between passes over a batch's failed sends. */
export const MAX_BACKOFF_MS = 30_000;

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
  /** The message for one member, when it depends on more than the language (a correction keeps their ticks); else messageFor. */
  compose?(member: BatchMember): Promise<OutMessage>;
  /** A correction: the member's message is edited in place where the channel can, else (or when refused) sent anew. */
  editInPlace?: boolean;
  /** The plan revision this broadcast shows, written on each record. */
  revision?: number;
  /** The caller's claim on the batch, asked before every send. */
  claim: BatchHold;
  /** Called before each retry pass: whether the plan is still open for sending. */
  planState(): Promise<PlanState>;
}

/** A plan as a retry sees it: still open, past its end (failed sends are recorded as failed), or no longer being published (cancelled). */
export type PlanState = 'open' | 'over' | 'closed';

export interface BatchSenderOptions {
  vault: Pick<AddressVault, 'open'>;
  deliveries: Pick<DeliveryLog, 'record'>;
  /** A follower who blocked the bot is marked blocked here. */
  followers: Pick<FollowerStore, 'update'>;
  clock: Clock;
  /** Messages in flight at once per channel and process. */
  maxInFlight?: number;
  /** Backoff before a retry pass, by passes in a row that reached nobody (1, 2, ...); default 2 s doubling up to 30 s. */
  retryDelayMs?: (stalled: number) => number;
}

/** How one send ended: an outcome to record, a failure worth trying again, or not sent because the claim was lost. */
type Outcome = { kind: 'final'; record: DeliveryRecord } | { kind: 'retry'; reason: string } | { kind: 'withdrawn' };

/** What one pass over a batch came to. */
interface PassState {
  retry: BatchMember[];
  /** Sends that got a final answer (sent, blocked, refused). */
  answered: number;
  failed: number;
  failuresInARow: number;
  firstFailure: string | null;
  lost: boolean;
}

/**
 * Sends a batch through its channel's pacer, many in flight at once, and records each outcome
 * as it comes (in the background, see ResultWriter). Only a block or a bad request is final:
 * anything else (5xx, timeouts, network) is the channel's trouble, so the batch keeps its claim
 * and tries again after a backoff for as long as the plan is open (being published, before its
 * end); a pass that meets a run of failures (an outage) stops and waits rather than burning
 * through the batch. Before every send it asks its claim, and stops once another process holds
 * the batch.
 */
export class BatchSender {
  constructor(private readonly opts: BatchSenderOptions) {}

  /** Sends the job; true when every member has their final outcome recorded, false if cut short (a stop, a lost claim, a closed plan). */
  async send(job: BatchJob, stop: AbortSignal): Promise<boolean> {
    let wake = () => {};
    const stopped = new Promise<void>((resolve) => (wake = resolve));
    stop.addEventListener('abort', wake, { once: true });
    try {
      let todo = job.members;
      for (let stalled = 0; ; ) {
        const pass = await this.#pass(job, todo, stop, stopped);
        if (pass.lost || stop.aborted) return false;
        todo = pass.retry;
        if (!todo.length) return true;
        stalled = pass.answered > 0 ? 1 : stalled + 1;
        const delay = this.opts.retryDelayMs?.(stalled) ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** stalled);
        job.log.warn({ failed: pass.failed, left: todo.length, retryInMs: delay, reason: pass.firstFailure }, 'sends failed; trying them again after a pause');
        if (!(await this.#pauseHolding(job, delay, stop))) return false;
        const plan = await this.#planState(job);
        if (plan === 'closed') return false;
        if (plan === 'over') return this.#recordOver(job, todo, pass.firstFailure, stop);
      }
    } finally {
      stop.removeEventListener('abort', wake);
    }
  }

  /** One pass over `todo`: the members to try again (those not tried first), and how it went. */
  async #pass(job: BatchJob, todo: readonly BatchMember[], stop: AbortSignal, stopped: Promise<void>): Promise<PassState> {
    const maxInFlight = this.opts.maxInFlight ?? 64;
    // Results unwritten before the loop holds back: what a crash could resend. At least the
    // messages in flight, and a quarter second of the sender's rate, so a paid broadcast (900/s)
    // is not held to one database write (64 results) per write's latency (~80 ms on a loaded
    // FerretDB: 758/s measured); the writer's next write takes everything buffered meanwhile.
    const holdAt = Math.max(maxInFlight, Math.ceil(job.sender.pacer.rate / 4));
    const writer = this.#writer(job, stop);
    const state: PassState = { retry: [], answered: 0, failed: 0, failuresInARow: 0, firstFailure: null, lost: false };
    const inFlight = new Set<Promise<void>>();
    let started = 0;
    for (const member of todo) {
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      // Results the database has not taken yet are what a crash would resend: hold back while they pile up.
      if (writer.unwritten >= holdAt) await writer.flush();
      // A slow pacer (WhatsApp's daily cap can mean hours) must not hold up a stop.
      if (!stop.aborted) await Promise.race([job.sender.pacer.take(), stopped]);
      if (stop.aborted || state.lost || state.failuresInARow >= OUTAGE_FAILURES) break;
      started++;
      const p = this.#sendOne(job, member)
        .then((outcome) => tally(state, member, outcome, writer))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      writer.maybeFlush();
    }
    await Promise.all(inFlight);
    await writer.flush();
    // Members not tried go first next time, so a chat that keeps failing never heads every pass.
    return { ...state, retry: [...todo.slice(started), ...state.retry] };
  }

  /** One send, its pacer slot already taken. */
  async #sendOne(job: BatchJob, member: BatchMember): Promise<Outcome> {
    const base = { followerId: member.followerId, audience: member.audience, channel: member.channel, messageId: null, ...(job.revision ? { revision: job.revision } : {}) };
    const at = () => new Date(this.opts.clock.now());
    let chatId: string;
    try {
      chatId = this.opts.vault.open(member.channel, member.sealedAddress);
    } catch (err) {
      // An address that cannot be opened never will be.
      return { kind: 'final', record: { ...base, status: 'failed', reason: failureReason(err), at: at() } };
    }
    try {
      const msg = job.compose ? await job.compose(member) : job.messageFor(member.language);
      const sent = await this.#deliver(job, member, chatId, msg);
      return { kind: 'final', record: { ...base, status: 'sent', reason: null, ...sent, at: at() } };
    } catch (err) {
      if (err instanceof SendWithdrawn) return { kind: 'withdrawn' };
      if (err instanceof SendError && err.reason === 'blocked') return { kind: 'final', record: { ...base, status: 'blocked', reason: 'blocked', at: at() } };
      if (err instanceof SendError && err.reason === 'bad_request') return { kind: 'final', record: { ...base, status: 'failed', reason: failureReason(err), at: at() } };
      return { kind: 'retry', reason: failureReason(err) };
    }
  }

  /**
   * Sends the message, or for a correction edits the member's message in place where the channel
   * can; an edit refused as a bad request (the follower deleted the message, or it is too old) is
   * sent anew instead, in a pacer slot of its own.
   */
  async #deliver(job: BatchJob, member: BatchMember, chatId: string, msg: OutMessage): Promise<Pick<DeliveryRecord, 'messageId' | 'how'>> {
    const mayStillSend = () => job.claim.hold();
    const { sender } = job;
    if (!job.editInPlace || !member.messageId || !sender.edit) {
      const messageId = await sendPaced(sender, chatId, msg, { slotTaken: true, mayStillSend });
      return job.editInPlace ? { messageId, how: 'resent' } : { messageId };
    }
    try {
      await editPaced(sender as Parameters<typeof editPaced>[0], chatId, member.messageId, msg, { slotTaken: true, mayStillSend });
      return { messageId: member.messageId, how: 'edited' };
    } catch (err) {
      if (!(err instanceof SendError) || err.reason !== 'bad_request') throw err;
      return { messageId: await sendPaced(sender, chatId, msg, { mayStillSend }), how: 'resent' };
    }
  }

  #writer(job: BatchJob, stop: AbortSignal): ResultWriter<DeliveryRecord> {
    return new ResultWriter<DeliveryRecord>((chunk) => this.#write(job, chunk), {
      clock: this.opts.clock,
      stop,
      onError: (err, attempt, givenUp) =>
        job.log.error({ err: String(err), attempt }, givenUp ? 'recording results failed at a stop; whoever takes the batch sends them again' : 'recording results failed; trying again'),
    });
  }

  /** Records a chunk of outcomes (insert-only, so a retried chunk changes nothing twice) and marks who blocked us. */
  async #write(job: BatchJob, chunk: DeliveryRecord[]): Promise<void> {
    if (!chunk.length) return;
    await this.opts.deliveries.record(job.planId, job.batch, chunk);
    for (const r of chunk) if (r.status === 'blocked') await this.opts.followers.update(r.followerId, { blocked: true });
  }

  /** Sleeps `ms` in steps the claim's lease outlasts, renewing it between; false if stopped or the claim was lost. */
  async #pauseHolding(job: BatchJob, ms: number, stop: AbortSignal): Promise<boolean> {
    for (let left = ms; left > 0; ) {
      const step = Math.max(1, Math.min(left, job.claim.maxPauseMs));
      await this.opts.clock.sleep(step, stop);
      left -= step;
      if (stop.aborted || !(await job.claim.hold())) return false;
    }
    return true;
  }

  /** Where the plan is; if the database cannot say, the batch keeps waiting as if open. */
  async #planState(job: BatchJob): Promise<PlanState> {
    try {
      return await job.planState();
    } catch (err) {
      job.log.warn({ err: String(err) }, 'could not read the plan; keeping the batch');
      return 'open';
    }
  }

  /** The plan is over: sending it now is pointless, so who is left is recorded as failed and the batch ends. */
  async #recordOver(job: BatchJob, todo: readonly BatchMember[], lastFailure: string | null, stop: AbortSignal): Promise<boolean> {
    const writer = this.#writer(job, stop);
    const at = new Date(this.opts.clock.now());
    const reason = `plan ended: ${lastFailure ?? 'not sent'}`.slice(0, 160);
    const revision = job.revision ? { revision: job.revision } : {};
    for (const m of todo) writer.add({ followerId: m.followerId, audience: m.audience, channel: m.channel, status: 'failed', reason, messageId: null, at, ...revision });
    await writer.flush();
    return !stop.aborted;
  }
}

/** Adds one send's outcome to its pass. */
function tally(state: PassState, member: BatchMember, outcome: Outcome, writer: ResultWriter<DeliveryRecord>): void {
  if (outcome.kind === 'final') {
    writer.add(outcome.record);
    state.answered++;
    state.failuresInARow = 0;
  } else if (outcome.kind === 'retry') {
    state.retry.push(member);
    state.failed++;
    state.failuresInARow++;
    state.firstFailure ??= outcome.reason;
  } else {
    state.retry.push(member);
    state.lost = true;
  }
}

/** A short reason for the log: the SendError's kind and the start of its cause (never the address or text). */
function failureReason(err: unknown): string {
  if (!(err instanceof SendError)) return String(err).slice(0, 120);
  return `${err.reason}${err.cause instanceof Error ? `: ${err.cause.message.slice(0, 120)}` : ''}`;
}
