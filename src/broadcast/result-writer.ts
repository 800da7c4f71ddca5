import type { Clock } from './clock.js';

/**
 * Writes results in the background, one write at a time, so a send loop never waits on the
 * database and no pacer slot is lost; frequent small writes (every `maxBuffered` results or
 * `maxAgeMs`) keep what a crash could resend down to about the messages in flight.
 */
export class ResultWriter<T> {
  #buffer: T[] = [];
  #lastFlush: number;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    /** Writes one chunk (maybe empty: a write also renews the caller's leases). */
    private readonly write: (chunk: T[]) => Promise<void>,
    private readonly clock: Clock,
    /** Called when a background write fails; the failure is thrown again by the next flush(). */
    private readonly onError: (err: unknown) => void,
    private readonly maxBuffered = 50,
    private readonly maxAgeMs = 100,
  ) {
    this.#lastFlush = clock.now();
  }

  /** Queues one result for the next write. */
  add(result: T): void {
    this.#buffer.push(result);
  }

  /** Called by the send loop after each send it starts: a background write if the buffer is full or old enough. */
  maybeFlush(): void {
    if (this.#buffer.length >= this.maxBuffered || this.clock.now() - this.#lastFlush > this.maxAgeMs) {
      this.flush().catch(this.onError);
    }
  }

  /** Writes what is buffered after the writes before it; rejects if any of them failed. */
  flush(): Promise<void> {
    const chunk = this.#buffer.splice(0, this.#buffer.length);
    this.#lastFlush = this.clock.now();
    this.#writing = this.#writing.then(() => this.write(chunk));
    return this.#writing;
  }
}
