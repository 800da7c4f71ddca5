import type { Logger } from 'pino';
import type { AppFeature } from '../app-feature.js';
import type { BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { Translator } from '../core/translator.js';
import { MongoMeetingStore } from '../db/meeting-stores.js';
import type { Models } from '../db/models.js';
import type { Forum } from '../forum-install.js';
import type { PlanStore } from '../plans/plan-types.js';
import { meetingFeature } from './meeting-commands.js';
import { MeetingService, type MeetingScheduler } from './meeting-service.js';

/** The forum's meetings, wired: their store on the plans' database, the service, the chat feature and its jobs. */
export function installMeetings(deps: {
  db: Models;
  forum: Forum;
  plans: PlanStore;
  translator: Translator;
  senders: readonly BroadcastSender[];
  scheduler: MeetingScheduler;
  log: Logger;
}): { service: MeetingService; store: MongoMeetingStore; feature: AppFeature } {
  const store = new MongoMeetingStore(deps.db);
  const { directory, profiles } = deps.forum;
  const service = new MeetingService({
    store,
    profiles,
    currentMembers: async () => (await directory.keys()).members,
    translator: deps.translator,
    sender: deps.senders.find((s) => s.channel === 'telegram'),
    scheduler: deps.scheduler,
    planExists: async (id) => Boolean(await deps.plans.get(id)),
    log: deps.log,
  });
  return { service, store, feature: { ...meetingFeature({ service, directory, profiles, translator: deps.translator }), jobs: service.jobs() } };
}
