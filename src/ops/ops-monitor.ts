/**
 * The operator's view of one bot process, wired: metrics (filled by wrapping the app's senders,
 * core and reminders), the health check, and the routes serving both. Made before the app, so
 * the senders handed to createApp can already count; attached to the app once it exists.
 */
import type { App } from '../app.js';
import type { BroadcastSender } from '../broadcast/broadcast-sender.js';
import { instrumentCore, instrumentReminders, instrumentSender } from './instrument.js';
import { createMetrics, type BotMetrics } from './metrics.js';
import { opsRoutes, type ChannelHealth, type OpsRoutes } from './ops-server.js';

/** Reminders due are counted up to this many per scrape (a bounded read). */
const REMINDERS_DUE_CAP = 1000;

export class OpsMonitor {
  readonly metrics: BotMetrics;
  readonly routes: OpsRoutes;
  #app: App | undefined;
  readonly #channels: ChannelHealth[] = [];

  constructor(pingDatabase: () => Promise<void>) {
    this.metrics = createMetrics({
      publishingPlans: async () => (this.#app ? this.#app.plans.withStatus('publishing') : []),
      totals: (planId) => this.#app!.planService.broadcastStatus(planId),
      remindersDue: async () => (this.#app ? (await this.#app.pledges.dueForReminder(new Date(), REMINDERS_DUE_CAP)).length : 0),
    });
    this.routes = opsRoutes({ pingDatabase, channels: () => this.#channels }, this.metrics.registry);
  }

  /** The senders, counting every send by channel and outcome. */
  countSends(senders: readonly BroadcastSender[]): BroadcastSender[] {
    return senders.map((s) => instrumentSender(s, this.metrics));
  }

  /** Starts counting the app's inbound updates and reminder runs, and reading its broadcasts. */
  attach(app: App): void {
    this.#app = app;
    instrumentCore(app.core, this.metrics);
    instrumentReminders(app.reminders, this.metrics);
  }

  /** A channel /healthz reports on. */
  addChannel(channel: ChannelHealth): void {
    this.#channels.push(channel);
  }
}
