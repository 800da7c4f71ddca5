/**
 * Lets long polling handle updates from different followers at once. grammY's built-in
 * polling awaits each update before the next, so one slow update (a report with a chart, a
 * 429 wait) would hold up everyone. Tasks start in update order, and BotCore queues them per
 * follower, so each person's messages are still handled one by one, in order.
 */
export class ConcurrentUpdates {
  readonly #pending = new Set<Promise<void>>();

  /** `max`: updates in progress at once; the next waits for a free place. */
  constructor(private readonly max = 100) {}

  /** Starts `task` now (or once a place is free) without waiting for it to finish. */
  async run(task: () => Promise<void>): Promise<void> {
    while (this.#pending.size >= this.max) await Promise.race(this.#pending);
    const p: Promise<void> = task()
      .catch(() => undefined)
      .finally(() => this.#pending.delete(p));
    this.#pending.add(p);
  }

  /** Updates still in progress. */
  get size(): number {
    return this.#pending.size;
  }

  /** Waits for every update in progress (at shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
  }
}
