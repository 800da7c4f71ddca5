/**
 * What the bot is doing, in Prometheus' format (prom-client), for GET /metrics: messages sent
 * per channel and outcome, 429s, each running broadcast's progress, inbound updates and how long
 * they took, reminder runs, and queue depths. Nothing here carries a chat id, a follower id or
 * message text: labels are channels, outcomes, plan ids and queue names only.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BroadcastTotals } from '../plans/plan-types.js';

/** Where the gauges read their figures when scraped. */
export interface MetricsSources {
  /** Plans whose broadcast is running now. */
  publishingPlans(): Promise<{ id: string }[]>;
  /** The BroadcastProgress port's totals of one plan. */
  totals(planId: string): Promise<BroadcastTotals>;
  /** Follower reminders due now (capped: a cheap bounded read, not an exact count). */
  remindersDue(): Promise<number>;
}

/** The bot's metrics and the registry that serves them. */
export interface BotMetrics {
  registry: Registry;
  /** Broadcast and reminder sends, by channel and outcome (`sent`, or a SendError reason). */
  sent: Counter<'channel' | 'outcome'>;
  /** Sends answered "too many requests" (429), by channel. */
  rateLimited: Counter<'channel'>;
  inbound: Counter<'channel'>;
  inboundSeconds: Histogram<'channel'>;
  /** Reminder runs (the reminders.pledged job), by outcome, and reminders they sent. */
  reminderRuns: Counter<'outcome'>;
  remindersSent: Counter;
}

/** A fresh registry with the bot's metrics (and Node's default process metrics). */
export function createMetrics(sources: MetricsSources): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'bot_process_' });
  const registers = [registry];
  const broadcast = new Gauge({
    name: 'bot_broadcast_deliveries',
    help: 'Deliveries of each running broadcast, by state (sent, pending, failed, blocked).',
    labelNames: ['plan', 'state'] as const,
    registers,
    async collect() {
      this.reset();
      for (const plan of await sources.publishingPlans()) {
        const totals = await sources.totals(plan.id);
        for (const state of ['sent', 'pending', 'failed', 'blocked'] as const) this.set({ plan: plan.id, state }, totals[state]);
      }
    },
  });
  void broadcast;
  new Gauge({
    name: 'bot_queue_depth',
    help: 'Work waiting: broadcast deliveries pending over all running plans, follower reminders due (capped at 1000).',
    labelNames: ['queue'] as const,
    registers,
    async collect() {
      let pending = 0;
      for (const plan of await sources.publishingPlans()) pending += (await sources.totals(plan.id)).pending;
      this.set({ queue: 'broadcast_pending' }, pending);
      this.set({ queue: 'reminders_due' }, await sources.remindersDue());
    },
  });
  return {
    registry,
    sent: new Counter({ name: 'bot_messages_sent_total', help: 'Broadcast and reminder sends by channel and outcome.', labelNames: ['channel', 'outcome'] as const, registers }),
    rateLimited: new Counter({ name: 'bot_rate_limited_total', help: 'Sends answered 429 (too many requests), by channel.', labelNames: ['channel'] as const, registers }),
    inbound: new Counter({ name: 'bot_inbound_updates_total', help: 'Inbound updates (messages, taps) handled, by channel.', labelNames: ['channel'] as const, registers }),
    inboundSeconds: new Histogram({
      name: 'bot_inbound_update_seconds',
      help: 'Time to handle one inbound update, answer included, by channel.',
      labelNames: ['channel'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    reminderRuns: new Counter({ name: 'bot_reminder_runs_total', help: 'Runs of the reminders job, by outcome (ok, failed).', labelNames: ['outcome'] as const, registers }),
    remindersSent: new Counter({ name: 'bot_reminders_sent_total', help: 'Reminders sent by the reminders job.', registers }),
  };
}
