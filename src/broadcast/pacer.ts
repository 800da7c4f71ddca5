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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Evenly spaced slots (a leaky bucket without burst): at 25/s one slot every 40 ms, so no
 * one-second window ever holds more than the rate, and Telegram's limiter never trips.
 */
export class SteadyPacer implements Pacer {
  #interval: number;
  #next = 0;
  #rate: number;

  constructor(perSecond: number) {
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
    const now = performance.now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.#interval;
    if (at - now >= 1) await sleep(at - now);
  }

  pause(ms: number): void {
    this.#next = Math.max(this.#next, performance.now() + ms);
  }
}
