// The engine module alone: the plugin's entry point would load grammY, which the core never needs.
import { ReplayEngine, type ReplayState } from '@grammyjs/conversations/out/engine.js';
import type { Logger } from 'pino';
import type { Translator } from '../translator.js';
import type { InboundEvent, Language, Outbox } from '../types.js';
import { FlowConflictError } from './flow-conflict-error.js';
import type { Flow } from './flow-io.js';
import { sameStep, type FlowStateRecord, type FlowStateStore } from './flow-state.js';
import { ReplayFlowIO, SKIP, type PickedAnswer, type ReplayNotes } from './replay-flow-io.js';

export { FlowConflictError } from './flow-conflict-error.js';
export type { FlowStateRecord, FlowStateStore } from './flow-state.js';
export { DONE } from './replay-flow-io.js';
export { variantKey, type VariantOutbox } from './variant-key.js';

/** Operations a flow's replay log may hold before the flow starts over (see resume). */
export const MAX_REPLAY_OPS = 400;

/** What happened to an inbound event offered to the runner. */
export type ResumeOutcome = 'handled' | 'no-flow' | 'stale';

/** What a run could not save because another write came first: its next state, or null when the flow ended. */
interface Unsaved {
  followerId: string;
  flow: string;
  next: FlowStateRecord | null;
}

/**
 * Runs channel-neutral flows on @grammyjs/conversations' ReplayEngine. Every channel uses this
 * one runner, so a flow behaves the same on Telegram, WhatsApp and the console, and its state is
 * one small document per follower keyed by our follower id, never by a chat id.
 * Callers serialise calls per follower (see KeyedMutex); versions guard against other processes.
 */
export class FlowRunner {
  constructor(
    private readonly store: FlowStateStore,
    private readonly translator: Translator,
    private readonly flows: Record<string, Flow<never>>,
    private readonly log: Logger,
  ) {}

  /** Starts `flow` afresh for a follower, replacing whatever flow they were in. */
  async start(followerId: string, flow: string, args: unknown, language: Language, outbox: Outbox): Promise<void> {
    const existing = await this.store.get(followerId);
    const record: FlowStateRecord = {
      followerId,
      flow,
      args,
      language,
      replay: { send: [], receive: [] },
      interrupt: -1,
      pendingToken: null,
      version: existing ? existing.version + 1 : 0,
    };
    const result = await this.#run(record, existing ? existing.version : null, outbox);
    // A new flow replaces whatever was there, so what this run sent stands: save it over the newer write.
    if (result !== 'done') await this.#overwrite(result, await this.store.get(followerId));
  }

  /**
   * Offers an inbound event to the follower's flow in progress, if there is one. When another
   * process wrote the flow state meanwhile, the answer is kept: the run is saved over a write that
   * changed nothing else, or the event is offered once more while its prompt still waits.
   */
  async resume(followerId: string, event: InboundEvent, outbox: Outbox): Promise<ResumeOutcome> {
    const record = await this.store.get(followerId);
    const before = record && structuredClone(record);
    const first = await this.#offer(record, event, outbox);
    if (typeof first === 'string') return first;
    this.log.warn({ flow: first.flow }, 'flow state changed concurrently; retrying the answer on the fresh state');
    const fresh = await this.store.get(followerId);
    // Only the version moved: the run stands as it is, its messages and effects recorded, none repeated.
    if (sameStep(fresh, before)) {
      await this.#overwrite(first, fresh);
      return 'handled';
    }
    // The prompt this event answered still waits (say, another toggle of the same multiple choice):
    // the event comes after that write, as it would had the two arrived one after the other;
    // what the fresh log holds is replayed, not run again.
    if (fresh && fresh.pendingToken === before?.pendingToken) {
      const second = await this.#offer(fresh, event, outbox);
      if (typeof second === 'string') return second;
    } else if (event.kind === 'choice') {
      // That prompt was answered elsewhere or replaced: its buttons are expired, as they now say.
      return 'stale';
    }
    // A typed answer to a prompt answered elsewhere is not offered to the next prompt, where it
    // would count a second time: the follower gets the apology, and answers the prompt now waiting.
    throw new FlowConflictError(first.flow);
  }

