import { parse as parseYaml } from 'yaml';
import type { Language } from '../core/types.js';
import { parsePlan, type PlanFile } from './plan-schema.js';
import type { StoredPlan } from './plan-types.js';

/*
 * Corrections of a plan that has gone out. A correction is a new revision of the whole plan file
 * (a link fixed, a wording, a task replaced in place, tasks appended, a language added, tasks
 * withdrawn with `withdraw: [3]`), kept apart from the live plan until a quorum approves it.
 * What may change: content, reminderAfterHours and endsAt. What may not: the id, the topics
 * (who it was sent to), the number of tasks going down (task numbers are stable: remove a task by
 * withdrawing it), and a language followers already read it in.
 */

/** What followers are told changed, in their language. */
export type PlanChange =
  | { kind: 'task' | 'added' | 'withdrawn'; task: number }
  | { kind: 'wording' }
  | { kind: 'language'; language: Language };

/** A correction proposed for revision `revision` of a live plan. */
export interface PendingCorrection {
  planId: string;
  revision: number;
  /** The live revision it was checked against. */
  base: number;
  plan: Pick<PlanFile, 'content' | 'reminderAfterHours' | 'endsAt'>;
  /** Tasks (1-based) to withdraw when it is applied. */
  withdraw: number[];
  changes: PlanChange[];
  proposedBy: string;
  createdAt: Date;
}

/** Pending and applied corrections. Implemented in src/db. */
export interface PlanCorrections {
  /** Saves a correction as the next revision after `after` and any correction already proposed (decided by a unique insert per revision). */
  propose(c: Omit<PendingCorrection, 'revision' | 'createdAt'>, after: number): Promise<PendingCorrection>;
  get(planId: string, revision: number): Promise<PendingCorrection | null>;
  /** The newest correction proposed for a plan (applied or not), or null. */
  newest(planId: string): Promise<PendingCorrection | null>;
  /**
   * Writes the correction over the live plan if the plan is still at an older revision (the
   * content, its revision number); idempotent. True once the plan is at this revision.
   */
  apply(c: PendingCorrection): Promise<boolean>;
}

/** A correction's file: the plan file, plus the tasks to withdraw. */
export type CorrectionParse = { ok: true; plan: PlanFile; withdraw: number[] } | { ok: false; errors: string[] };

/** Parses a correction file as a plan file with an optional `withdraw: [n, ...]`. */
export function parseCorrection(yaml: string, topics: readonly string[]): CorrectionParse {
  const parsed = parsePlan(yaml, topics);
  if (!parsed.ok) return parsed;
  let raw: unknown;
  try {
    raw = parseYaml(yaml, { maxAliasCount: 50 });
  } catch {
    raw = null;
  }
  const withdraw = (raw as { withdraw?: unknown } | null)?.withdraw ?? [];
  if (!Array.isArray(withdraw) || !withdraw.every((n) => Number.isInteger(n) && n >= 1)) {
    return { ok: false, errors: ['withdraw: must be a list of task numbers, e.g. [3]'] };
  }
  return { ok: true, plan: parsed.plan, withdraw: [...new Set(withdraw as number[])].sort((a, b) => a - b) };
}

/** Why a correction cannot apply to the live plan (empty when it can). */
export function correctionProblems(live: StoredPlan, next: PlanFile, withdraw: readonly number[]): string[] {
  const problems: string[] = [];
  const sameTopics = live.topics.length === next.topics.length && live.topics.every((t) => next.topics.includes(t));
  if (!sameTopics) problems.push(`topics: must stay ${live.topics.join(', ')} (the plan went to their followers)`);
  const before = live.content.en!.tasks.length;
  const after = next.content.en!.tasks.length;
  if (after < before) problems.push(`content.en.tasks: has ${after} tasks but the plan has ${before}: task numbers stay, remove a task with "withdraw: [n]"`);
  for (const lang of Object.keys(live.content)) {
    if (!next.content[lang as Language]) problems.push(`content.${lang}: followers read the plan in this language; it must stay`);
  }
  for (const n of withdraw) if (n > after) problems.push(`withdraw: there is no task ${n}`);
  return problems;
}

/** What changed from the live plan to the correction, for the note followers get. */
export function planChanges(live: Pick<PlanFile, 'content'>, next: Pick<PlanFile, 'content'>, withdraw: readonly number[]): PlanChange[] {
  const changes: PlanChange[] = [];
  const langs = Object.keys(next.content) as Language[];
  const oldLangs = langs.filter((l) => live.content[l]);
  if (oldLangs.some((l) => live.content[l]!.title !== next.content[l]!.title || live.content[l]!.why !== next.content[l]!.why)) changes.push({ kind: 'wording' });
  const before = live.content.en!.tasks.length;
  const after = next.content.en!.tasks.length;
  for (let i = 0; i < after; i++) {
    const task = i + 1;
    if (withdraw.includes(task)) changes.push({ kind: 'withdrawn', task });
    else if (i >= before) changes.push({ kind: 'added', task });
    else if (oldLangs.some((l) => JSON.stringify(live.content[l]!.tasks[i]) !== JSON.stringify(next.content[l]!.tasks[i]))) changes.push({ kind: 'task', task });
  }
  for (const l of langs) if (!live.content[l]) changes.push({ kind: 'language', language: l });
  return changes;
}
