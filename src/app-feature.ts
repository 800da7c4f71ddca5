import type { Feature } from './core/feature.js';
import type { StoredPlan } from './plans/plan-types.js';
import type { JobDefinition } from './scheduler/job.js';

/**
 * One feature of the bot as the app wires it: what it brings to the chat (commands, buttons,
 * help) plus its agenda jobs and what it does when a plan's broadcast ends. src/app.ts lists
 * them once, in order.
 */
export interface AppFeature extends Feature {
  jobs?: readonly JobDefinition[];
  /** Called once when a plan's broadcast has reached everyone it could, in feature order. */
  onBroadcastFinished?: (plan: StoredPlan) => Promise<void>;
}
