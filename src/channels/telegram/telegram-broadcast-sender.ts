import { Api, GrammyError } from 'grammy';
import type { BroadcastSender } from '../../broadcast/broadcast-sender.js';
import type { Clock } from '../../broadcast/clock.js';
import { SteadyPacer } from '../../broadcast/pacer.js';
import type { OutMessage } from '../../core/types.js';
import { renderTelegramMessage } from './render-telegram-message.js';
import { sendTelegramMessage, toSendError } from './telegram-outbox.js';

/** How long a broadcast's Bot API call may take before it counts as a network failure (grammY's default is 500 s). */
export const BROADCAST_TIMEOUT_SECONDS = 10;

/**
 * Telegram for broadcasts: a raw Api without auto-retry, because a 429 must pause the whole
 * pacer (every message in flight), not just the one request that met it. Calls time out after
 * seconds, so a silent Telegram holds the messages in flight only that long before the batch
 * backs off and tries again.
 */
export function telegramBroadcastSender(opts: {
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
  rate: number;
  /** Telegram's paid broadcasts (up to 1000/s, charged in Stars). */
  paid: boolean;
  /** The pacer's clock (tests give a fake one). */
  clock?: Clock;
  /** Per call; BROADCAST_TIMEOUT_SECONDS unless a test wants it shorter. */
  timeoutSeconds?: number;
}): BroadcastSender {
  const api = new Api(opts.token, {
    timeoutSeconds: opts.timeoutSeconds ?? BROADCAST_TIMEOUT_SECONDS,
    ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
    ...(opts.fetch ? { fetch: opts.fetch as never } : {}),
  });
  const extra = opts.paid ? { allow_paid_broadcast: true } : {};
  return {
    channel: 'telegram',
    pacer: new SteadyPacer(opts.rate, opts.clock),
    configuredRate: opts.rate,
    async send(chatId: string, msg: OutMessage): Promise<string> {
      try {
        return await sendTelegramMessage(api, chatId, msg, extra);
      } catch (err) {
        throw toSendError(err, 'broadcast');
      }
    },
    /** A correction's checklist, in place: a 400 (deleted, too old) is a bad_request, so the batch sends it anew. */
    async edit(chatId: string, messageId: string, msg: OutMessage): Promise<void> {
      const rendered = renderTelegramMessage(msg);
      try {
        await api.editMessageText(chatId, Number(messageId), rendered.text, { reply_markup: rendered.reply_markup, link_preview_options: rendered.link_preview_options });
      } catch (err) {
        // Nothing to change (the follower already sees this text): that is the edit done.
        if (err instanceof GrammyError && err.description.includes('message is not modified')) return;
        throw toSendError(err, 'broadcast');
      }
    },
  };
}
