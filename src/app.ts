import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import { followerFlows, memberFlows } from '../flows/index.js';
import type { AppFeature } from './app-feature.js';
import type { BroadcastSender } from './broadcast/broadcast-sender.js';
import { BroadcastWorker } from './broadcast/broadcast-worker.js';
import { BotCore } from './core/bot-core.js';
import { followerFeature } from './core/follower-feature.js';
import { FlowRunner } from './core/flow/flow-runner.js';
import { joinLinks } from './core/join-links.js';
import type { HttpRoute } from './http/http-server.js';
import { kitFeature } from './kit/kit-feature.js';
import type { ChannelName, Language } from './core/types.js';
import type { MongoAudienceStore } from './db/audience-store.js';
import type { MongoFollowerStore } from './db/follower-store.js';
import type { Models } from './db/models.js';
import type { DatabaseConnection } from './db/connect.js';
import { openMongoStores } from './db/mongo-stores.js';
import { loadTranslator, type LoadedTranslator } from './i18n/translator.js';
import { installInfluencerFeatures, type InfluencerFeatures } from './influencers/install-influencer-features.js';
import { REPORTS_WEEKLY_EVERY_MS } from './influencers/reports-weekly-job.js';
import { Checklist } from './plans/checklist.js';
import { PlanCache } from './plans/plan-cache.js';
import { organiserFeature } from './plans/organiser-commands.js';
import { OrganiserTokens } from './plans/organiser-tokens.js';
import { planPublishJob } from './plans/plan-publish-job.js';
import { PlanService, type PublishScheduler } from './plans/plan-service.js';
import type { PlanStore, PledgeStore, StoredPlan } from './plans/plan-types.js';
import { Reminders } from './plans/reminders.js';
import { remindersPledgedJob } from './plans/reminders-pledged-job.js';
import { renderPlanMessage, type RenderablePlan } from './plans/render-plan-message.js';
import { draftFeature } from './plans/draft-commands.js';
import { translationReviewFeature } from './plans/translation-review-commands.js';
import { AddressVault } from './privacy/address-vault.js';
import { countersFoldJob } from './reports/counters-fold-job.js';
import { COUNTERS_RECOUNT_JOB, countersRecountJob } from './reports/counters-recount-job.js';
import { recountFeature } from './reports/recount-command.js';
import type { ReportCounters } from './reports/report-counters.js';
import { Scheduler } from './scheduler/scheduler.js';
import { CatchUp } from './plans/catch-up.js';
import { PlanLife } from './plans/plan-end.js';
import { planLifeFeature } from './plans/plan-life-commands.js';
import { CachedTaskFigures } from './reports/task-figures.js';
import { installForum, type Forum } from './forum-install.js';
import { countRule, type QuorumRule } from './forum/quorum-rule.js';
import type { PlanQuorum } from './plans/plan-quorum.js';
import { correctionFeature } from './plans/correction-commands.js';
import { CorrectionService } from './plans/correction-service.js';
import { planBroadcastsJob } from './plans/plan-broadcasts-job.js';
import { planBroadcastMessages } from './plan-broadcast-messages.js';
import { installGatherings } from './gathering-install.js';
import { gatheringFeature } from './gatherings/gathering-feature.js';
import { gatheringRemindJob, gatheringsSweepJob } from './gatherings/gathering-jobs.js';
import type { GatheringService } from './gatherings/gathering-service.js';
import { organiserKey } from './plans/organiser-commands.js';
import { installMeetings } from './meetings/install-meetings.js';
import type { MeetingService } from './meetings/meeting-service.js';

/** Where the locale files are, wherever the code runs from (src via tsx, or dist). */
export function localesDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes('/dist/') ? `${here.split('/dist/')[0]}/locales` : fileURLToPath(new URL('../locales', import.meta.url));
}

