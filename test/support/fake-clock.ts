import type { Clock } from '../../src/broadcast/clock.js';

/** A clock whose sleeps return at once and move time forward by exactly that much. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  #seed = 7;
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.t += ms;
  }
  random(): number {
    // A small deterministic generator, so the jitter is real but the test repeatable.
    this.#seed = (this.#seed * 16807) % 2147483647;
    return this.#seed / 2147483647;
  }
}
