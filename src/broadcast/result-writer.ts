import type { Clock } from './clock.js';

export interface ResultWriterOptions {
  clock: Clock;
  /** Stops the retries of a failing write (the process is stopping): its results are then left unwritten. */
  stop: AbortSignal;
  /** Called when a write fails (it is tried again) or is given up at a stop. */
  onError: (err: unknown, attempt: number, givenUp: boolean) => void;
  maxBuffered?: number;
  maxAgeMs?: number;
  /** Backoff before writing a failed chunk again, by attempt (1, 2, ...). */
  retryDelayMs?: (attempt: number) => number;
}

/**
 * Writes results in the background, one write at a time, so a send loop never waits on the
 * database and no pacer slot is lost; frequent small writes (every `maxBuffered` results or
 * `maxAgeMs`) keep what a crash could resend down to about the messages in flight. A failed
 * write (the database gone for a while) is tried again with backoff until it lands, and the
 * writes after it wait their turn, so one failure never loses the results that follow.
 */
export class ResultWriter<T> {
  #buffer: T[] = [];
  #unwritten = 0;
  #lastFlush: number;
  #writing: Promise<void> = Promise.resolve();
  /** Real time, not the clock: it bounds how long a result waits for the database, whatever a test's clock does. */
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** Writes one chunk (maybe empty). Called again with the same chunk after a failure, so it must be idempotent. */
    private readonly write: (chunk: T[]) => Promise<void>,
    private readonly opts: ResultWriterOptions,
  ) {
    this.#lastFlush = opts.clock.now();
  }

  /** Results added but not yet written (the send loop holds back while this is high). */
  get unwritten(): number {
    return this.#unwritten;
  }

  /** Queues one result for the next write, at the latest `maxAgeMs` from now. */
  add(result: T): void {
    this.#buffer.push(result);
    this.#unwritten++;
    // The send loop may be waiting (a 429's pause, WhatsApp's pacing): results must not wait
    // with it, or a process taking the batch over meanwhile would send them again.
    if (!this.#timer) this.#timer = setTimeout(() => this.#flushIfBuffered(), this.opts.maxAgeMs ?? 100);
  }

  #flushIfBuffered(): void {
    this.#timer = null;
    if (this.#buffer.length) void this.flush();
  }

  /** Called by the send loop after each send it starts: a background write if the buffer is full or old enough. */
  maybeFlush(): void {
    const { clock, maxBuffered = 50, maxAgeMs = 100 } = this.opts;
    if (this.#buffer.length >= maxBuffered || clock.now() - this.#lastFlush > maxAgeMs) void this.flush();
  }

  /** Writes what is buffered after the writes before it; resolves once all of them landed (or were given up at a stop). */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const chunk = this.#buffer.splice(0, this.#buffer.length);
    this.#lastFlush = this.opts.clock.now();
    this.#writing = this.#writing.then(() => this.#writeUntilDone(chunk));
    return this.#writing;
  }

  /** Never rejects: failures are reported through onError. */
  async #writeUntilDone(chunk: T[]): Promise<void> {
    const { clock, stop, onError, retryDelayMs = (n) => Math.min(5_000, 100 * 2 ** n) } = this.opts;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.write(chunk);
        break;
      } catch (err) {
        // At a stop the results stay unwritten: whoever takes the batch over sends them again.
        const givenUp = stop.aborted;
        onError(err, attempt, givenUp);
        if (givenUp) break;
        await clock.sleep(retryDelayMs(attempt), stop);
      }
    }
    this.#unwritten -= chunk.length;
  }
}
