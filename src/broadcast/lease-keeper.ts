import type { Logger } from 'pino';
import type { BatchLeases, ClaimedBatch, LeaseTerms } from './broadcast-ports.js';
import type { ChannelName } from '../core/types.js';
import type { Clock } from './clock.js';

/** A sender's hold on the batch it is sending, checked before every send. */
export interface BatchHold {
  /** Called before each send and after each pause: true while the caller still holds the batch. */
  hold(): Promise<boolean>;
  /** The longest pause after which hold() still renews the lease before it lapses (a backoff sleeps in steps of this). */
  readonly maxPauseMs: number;
}

export interface LeaseKeeperOptions {
  clock: Clock;
  owner: string;
  leaseMs: number;
  /** When the lease as taken ends. */
  until: Date;
  /** Carries the plan and channel; says when a claim is lost. */
  log: Logger;
}

/**
 * Keeps a claim while its owner works: hold() answers from the lease it knows while more than
 * half of it is left, and otherwise renews it (one database call, shared by every caller waiting
 * on it). Once another process holds the claim, or the lease ran out while the database could
 * not be asked, hold() says false for good, so a sender paused past its lease (a long 429) never
 * sends what a new owner is sending.
 */
export class LeaseKeeper implements BatchHold {
  #until: number;
  #lost = false;
  #renewing: Promise<boolean> | null = null;

  constructor(
    /** Renews the claim until `terms.until`; false when another process holds it now. */
    private readonly renew: (terms: LeaseTerms) => Promise<boolean>,
    private readonly opts: LeaseKeeperOptions,
  ) {
    this.#until = opts.until.getTime();
  }

  get maxPauseMs(): number {
    return this.opts.leaseMs / 3;
  }

  hold(): Promise<boolean> {
    if (this.#lost) return Promise.resolve(false);
    if (this.#left() > this.opts.leaseMs / 2) return Promise.resolve(true);
    this.#renewing ??= this.#renewNow().finally(() => (this.#renewing = null));
    return this.#renewing;
  }

  #left(): number {
    return this.#until - this.opts.clock.now();
  }

  async #renewNow(): Promise<boolean> {
    const { clock, owner, leaseMs, log } = this.opts;
    const now = clock.now();
    const terms = { owner, now: new Date(now), until: new Date(now + leaseMs) };
    try {
      if (await this.renew(terms)) {
        this.#until = terms.until.getTime();
        return true;
      }
      log.warn('claim taken over by another process: this one stops');
    } catch (err) {
      // Nobody can say whether another process took over: go on only while the lease surely holds.
      if (this.#left() > leaseMs / 4) {
        log.warn({ err: String(err) }, 'renewing a claim failed; trying again at the next send');
        return true;
      }
      log.warn({ err: String(err) }, 'renewing a claim failed and its lease is ending: this process stops');
    }
    this.#lost = true;
    return false;
  }
}

/** The keeper of a claimed batch: each renewal inserts the claim's next generation. */
export function batchLeaseKeeper(
  leases: Pick<BatchLeases, 'renewBatch'>,
  planId: string,
  channel: ChannelName,
  claim: ClaimedBatch,
  opts: LeaseKeeperOptions,
): LeaseKeeper {
  let current = claim;
  return new LeaseKeeper(async (terms) => {
    const renewed = await leases.renewBatch(planId, channel, current, terms);
    if (renewed) current = renewed;
    return renewed !== null;
  }, opts);
}
