import { monotonicClock, type Clock } from './clock.js';

/** Hands out send slots at a steady rate; every channel's sender has one. */
export interface Pacer {
  /** Resolves when the caller may send one message. */
  take(): Promise<void>;
  /** Stops handing out slots for `ms` (a 429's retry_after). */
  pause(ms: number): void;
  /** Changes the rate (messages per second), e.g. when another process joins. */
  setRate(perSecond: number): void;
  readonly rate: number;
}

/**
 * Evenly spaced slots: at 25/s one slot every 40 ms. A caller that fell behind (a database
 * round trip between batches) may use slots it missed, but at most a tenth of a second's
 * worth, so no one-second window ever holds more than 1.1 × the rate: at the default 25/s
 * that stays under Telegram's ~30/s, and paid mode's 900/s under its 1000/s.
 */
export class SteadyPacer implements Pacer {
  #interval: number;
  #next = 0;
  #rate: number;

  constructor(
    perSecond: number,
    private readonly clock: Clock = monotonicClock,
  ) {
    this.#rate = perSecond;
    this.#interval = 1000 / perSecond;
  }

  get rate(): number {
    return this.#rate;
  }

  setRate(perSecond: number): void {
    this.#rate = perSecond;
    this.#interval = 1000 / perSecond;
  }

  async take(): Promise<void> {
    const now = this.clock.now();
    const burstMs = Math.max(this.#interval, 100);
    const at = Math.max(now - burstMs + this.#interval, this.#next);
    this.#next = at + this.#interval;
    if (at - now >= 1) await this.clock.sleep(at - now);
  }

  pause(ms: number): void {
    this.#next = Math.max(this.#next, this.clock.now() + ms);
  }
}
