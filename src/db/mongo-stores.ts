import type { StoredPlan } from '../plans/plan-types.js';
import { MongoAudienceStore } from './audience-store.js';
import { syncBroadcastRunIndexes } from './broadcast-run-models.js';
import { mongoBroadcastStores } from './broadcast-stores.js';
import { MongoFlowStateStore } from './flow-state-store.js';
import { counterDeltaModels } from './counter-deltas.js';
import { MongoFollowerStore } from './follower-store.js';
import { MongoJobClaims } from './job-claims.js';
import { models, syncIndexes, type Models } from './models.js';
import { MongoOrganiserTokenStore } from './organiser-token-store.js';
import { MongoPlanCorrections } from './plan-correction-store.js';
import { MongoProgressOfMany } from './progress-of-many.js';
import { MongoPlanStore } from './plan-store.js';
import { MongoTranslationReviews } from './translation-review-store.js';
import { MongoPledgeStore } from './pledge-store.js';
import { MongoReportCounters } from './report-counters.js';
import type { Connection } from 'mongoose';
import { agendaBackend } from './agenda-backend.js';
import { MongoCatchUpStore } from './catch-up-store.js';
import { MongoPlanEnding } from './plan-end-store.js';
import { prepareHotPaths } from './hot-paths.js';
import { MongoPageVisits } from './page-visit-store.js';

/**
 * Every port the domain declares, implemented on one MongoDB (or FerretDB) database, with its
 * indexes made sure of: the one place the app meets the database.
 */
export async function openMongoStores(conn: Connection, opts: { translationReview?: boolean } = {}) {
  const db: Models = models(conn);
  await syncIndexes(db);
  for (const model of Object.values(counterDeltaModels(db))) await model.createIndexes();
  await syncBroadcastRunIndexes(db);
  const followers = new MongoFollowerStore(db);
  const translationReviews = new MongoTranslationReviews(conn);
  await translationReviews.ensureIndexes();
  const plans = new MongoPlanStore(db, opts.translationReview ? translationReviews : undefined);
  const pageVisits = new MongoPageVisits(db);
  await pageVisits.ensureIndexes();
  const hotPaths = await prepareHotPaths(conn);
  return {
    db,
    /** What bring-up did to index the hot paths under FerretDB (see hot-fields.ts). */
    hotPaths,
    followers,
    /** Audiences: the core's AudienceStore and the influencers' InfluencerStore in one. */
    audiences: new MongoAudienceStore(db),
    flowStates: new MongoFlowStateStore(db),
    plans,
    /** Members' approvals of plans' language versions (held until approved when TRANSLATION_REVIEW is on). */
    translationReviews,
    pledges: new MongoPledgeStore(db),
    organiserTokens: new MongoOrganiserTokenStore(db),
    counters: new MongoReportCounters(db),
    /** Visits to the public plan pages, as totals per plan and audience. */
    pageVisits,
    /** Each agenda run's claim, so two processes never both run it. */
    jobClaims: new MongoJobClaims(conn),
    /** Agenda's own backend: its jobs in `agenda_jobs` on this database. */
    agenda: agendaBackend(conn),
    broadcast: mongoBroadcastStores<StoredPlan>(db, { plans, followers }),
    /** Late joiners' catch-up intents and sends. */
    catchUps: new MongoCatchUpStore(db),
    /** Ending plans once (end date or early close). */
    planEnding: new MongoPlanEnding(db),
    /** Corrections of plans that went out, pending until their quorum. */
    corrections: new MongoPlanCorrections(db),
    /** Many followers' ticks on a plan at once (a correction's checklists). */
    progressOfMany: new MongoProgressOfMany(db),
  };
}

/** The stores of one database (see openMongoStores). */
export type MongoStores = Awaited<ReturnType<typeof openMongoStores>>;
