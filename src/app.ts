import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import { forgetFlow } from '../flows/forget.js';
import { onboardingFlow } from '../flows/onboarding.js';
import { languageFlow, timezoneFlow, topicsFlow } from '../flows/settings.js';
import type { FollowerFlowDeps } from '../flows/steps.js';
import type { AppFeature } from './app-feature.js';
import { BotCore } from './core/bot-core.js';
import { followerFeature } from './core/follower-feature.js';
import type { Flow } from './core/flow/flow-io.js';
import { FlowRunner } from './core/flow/flow-runner.js';
import type { Language } from './core/types.js';
import { MongoAudienceStore } from './db/audience-store.js';
import { MongoFlowStateStore } from './db/flow-state-store.js';
import { MongoFollowerStore } from './db/follower-store.js';
import { models, syncIndexes, type Models } from './db/models.js';
import { loadTranslator, type LoadedTranslator } from './i18n/translator.js';
import { AddressVault } from './privacy/address-vault.js';
import type { BroadcastSender } from './broadcast/broadcast-sender.js';
import { BroadcastWorker } from './broadcast/broadcast-worker.js';
import { mongoBroadcastStores } from './db/broadcast-stores.js';
import { joinLinks } from './core/join-links.js';
import type { ChannelName } from './core/types.js';
import { MongoPlanStore } from './db/plan-store.js';
import { MongoPledgeStore } from './db/pledge-store.js';
import type { PlanStore, PledgeStore, StoredPlan } from './plans/plan-types.js';
import { Checklist } from './plans/checklist.js';
import { organiserFeature } from './plans/organiser-commands.js';
import { PlanService } from './plans/plan-service.js';
import { renderPlanMessage } from './plans/render-plan-message.js';
import { Reminders } from './plans/reminders.js';
import { Scheduler } from './scheduler/scheduler.js';
import { planPublishJob } from './plans/plan-publish-job.js';
import { remindersPledgedJob } from './plans/reminders-pledged-job.js';
import { installInfluencerFeatures, type InfluencerFeatures } from './influencers/install-influencer-features.js';
import { REPORTS_WEEKLY_EVERY_MS } from './influencers/reports-weekly-job.js';
import { MongoReportCounters } from './db/report-counters.js';
import { COUNTERS_RECOUNT_JOB, countersRecountJob } from './reports/counters-recount-job.js';
import { recountFeature } from './reports/recount-command.js';

/** Where the locale files are, wherever the code runs from (src via tsx, or dist). */
export function localesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes('/dist/') ? `${here.split('/dist/')[0]}/locales` : fileURLToPath(new URL('../locales', import.meta.url));
}

export interface AppOptions {
  conn: Connection;
  dataKey: Buffer;
  topics: readonly string[];
  defaultLanguage: Language;
  log: Logger;
  /** Distinct organisers who must approve a plan before it goes out. */
  approvalsRequired?: number;
  /** Most reminders per pledge. */
  reminderMax?: number;
  /** Telegram bot username and WhatsApp number, for join links. */
  botUsername?: string;
  whatsappNumber?: string;
  /** How broadcasts reach each channel this process runs. */
  senders?: BroadcastSender[];
  /** Agenda's polling interval (ms). */
  schedulerEveryMs?: number;
  /** How often the broadcast worker looks for work (ms). */
  broadcastPollMs?: number;
  /** How long a broadcast claim lasts without renewal (ms); short in crash tests. */
  broadcastLeaseMs?: number;
  /** Called when a plan's broadcast ends (influencer summaries hook in here). */
  onBroadcastFinished?: (plan: StoredPlan) => Promise<void>;
}

