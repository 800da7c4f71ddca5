import type { Logger } from 'pino';
import type { BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { Feature } from '../core/feature.js';
import type { JoinLinks } from '../core/join-links.js';
import type { Models } from '../db/models.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import type { JobDefinition } from '../scheduler/job.js';
import { reportsWeeklyJob } from '../scheduler/jobs/reports-weekly.js';
import { influencerFeature } from './influencer-commands.js';
import { InfluencerNotifier } from './influencer-notifier.js';
import { InfluencerStore } from './influencer-store.js';

/** What the app gets back: the store (for the CLI and tests), the weekly job and the broadcast hook. */
export interface InfluencerFeatures {
  store: InfluencerStore;
  notifier: InfluencerNotifier;
  /** The influencers' and reports' commands and buttons. */
  feature: Feature;
  weeklyJob: JobDefinition;
  onBroadcastFinished(plan: StoredPlan): Promise<void>;
}

/** Builds the influencers' feature, its weekly job and its broadcast hook. */
export function installInfluencerFeatures(deps: {
  db: Models;
  plans: PlanStore;
  vault: AddressVault;
  translator: Translator;
  links: JoinLinks;
  topics: readonly string[];
  senders: readonly BroadcastSender[];
  log: Logger;
}): InfluencerFeatures {
  const store = new InfluencerStore(deps.db, deps.vault, deps.topics);
  const log = deps.log.child({ feature: 'influencers' });
  const notifier = new InfluencerNotifier({ db: deps.db, plans: deps.plans, store, translator: deps.translator, senders: deps.senders, log });
  return {
    store,
    notifier,
    feature: influencerFeature({ ...deps, store, translator: deps.translator, log }),
    weeklyJob: reportsWeeklyJob(notifier),
    onBroadcastFinished: (plan) => notifier.onBroadcastFinished(plan),
  };
}
