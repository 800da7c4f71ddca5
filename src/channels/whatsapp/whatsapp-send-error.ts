import { SendError, type ChannelName } from '../../core/types.js';
import { scrubWhatsAppIds } from './scrub-whatsapp-ids.js';

/** How long to hold every WhatsApp send after WhatsApp pushed back on our rate. */
export const WHATSAPP_RATE_PAUSE_SECONDS = 15 * 60;

/**
 * Maps a whatsapp-web.js failure to our SendError, keeping the cause. The library throws plain
 * Errors from the page, so the reason is read from the message: an unknown number or chat
 * means we cannot reach this person ('blocked': stop trying), a rate complaint pauses the
 * channel for a long while (WhatsApp bans numbers that keep going), a closed browser or
 * session is a network problem worth retrying.
 */
export function toWhatsAppSendError(err: unknown, recipient: string, channel: ChannelName = 'whatsapp'): SendError {
  if (err instanceof SendError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // The cause is kept, but with any number or chat id taken out: it is logged and stored.
  const cause = new Error(scrubWhatsAppIds(message).slice(0, 300));
  cause.name = err instanceof Error ? err.name : 'Error';
  if (/invalid wid|wid error|no lid|not.{0,12}registered|not a whatsapp|chat not found|user not found|blocked/i.test(message)) {
    return new SendError(channel, recipient, 'blocked', undefined, { cause });
  }
  if (/rate.?over.?limit|rate.?limit|too many|\b429\b/i.test(message)) {
    return new SendError(channel, recipient, 'rate_limited', WHATSAPP_RATE_PAUSE_SECONDS, { cause });
  }
  if (/session closed|target closed|protocol error|execution context|detached frame|net::|ECONN|ETIMEDOUT|timed? ?out|disconnected|not ready/i.test(message)) {
    return new SendError(channel, recipient, 'network', undefined, { cause });
  }
  if (/invalid|malformed|too (long|large)/i.test(message)) {
    return new SendError(channel, recipient, 'bad_request', undefined, { cause });
  }
  return new SendError(channel, recipient, 'unknown', undefined, { cause });
}
