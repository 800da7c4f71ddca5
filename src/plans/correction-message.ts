import type { BatchMember } from '../broadcast/broadcast-ports.js';
import type { Language, OutMessage } from '../core/types.js';
import { LANGUAGE_NAMES, type Translator } from '../i18n/translator.js';
import type { PlanChange, PlanCorrections } from './plan-corrections.js';
import type { PledgeStore, StoredPlan } from './plan-types.js';
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

/**
 * The corrected checklist of one follower: the plan as it is now, with their own ticks and pledge
 * (read at the moment of sending, so a tick made meanwhile is kept), under a line saying what changed.
 */
export function correctionMessages(deps: { pledges: Pick<PledgeStore, 'progress'>; corrections: Pick<PlanCorrections, 'get'>; translator: Translator }) {
  return async (plan: StoredPlan, revision: number): Promise<(member: BatchMember) => Promise<OutMessage>> => {
    const changes = (await deps.corrections.get(plan.id, revision))?.changes ?? [];
    const notes = new Map<Language, string>();
    return async (member) => {
      const progress = await deps.pledges.progress(plan.id, member.followerId);
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
