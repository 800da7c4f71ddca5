import { systemClock, type Clock } from './clock.js';
import type { Pacer } from './pacer.js';

/** Counts WhatsApp sends per UTC day, shared by every process (the daily cap is per number). */
export interface DailySendCounter {
  /** Counts one send on `day` (YYYY-MM-DD, UTC) unless `cap` were already counted; false then. */
  tryCount(day: string, cap: number): Promise<boolean>;
}

const DAY_MS = 86_400_000;

/** The UTC day of a timestamp, as YYYY-MM-DD. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds from `ms` to the next UTC midnight. */
export function msUntilNextUtcDay(ms: number): number {
  return DAY_MS - (ms % DAY_MS);
}

export interface WhatsAppPacerOptions {
  /** Messages per minute on average (WHATSAPP_PER_MINUTE). */
  perMinute: number;
  /** Messages per UTC day at most (WHATSAPP_DAILY_CAP), across processes. */
  dailyCap: number;
  counter: DailySendCounter;
  /** Each gap is the average gap times a random factor in [1 - jitter, 1 + jitter]. Default 0.3. */
  jitter?: number;
  clock?: Clock;
}

/**
 * WhatsApp's pacing: WhatsApp bans numbers that message like a machine, so sends are spaced
 * at a few per minute with random gaps (never a regular beat), and no more than a daily cap
 * go out per UTC day; once it is reached, `take()` waits for the next day. The cap is counted
 * in MongoDB, so a restart or a second process cannot exceed it.
 */
export class WhatsAppPacer implements Pacer {
  #rate: number;
  #next = 0;
  readonly #clock: Clock;
  readonly #jitter: number;

  constructor(private readonly opts: WhatsAppPacerOptions) {
    this.#rate = opts.perMinute / 60;
    this.#clock = opts.clock ?? systemClock;
    this.#jitter = Math.min(0.9, Math.max(0, opts.jitter ?? 0.3));
  }

  get rate(): number {
    return this.#rate;
  }

  setRate(perSecond: number): void {
    this.#rate = perSecond;
  }

  pause(ms: number): void {
    this.#next = Math.max(this.#next, this.#clock.now() + ms);
  }

  async take(): Promise<void> {
    const now = this.#clock.now();
    const at = Math.max(now, this.#next);
    // Reserve the slot before waiting, so concurrent callers queue behind each other.
    const factor = 1 + this.#jitter * (2 * this.#clock.random() - 1);
    this.#next = at + (1000 / this.#rate) * factor;
    if (at > now) await this.#clock.sleep(at - now);
    for (;;) {
      const t = this.#clock.now();
      if (await this.opts.counter.tryCount(utcDay(t), this.opts.dailyCap)) return;
      // Cap reached: nothing more today. A second past midnight, try the new day.
      await this.#clock.sleep(msUntilNextUtcDay(t) + 1000);
    }
  }
}
