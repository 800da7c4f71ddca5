import type { Follower, OutMessage } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { planIsOpen } from './plan-life.js';
import type { Progress, StoredPlan } from './plan-types.js';
import { renderPlanMessage } from './render-plan-message.js';

/** Collective figures per task of a plan, already made safe to show (see src/reports/task-figures.ts). */
export interface TaskFigures {
  /** Task number → rounded count, or null when too small to show. Cheap: cached briefly. */
  shown(plan: Pick<StoredPlan, 'id' | 'withdrawnTasks'>): Promise<ReadonlyMap<number, number | null>>;
}

/**
 * One follower's checklist: the plan in their language, their ticks, "open until" in their
 * time zone and, while the plan is open, the collective figure per task.
 */
export async function renderChecklist(
  plan: StoredPlan,
  follower: Pick<Follower, 'language' | 'timezone'>,
  progress: Progress,
  t: Translator,
  figures?: TaskFigures,
): Promise<OutMessage> {
  const shown = figures && planIsOpen(plan) ? await figures.shown(plan) : undefined;
  return renderPlanMessage(plan, follower.language, progress, t, { timezone: follower.timezone, figures: shown });
}
