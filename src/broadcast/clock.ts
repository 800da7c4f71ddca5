/** Time as the broadcast sees it (pacers, the worker's pauses, retry backoff, leases), injectable so tests never wait. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (a stop or a poke cuts a pause short). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
  random: () => Math.random(),
};

/**
 * The real clock for pacing: sub-millisecond and never set back, but not wall time, so only for
 * measuring gaps (a 900/s pacer spaces slots 1.1 ms apart; Date.now() would round that away).
 */
export const monotonicClock: Clock = {
  now: () => performance.now(),
  sleep: systemClock.sleep,
  random: systemClock.random,
};