  /** Abandons the follower's flow in progress. */
  async cancel(followerId: string): Promise<void> {
    await this.store.delete(followerId);
  }

  /** Supplies the event to a stored flow and runs it; the state it could not save, on a conflict. */
  async #offer(record: FlowStateRecord | null, event: InboundEvent, outbox: Outbox): Promise<ResumeOutcome | Unsaved> {
    if (!record) return 'no-flow';
    if (event.kind === 'choice' && event.token !== record.pendingToken) return 'stale';
    // Every accepted answer is replayed on each message (rejected ones are never logged, but a
    // multiple choice's toggles are): past a bound, the flow starts over instead of growing.
    if (record.replay.send.length >= MAX_REPLAY_OPS) {
      this.log.warn({ flow: record.flow }, 'flow log too long; starting it over');
      await this.start(record.followerId, record.flow, record.args, record.language, outbox);
      return 'handled';
    }
    const expected = record.version;
    ReplayEngine.supply(record.replay, record.interrupt, event);
    const result = await this.#run({ ...record, version: expected + 1 }, expected, outbox);
    return result === 'done' ? 'handled' : result;
  }

  /** Saves (or, for a flow that ended, removes) a run's state over `fresh`; a second conflict gives up. */
  async #overwrite(unsaved: Unsaved, fresh: FlowStateRecord | null): Promise<void> {
    const expected = fresh ? fresh.version : null;
    const { next } = unsaved;
    const ok = next
      ? await this.store.put({ ...next, version: expected === null ? 0 : expected + 1 }, expected)
      : expected === null || (await this.store.delete(unsaved.followerId, expected));
    if (!ok) throw new FlowConflictError(unsaved.flow);
  }

  /** Forgets a flow that ended, unless another write replaced what it was run from. */
  async #finish(record: FlowStateRecord, expectedVersion: number | null): Promise<'done' | Unsaved> {
    if (expectedVersion === null || (await this.store.delete(record.followerId, expectedVersion))) return 'done';
    return { followerId: record.followerId, flow: record.flow, next: null };
  }

  /** Plays or replays the flow and saves where it stopped ('done'); what it could not save, on a conflict. */
  async #run(record: FlowStateRecord, expectedVersion: number | null, outbox: Outbox): Promise<'done' | Unsaved> {
    const flow = this.flows[record.flow] as Flow<unknown> | undefined;
    if (!flow) throw new Error(`unknown flow ${record.flow}`);
    const notes: ReplayNotes = { token: null, picked: new Map() };
    const engine = new ReplayEngine((controls) =>
      flow(new ReplayFlowIO(controls, outbox, this.translator, record.language, record.interrupt, notes), record.args),
    );
    const result = record.replay.send.length === 0 ? await engine.play() : await engine.replay(record.replay);
    switch (result.type) {
      case 'canceled':
        // The prompt rejected the answer and re-prompted: the stored state stays as it was.
        if (result.message === SKIP) return 'done';
        return this.#finish(record, expectedVersion);
      case 'returned':
        return this.#finish(record, expectedVersion);
      case 'thrown':
        // The stored state is left as it was, so the follower can simply answer again.
        throw result.error;
      case 'interrupted': {
        const next: FlowStateRecord = {
          ...record,
          replay: withoutTypedText(result.state, notes.picked),
          interrupt: result.interrupts[0] ?? -1,
          pendingToken: notes.token,
        };
        if (await this.store.put(next, expectedVersion)) return 'done';
        return { followerId: record.followerId, flow: record.flow, next };
      }
    }
  }
}

/**
 * The replay log with every typed answer replaced by the option ids it named: what a follower
 * types is never stored, only what the flow understood (replayed as the same choice).
 */
function withoutTypedText(state: ReplayState, picked: ReadonlyMap<number, PickedAnswer>): ReplayState {
  if (picked.size === 0) return state;
  const receive = state.receive.map((r) => {
    const answer = picked.get(r.send);
    return answer ? { ...r, returnValue: answer } : r;
  });
  return { ...state, receive };
}
