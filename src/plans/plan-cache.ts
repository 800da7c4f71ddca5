import type { PlanStore, StoredPlan } from './plan-types.js';

/**
 * How long a plan read from the store is served from memory. A tap needs the plan's content,
 * status and revision; re-reading it on every tap was one of a tap's slowest queries. What
 * another process changes (a cancel from the CLI, a corrected revision, a plan finishing) is
 * seen at most this late; what this process changes is seen at once (see PlanCache.direct).
 */
export const PLAN_FRESH_MS = 3_000;

/** PlanStore methods that only read: everything else is a write, and forgets the cache. */
const READS: ReadonlySet<PropertyKey> = new Set(['get', 'withStatus', 'recent', 'countApprovals', 'approvers']);

interface Entry {
  at: number;
  plan: Promise<StoredPlan | null>;
}

/**
 * A decorator of the PlanStore port that keeps plans in this process for PLAN_FRESH_MS.
 * Two views of one cache: `cached` for the hot paths (taps, typed "done 2", reminders), whose
 * `get` is served from memory; `direct` for organisers' actions, which read the store itself
 * (a quorum or a status check must not be a few seconds old) and forget the cache on every
 * write. Any method this file does not list as a read counts as a write, so methods added to
 * the port later (revisions, corrections, withdrawals) invalidate it without an edit here.
 */
export class PlanCache {
  readonly #inner: PlanStore;
  readonly #freshMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  /** Bumped by every write, so a read that started before one is not kept after it. */
  #generation = 0;
  readonly cached: PlanStore;
  readonly direct: PlanStore;

  constructor(inner: PlanStore, opts: { freshMs?: number; now?: () => number } = {}) {
    this.#inner = inner;
    this.#freshMs = opts.freshMs ?? PLAN_FRESH_MS;
    this.#now = opts.now ?? Date.now;
    this.cached = this.#view(true);
    this.direct = this.#view(false);
  }

  /** Drops every kept plan: the next `get` of each reads the store. */
  forget(): void {
    this.#generation++;
    this.#entries.clear();
  }

  #get(planId: string): Promise<StoredPlan | null> {
    const now = this.#now();
    const kept = this.#entries.get(planId);
    if (kept && now - kept.at < this.#freshMs) return kept.plan;
    const generation = this.#generation;
    const plan = this.#inner.get(planId);
    const entry = { at: now, plan };
    this.#entries.set(planId, entry);
    plan.then(
      () => {
        if (generation !== this.#generation) this.#drop(planId, entry);
      },
      () => this.#drop(planId, entry),
    );
    return plan;
  }

  #drop(planId: string, entry: Entry): void {
    if (this.#entries.get(planId) === entry) this.#entries.delete(planId);
  }

  #view(cachedGet: boolean): PlanStore {
    const inner = this.#inner;
    return new Proxy(inner, {
      get: (target, prop) => {
        if (prop === 'get' && cachedGet) return (planId: string) => this.#get(planId);
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (READS.has(prop)) return method.bind(target);
        return async (...args: unknown[]) => {
          this.forget();
          try {
            return await method.apply(target, args);
          } finally {
            this.forget();
          }
        };
      },
    });
  }
}