export interface AppOptions {
  /** The open database (src/db's handle; only src/db looks inside). */
  conn: DatabaseConnection;
  dataKey: Buffer;
  topics: readonly string[];
  defaultLanguage: Language;
  log: Logger;
  /** Distinct organisers who must approve a plan before it goes out. */
  approvalsRequired?: number;
  /** The forum's quorum rule (QUORUM); unset: APPROVALS_REQUIRED as a plain number. */
  quorum?: QuorumRule;
  /** ADMIN_TELEGRAM_IDS, the first organisers; given, approvals count only from current organisers and objections hold. */
  organiserIds?: readonly string[];
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
  /** The forum's name on slides and pages, and the base URL of the public plan pages (none without it). */
  forumName?: string;
  publicUrl?: string;
  /** Called when a plan's broadcast ends (influencer summaries hook in here). */
  onBroadcastFinished?: (plan: StoredPlan) => Promise<void>;
  /** Distinct organisers who must approve a correction of a published plan (at most approvalsRequired; default the same). */
  correctionApprovals?: number;
  /** TRANSLATION_REVIEW: a language version goes out only once a member who speaks it approved it (/review). */
  translationReview?: boolean;
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
  /** Organisers' personal tokens for the plan CLI (/clitoken issues them). */
  organiserTokens: OrganiserTokens;
  checklist: Checklist;
  /** Forum members, who may approve, and the quorum rule every decision takes. */
  forum: Forum;
  /** The forum's meetings: invitations, answers, reminders, proposals, minutes. */
  meetings: MeetingService;
  /** Corrections, closings, pause and resume of a plan that went out. */
  corrections: CorrectionService;
  worker: BroadcastWorker<StoredPlan>;
  reminders: Reminders;
  scheduler: Scheduler;
  /** Influencer registration, links, reports and their subscriptions. */
  influencers: InfluencerFeatures;
  /** Every feature, in the order the core routes to them. */
  features: readonly AppFeature[];
  /** Late joiners get the open plans (and the job that finishes what a restart left). */
  catchUp: CatchUp;
  /** Withdrawing tasks, closing plans early, and ending them at their end date. */
  planLife: PlanLife;
  /** The report counters (reports, the demo, the export read them). */
  reportCounters: ReportCounters;
  /** Routes of the bot's HTTP server (the public plan pages). */
  httpRoutes: readonly HttpRoute[];
  /** Live gatherings announced to a cause's followers, their answers and reminders. */
  gatherings: GatheringService;
  /** Starts the scheduler and the broadcast worker. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the app on an open connection and makes sure every index exists. */
export async function createApp(opts: AppOptions): Promise<App> {
  const stores = await openMongoStores(opts.conn, { translationReview: opts.translationReview });
  const { followers, audiences, pledges } = stores;
  if ('failed' in stores.hotPaths) opts.log.warn({ hotPaths: stores.hotPaths }, 'hot paths not indexed in FerretDB storage: lookups scan');
  else if (stores.hotPaths.server !== 'mongodb-or-unknown') opts.log.info({ hotPaths: stores.hotPaths }, 'hot paths indexed in FerretDB storage');
  // Taps, typed ticks and reminders read plans through the cache; organisers read the store and their writes forget it.
  const planCache = new PlanCache(stores.plans);
  const plans = planCache.direct;
  const translator = loadTranslator(localesDir());
  if (translator.errors.length) opts.log.warn({ errors: translator.errors }, 'locale files have errors');
  const vault = new AddressVault(opts.dataKey);
  const links = joinLinks({ botUsername: opts.botUsername, whatsappNumber: opts.whatsappNumber });
  const senders = opts.senders ?? [];
  const figures = new CachedTaskFigures(stores.counters);
  const catchUp = new CatchUp({ store: stores.catchUps, plans, pledges, followers, vault, translator, senders: sendersByChannel(senders), log: opts.log, figures });
  const runner = new FlowRunner(stores.flowStates, translator, followerFlows({ followers, topics: opts.topics, catchUp }), opts.log);
  // A plan as every follower first gets it: the broadcast sends it, a member's draft previews it.
  const followerView = (plan: RenderablePlan, language: Language) => renderPlanMessage(plan, language, { pledged: false, completedAt: null, done: [] }, translator);
  // Ending a plan writes past the plan store: the taps' plan cache forgets then too.
  const ending = forgettingAfter(stores.planEnding, 'end', () => planCache.forget());
  const planLife = new PlanLife(planCache.cached, ending, opts.log, pledges);
  const scheduler = new Scheduler(stores.agenda, opts.log, stores.jobClaims, opts.schedulerEveryMs);
  const gatherings = await installGatherings(stores.db, { ...{ runs: stores.broadcast.runs, followers, vault, translator, scheduler }, senders: sendersByChannel(senders), log: opts.log, onStarted: () => worker.poke() });
  const worker = new BroadcastWorker(stores.broadcast, {
    vault,
    render: followerView,
    senders,
    log: opts.log,
    pollMs: opts.broadcastPollMs,
    leaseMs: opts.broadcastLeaseMs,
    compose: planBroadcastMessages({ progress: stores.progressOfMany, counters: stores.counters, corrections: stores.corrections, translator }),
    onFinished: async (plan) => {
      for (const feature of features) await feature.onBroadcastFinished?.(plan);
      await opts.onBroadcastFinished?.(plan);
    },
    standalone: { gathering: gatherings.service.broadcast() },
  });
  const forum = installForum(stores.db, plans, vault, { ...opts, translator });
  const meetings = installMeetings({ db: stores.db, forum, plans, translator, senders, scheduler, log: opts.log });
  const planService = new PlanService(plans, stores.broadcast.deliveries, forum.quorum, opts.topics, publishScheduler(scheduler), () =>
    worker.poke(),
  );
  const approvals = opts.approvalsRequired ?? 2;
  const corrections = new CorrectionService({
    ...{ plans, corrections: forgettingAfter(stores.corrections, 'apply', () => planCache.forget()), runs: stores.broadcast.runs, pauses: stores.broadcast.pauses, deliveries: stores.broadcast.deliveries },
    ...{ quorum: correctionQuorum(forum, opts.correctionApprovals, approvals), topics: opts.topics, onStarted: () => worker.poke() },
  });
  planService.corrections = corrections;
  const organiserTokens = new OrganiserTokens(stores.organiserTokens, vault);
  const forumName = opts.forumName ?? 'Forum of Influencers';
  // Members' drafts are flows of their own, in the same flow states under member keys.
  const drafting = draftFeature({
    runner: new FlowRunner(stores.flowStates, translator, memberFlows({
      ...{ topics: opts.topics, forumName, render: followerView, planExists: async (id) => (await plans.get(id)) !== null },
      claimProposal: (slot) => stores.jobClaims.claim('draft.propose', slot, new Date()),
      ...{ validate: (yaml) => planService.validate(yaml), propose: (yaml, member) => planService.propose(yaml, member) },
    }), opts.log),
    states: stores.flowStates,
    vault,
  });
  const checklist = new Checklist(planCache.cached, pledges, translator, links, opts.log, figures);
  const reminders = new Reminders({ pledges, plans: planCache.cached, followers, vault, translator, senders: sendersByChannel(senders), max: opts.reminderMax ?? 2, log: opts.log });
  const influencers = installInfluencerFeatures({ store: audiences, counters: stores.counters, plans, vault, translator, links, topics: opts.topics, senders, log: opts.log, sections: [gatherings.reportSection], ...(opts.publicUrl ? { visits: stores.pageVisits } : {}) });
  const kit = kitFeature({ ...stores, influencers: audiences, registry: influencers.registry, visits: stores.pageVisits, translator, links, botUsername: opts.botUsername, forumName, publicUrl: opts.publicUrl, defaultLanguage: opts.defaultLanguage, log: opts.log });
  // The order matters only for /help, whose sections follow it; a command or button prefix
  // declared by two features fails here, at start.
  const features: AppFeature[] = [
    followerFeature({ followers, audiences, runner, translator, topics: opts.topics, catchUp }),
    forum.feature,
    meetings.feature,
    checklist.feature(),
    {
      ...organiserFeature({ service: planService, store: plans, translator, vault, tokens: organiserTokens, cancelDraft: drafting.cancelDraft }),
      jobs: [planPublishJob(planService), { ...remindersPledgedJob(reminders), every: 5 * 60_000 }],
    },
    {
      ...influencers.feature,
      jobs: [{ ...influencers.weeklyJob, every: REPORTS_WEEKLY_EVERY_MS }],
      onBroadcastFinished: influencers.onBroadcastFinished,
    },
    { ...planLifeFeature({ life: planLife, vault }), jobs: [planLife.job(), catchUp.job()] },
    { ...correctionFeature({ service: corrections, translator, vault }), jobs: [planBroadcastsJob(corrections)] },
    kit.feature,
    drafting.feature,
    ...(opts.translationReview
      ? [translationReviewFeature({ plans, reviews: forgettingAfter(stores.translationReviews, 'approve', () => planCache.forget()), directory: forum.directory, profiles: forum.profiles, translator, sender: senders.find((x) => x.channel === 'telegram') })]
      : []),
    {
      ...gatheringFeature({ service: gatherings.service, owners: influencers.registry, translator, topics: opts.topics, organiserKey: (id) => organiserKey(vault, id) }),
      jobs: [gatheringRemindJob(gatherings.service), gatheringsSweepJob(gatherings.service)],
    },
    {
      ...recountFeature({ scheduleRecount: () => scheduler.runNow(COUNTERS_RECOUNT_JOB, { requestedBy: 'organiser' }) }),
      jobs: [countersRecountJob(stores.counters, opts.log), countersFoldJob(stores.counters, opts.log)],
    },
  ];
  const core = new BotCore({ followers, runner, vault, translator, defaultLanguage: opts.defaultLanguage, features });
  return {
    ...{ db: stores.db, core, runner, translator, vault, followers, audiences, plans, pledges },
    ...{ forum, meetings: meetings.service, planService, corrections, organiserTokens, checklist, worker, reminders, scheduler, influencers, features, httpRoutes: kit.routes, catchUp, planLife },
    reportCounters: stores.counters,
    gatherings: gatherings.service,
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

/**
 * A store whose `method` changes what the plan store reads (ending a plan, applying a correction,
 * approving a translation):
 * the taps' plan cache forgets after each call. Every other method runs on the store itself (its
 * private fields are not reachable through a proxy).
 */
function forgettingAfter<T extends object>(store: T, method: keyof T & string, forget: () => void): T {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = (value as (...a: unknown[]) => unknown).bind(target);
      if (prop !== method) return fn;
      return async (...args: unknown[]) => {
        const result = await fn(...args);
        forget();
        return result;
      };
    },
  });
}

/** Publishing at a time, as agenda's `plan.publish` job. */
function publishScheduler(scheduler: Scheduler): PublishScheduler {
  return {
    schedulePublish: (planId, at) => scheduler.scheduleOnce('plan.publish', at, { planId }, { planId }),
    cancelPublish: (planId) => scheduler.cancel('plan.publish', { planId }),
  };
}

function sendersByChannel(senders: readonly BroadcastSender[]): ReadonlyMap<ChannelName, BroadcastSender> {
  return new Map(senders.map((s) => [s.channel, s]));
}

/**
 * The rule a correction must meet: CORRECTION_APPROVALS (never more than APPROVALS_REQUIRED) as a
 * plain number over the forum's records (current organisers, objections), or the forum's own rule.
 */
function correctionQuorum(forum: Forum, correctionApprovals: number | undefined, approvals: number): PlanQuorum {
  return correctionApprovals === undefined ? forum.quorum : forum.quorumOf(countRule(Math.min(correctionApprovals, approvals)));
}
