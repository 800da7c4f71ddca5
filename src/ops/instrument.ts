/**
 * Counting what the bot does without changing how it does it: each function wraps one object the
 * app already has (a broadcast sender, the core, the reminders) and records into BotMetrics.
 */
import type { Api } from 'grammy';
import type { BroadcastSender } from '../broadcast/broadcast-sender.js';
import type { BotCore } from '../core/bot-core.js';
import { SendError } from '../core/types.js';
import type { Reminders } from '../plans/reminders.js';
import type { BotMetrics } from './metrics.js';

/** The same sender, counting each send by outcome (and 429s). */
export function instrumentSender(sender: BroadcastSender, metrics: BotMetrics): BroadcastSender {
  const { channel } = sender;
  return {
    channel,
    pacer: sender.pacer,
    get configuredRate() {
      return sender.configuredRate;
    },
    async send(chatId, msg) {
      try {
        const id = await sender.send(chatId, msg);
        metrics.sent.inc({ channel, outcome: 'sent' });
        return id;
      } catch (err) {
        const outcome = err instanceof SendError ? err.reason : 'unknown';
        metrics.sent.inc({ channel, outcome });
        if (outcome === 'rate_limited') metrics.rateLimited.inc({ channel });
        throw err;
      }
    },
  };
}

/** Counts every inbound update the core handles, and how long it took. */
export function instrumentCore(core: BotCore, metrics: BotMetrics): void {
  const handle = core.handle.bind(core);
  core.handle = async (inbound) => {
    const end = metrics.inboundSeconds.startTimer({ channel: inbound.channel });
    try {
      await handle(inbound);
    } finally {
      end();
      metrics.inbound.inc({ channel: inbound.channel });
    }
  };
}

/** Counts each run of the reminders job and the reminders it sent. */
export function instrumentReminders(reminders: Reminders, metrics: BotMetrics): void {
  const runDue = reminders.runDue.bind(reminders);
  reminders.runDue = async (now) => {
    try {
      const sent = await runDue(now);
      metrics.reminderRuns.inc({ outcome: 'ok' });
      metrics.remindersSent.inc(sent);
      return sent;
    } catch (err) {
      metrics.reminderRuns.inc({ outcome: 'failed' });
      throw err;
    }
  };
}

/** Counts 429s on every Bot API call the chat side makes (answers, edits), beside the broadcast's. */
export function countTelegram429s(api: Api, metrics: BotMetrics): void {
  api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 429) metrics.rateLimited.inc({ channel: 'telegram' });
    return result;
  });
}