/** Everything channel-neutral, wired: stores, flows, core. Channels and jobs are added on top. */
export interface App {
  db: Models;
  core: BotCore;
  runner: FlowRunner;
  translator: LoadedTranslator;
  vault: AddressVault;
  followers: MongoFollowerStore;
  audiences: MongoAudienceStore;
  plans: PlanStore;
  pledges: PledgeStore;
  planService: PlanService;
  checklist: Checklist;
  worker: BroadcastWorker<StoredPlan>;
  reminders: Reminders;
  scheduler: Scheduler;
  /** Influencer registration, links, reports and their subscriptions. */
  influencers: InfluencerFeatures;
  /** Every feature, in the order the core routes to them. */
  features: readonly AppFeature[];
  /** Starts the scheduler and the broadcast worker. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the app on an open connection and makes sure every index exists. */
export async function createApp(opts: AppOptions): Promise<App> {
  const db = models(opts.conn);
  await syncIndexes(db);
  const translator = loadTranslator(localesDir());
  if (translator.errors.length) opts.log.warn({ errors: translator.errors }, 'locale files have errors');
  const vault = new AddressVault(opts.dataKey);
  const followers = new MongoFollowerStore(db);
  const audiences = new MongoAudienceStore(db);
  const flowDeps: FollowerFlowDeps = { followers, topics: opts.topics };
  const flows: Record<string, Flow<never>> = {
    onboarding: onboardingFlow(flowDeps),
    language: languageFlow(flowDeps),
    topics: topicsFlow(flowDeps),
    timezone: timezoneFlow(flowDeps),
    forget: forgetFlow(flowDeps),
  };
  const runner = new FlowRunner(new MongoFlowStateStore(db), translator, flows, opts.log);
  const plans: PlanStore = new MongoPlanStore(db);
  const pledges: PledgeStore = new MongoPledgeStore(db);
  const links = joinLinks({ botUsername: opts.botUsername, whatsappNumber: opts.whatsappNumber });
  const checklist = new Checklist(plans, pledges, translator, links, opts.log);
  const senders = opts.senders ?? [];
  const scheduler = new Scheduler(opts.conn.db!, opts.log, opts.schedulerEveryMs);
  // The broadcast's stores; broadcastStores.deliveries also answers a plan's delivery totals.
  const broadcastStores = mongoBroadcastStores(db, { plans, followers });
  const worker = new BroadcastWorker(broadcastStores, {
    vault,
    render: (plan, language) => renderPlanMessage(plan, language, { pledged: false, completedAt: null, done: [] }, translator),
    senders,
    log: opts.log,
    pollMs: opts.broadcastPollMs,
    leaseMs: opts.broadcastLeaseMs,
    onFinished: async (plan) => {
      for (const feature of features) await feature.onBroadcastFinished?.(plan);
      await opts.onBroadcastFinished?.(plan);
    },
  });
  const planService = new PlanService(
    plans,
    broadcastStores.deliveries,
    opts.approvalsRequired ?? 2,
    opts.topics,
    {
      schedulePublish: (planId, at) => scheduler.scheduleOnce('plan.publish', at, { planId }, { planId }),
      cancelPublish: (planId) => scheduler.cancel('plan.publish', { planId }),
    },
    () => worker.poke(),
  );
  const reminders = new Reminders({
    pledges,
    plans,
    followers,
    vault,
    translator,
    senders: new Map<ChannelName, BroadcastSender>(senders.map((s) => [s.channel, s])),
    max: opts.reminderMax ?? 2,
    log: opts.log,
  });
  const counters = new MongoReportCounters(db);
  const influencers = installInfluencerFeatures({ store: audiences, counters, plans, vault, translator, links, topics: opts.topics, senders, log: opts.log });
  // The order matters only for /help, whose sections follow it; a command or button prefix
  // declared by two features fails here, at start.
  const features: AppFeature[] = [
    followerFeature({ followers, audiences, runner, translator, topics: opts.topics }),
    checklist.feature(),
    {
      ...organiserFeature({ service: planService, store: plans, translator, vault }),
      jobs: [planPublishJob(planService), { ...remindersPledgedJob(reminders), every: 5 * 60_000 }],
    },
    {
      ...influencers.feature,
      jobs: [{ ...influencers.weeklyJob, every: REPORTS_WEEKLY_EVERY_MS }],
      onBroadcastFinished: influencers.onBroadcastFinished,
    },
    {
      ...recountFeature({ scheduleRecount: () => scheduler.runNow(COUNTERS_RECOUNT_JOB, { requestedBy: 'organiser' }) }),
      jobs: [countersRecountJob(counters, opts.log)],
    },
  ];
  const core = new BotCore({ followers, runner, vault, translator, defaultLanguage: opts.defaultLanguage, features });
  return {
    db,
    core,
    runner,
    translator,
    vault,
    followers,
    audiences,
    plans,
    pledges,
    planService,
    checklist,
    worker,
    reminders,
    scheduler,
    influencers,
    features,
    async start() {
      await scheduler.start(features.flatMap((f) => f.jobs ?? []));
      worker.start();
    },
    async stop() {
      await worker.stop();
      await scheduler.stop();
    },
  };
}
