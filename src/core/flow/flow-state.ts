import { isDeepStrictEqual } from 'node:util';
import type { ReplayState } from '@grammyjs/conversations/out/engine.js';
import type { Language } from '../types.js';

/** A follower's conversation in progress, as persisted between messages. */
export interface FlowStateRecord {
  followerId: string;
  flow: string;
  args: unknown;
  /** Language when the flow started; `setLanguage` calls are replayed from there. */
  language: Language;
  /** The replay log: every prompt, effect and accepted answer so far (rejected input is never in it). */
  replay: ReplayState;
  /** The replay-log op waiting for the follower's next input. */
  interrupt: number;
  /** Token of the choice prompt being waited on, to tell current buttons from stale ones. */
  pendingToken: string | null;
  /** Bumped on every write; a write names the version it read, so a concurrent one is noticed. */
  version: number;
}

/** Where conversation state lives (MongoDB in production), so a restart resumes mid-flow. */
export interface FlowStateStore {
  /** Reads the follower's flow in progress, before an answer is replayed into it (null: none). */
  get(followerId: string): Promise<FlowStateRecord | null>;
  /**
   * Saves a flow that now waits for input, if the stored version is still `expectedVersion`
   * (null: nothing stored); false when another write came first, so the runner can retry.
   */
  put(record: FlowStateRecord, expectedVersion: number | null): Promise<boolean>;
  /**
   * Forgets the follower's flow: any version when it is cancelled, or only `expectedVersion`
   * when it ended. False when another version is stored (it stays, to be looked at again).
   */
  delete(followerId: string, expectedVersion?: number): Promise<boolean>;
}

/** Whether two records hold the same conversation at the same step (versions aside). */
export function sameStep(a: FlowStateRecord | null, b: FlowStateRecord | null): boolean {
  if (!a || !b) return false;
  return (
    a.flow === b.flow &&
    a.language === b.language &&
    a.interrupt === b.interrupt &&
    a.pendingToken === b.pendingToken &&
    isDeepStrictEqual(a.args, b.args) &&
    isDeepStrictEqual(a.replay, b.replay)
  );
}
