import type { BatchMember } from '../broadcast/broadcast-ports.js';
import type { Language, OutMessage } from '../core/types.js';
import { LANGUAGE_NAMES, type Translator } from '../i18n/translator.js';
import type { PlanChange, PlanCorrections } from './plan-corrections.js';
import type { Progress, StoredPlan } from './plan-types.js';
import { renderPlanMessage } from './render-plan-message.js';

/** A correction's note in one language: "✏️ Corrected by the organisers: task 2 updated · task 4 added". */
export function correctionNote(changes: readonly PlanChange[], lang: Language, t: Translator): string {
  const parts = changes.map((c) => {
    if (c.kind === 'wording') return t.t(lang, 'plan-change-wording');
    if (c.kind === 'language') return t.t(lang, 'plan-change-language', { language: LANGUAGE_NAMES[c.language] });
    return t.t(lang, `plan-change-${c.kind}`, { task: c.task });
  });
  return t.t(lang, 'plan-corrected-note', { changes: parts.join(' · ') });
}

/** Many followers' progress on a plan at once. Implemented in src/db. */
export interface ProgressOfMany {
  progressOf(planId: string, followerIds: readonly string[]): Promise<Map<string, Progress>>;
}

/** Members whose ticks are read together: about a second of sending at Telegram's pace. */
export const PROGRESS_WINDOW = 25;

/**
 * The corrected checklist of one follower: the plan as it is now, with their own ticks and pledge,
 * under a line saying what changed. Ticks are read a window of members at a time, just before
 * that window is sent (two queries per window instead of two per follower), so a tick made while
 * the batch goes out is kept unless it lands in the second or so before that follower's edit.
 */
export function correctionMessages(deps: { progress: ProgressOfMany; corrections: Pick<PlanCorrections, 'get'>; translator: Translator }) {
  return async (plan: StoredPlan, revision: number, members: readonly BatchMember[]): Promise<(member: BatchMember) => Promise<OutMessage>> => {
    const changes = (await deps.corrections.get(plan.id, revision))?.changes ?? [];
    const notes = new Map<Language, string>();
    const index = new Map(members.map((m, i) => [m.followerId, i]));
    const windows = new Map<number, Promise<Map<string, Progress>>>();
    const progressOf = async (followerId: string): Promise<Progress> => {
      const w = Math.floor((index.get(followerId) ?? 0) / PROGRESS_WINDOW);
      let loading = windows.get(w);
      if (!loading) {
        const ids = members.slice(w * PROGRESS_WINDOW, (w + 1) * PROGRESS_WINDOW).map((m) => m.followerId);
        loading = deps.progress.progressOf(plan.id, index.has(followerId) ? ids : [followerId]);
        // A failed read is tried again by the next send that needs it.
        loading.catch(() => windows.delete(w));
        windows.set(w, loading);
        windows.delete(w - 2);
      }
      return (await loading).get(followerId) ?? (await deps.progress.progressOf(plan.id, [followerId])).get(followerId)!;
    };
    return async (member) => {
      const progress = await progressOf(member.followerId);
      const msg = renderPlanMessage(plan, member.language, progress, deps.translator);
      let note = notes.get(member.language);
      if (note === undefined) {
        note = correctionNote(changes, member.language, deps.translator);
        notes.set(member.language, note);
      }
      return { ...msg, text: `${note}\n\n${msg.text}` };
    };
  };
}
