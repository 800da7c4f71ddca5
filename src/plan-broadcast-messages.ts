import type { BatchMember, BroadcastRun } from './broadcast/broadcast-ports.js';
import type { OutMessage } from './core/types.js';
import type { Translator } from './i18n/translator.js';
import { correctionMessages, type ProgressOfMany } from './plans/correction-message.js';
import type { PlanCorrections } from './plans/plan-corrections.js';
import type { StoredPlan } from './plans/plan-types.js';
import { closingMessages } from './reports/closing-message.js';
import type { ReportCounters } from './reports/report-counters.js';

/** The messages of a plan's broadcasts after its first send: a correction's checklists, the closing's results. */
export function planBroadcastMessages(deps: {
  progress: ProgressOfMany;
  counters: ReportCounters;
  corrections: Pick<PlanCorrections, 'get'>;
  translator: Translator;
}): (run: BroadcastRun, plan: StoredPlan, members: readonly BatchMember[]) => Promise<(member: BatchMember) => Promise<OutMessage>> {
  const correction = correctionMessages(deps);
  const closing = closingMessages(deps);
  return (run, plan, members) => (run.kind === 'correction' ? correction(plan, run.revision, members) : closing(plan));
}
