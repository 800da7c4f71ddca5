import type { Logger } from 'pino';
import type { BroadcastRuns } from './broadcast/broadcast-ports.js';
import type { BroadcastSender } from './broadcast/broadcast-sender.js';
import type { FollowerStore } from './core/ports.js';
import type { Translator } from './core/translator.js';
import type { ChannelName } from './core/types.js';
import { MongoGatheringReminderClaims, MongoGatheringStore, MongoRsvpStore, syncGatheringIndexes } from './db/gathering-store.js';
import type { Models } from './db/models.js';
import { GATHERING_REMIND_JOB } from './gatherings/gathering-jobs.js';
import { gatheringReportSection } from './gatherings/gathering-report.js';
import { GatheringService } from './gatherings/gathering-service.js';
import type { AddressVault } from './privacy/address-vault.js';
import type { Scheduler } from './scheduler/scheduler.js';

/** Gatherings wired on the app's database: the service (announce, answers, reminders) and its /report section. */
export async function installGatherings(
  db: Models,
  deps: {
    runs: BroadcastRuns;
    followers: FollowerStore;
    vault: AddressVault;
    translator: Translator;
    senders: ReadonlyMap<ChannelName, BroadcastSender>;
    scheduler: Scheduler;
    log: Logger;
    /** The broadcast worker should look now (an announcement started). */
    onStarted: () => void;
  },
): Promise<{ service: GatheringService; reportSection: ReturnType<typeof gatheringReportSection> }> {
  await syncGatheringIndexes(db);
  const { scheduler } = deps;
  const service = new GatheringService({
    ...{ store: new MongoGatheringStore(db), rsvps: new MongoRsvpStore(db), claims: new MongoGatheringReminderClaims(db) },
    ...{ runs: deps.runs, followers: deps.followers, vault: deps.vault, translator: deps.translator, senders: deps.senders, onStarted: deps.onStarted },
    log: deps.log.child({ feature: 'gatherings' }),
    scheduler: {
      scheduleReminder: (gatheringId, at) => scheduler.scheduleOnce(GATHERING_REMIND_JOB, at, { gatheringId }, { gatheringId }),
      cancelReminder: (gatheringId) => scheduler.cancel(GATHERING_REMIND_JOB, { gatheringId }),
    },
  });
  return { service, reportSection: gatheringReportSection(service, deps.translator) };
}
