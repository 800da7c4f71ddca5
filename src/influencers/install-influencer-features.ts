import type { Logger } from 'pino';
import type { BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { Feature } from '../core/feature.js';
import type { JoinLinks } from '../core/join-links.js';
import type { PageVisits } from '../reports/page-visits.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import type { CounterMaintenance, ReportCounters } from '../reports/report-counters.js';
import type { JobDefinition } from '../scheduler/job.js';
import { influencerFeature } from './influencer-commands.js';
import { InfluencerNotifier } from './influencer-notifier.js';
import { InfluencerRegistry } from './influencer-registry.js';
import type { InfluencerStore } from './influencer-store.js';
import { reportsWeeklyJob } from './reports-weekly-job.js';
import type { ReportSection } from './report-commands.js';

/** What the app gets back: the registry (for the CLI and tests), the weekly job and the broadcast hook. */
export interface InfluencerFeatures {
  registry: InfluencerRegistry;
  notifier: InfluencerNotifier;
  /** The influencers' and reports' commands and buttons. */
  feature: Feature;
  weeklyJob: JobDefinition;
  onBroadcastFinished(plan: StoredPlan): Promise<void>;
}

/** Builds the influencers' feature, its weekly job and its broadcast hook. */
export function installInfluencerFeatures(deps: {
  store: InfluencerStore;
  counters: ReportCounters & Pick<CounterMaintenance, 'freezeReach'>;
  plans: PlanStore;
  vault: AddressVault;
  translator: Translator;
  links: JoinLinks;
  topics: readonly string[];
  senders: readonly BroadcastSender[];
  log: Logger;
  /** Plan page visits for the audience reports, when the pages are served. */
  visits?: Pick<PageVisits, 'count'>;
  /** Sections other features add to /report (gatherings). */
  sections?: readonly ReportSection[];
}): InfluencerFeatures {
  const registry = new InfluencerRegistry(deps.store, deps.vault, deps.topics);
  const log = deps.log.child({ feature: 'influencers' });
  const notifier = new InfluencerNotifier({ ...deps, registry, log });
  return {
    registry,
    notifier,
    feature: influencerFeature({ ...deps, registry, log }),
    weeklyJob: reportsWeeklyJob(notifier),
    onBroadcastFinished: (plan) => notifier.onBroadcastFinished(plan),
  };
}
