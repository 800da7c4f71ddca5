import { SendError, type ChannelName, type OutMessage } from '../core/types.js';
import type { Pacer } from './pacer.js';

/**
 * How the broadcast reaches one channel: a send that throws SendError (blocked, rate_limited
 * with retry_after, ...) and the pacer that keeps it within the channel's limits.
 */
export interface BroadcastSender {
  channel: ChannelName;
  pacer: Pacer;
  /** Per-process share of this channel's rate: configured rate / live processes. */
  configuredRate: number;
  /** Sends to a chat id (already unsealed); returns the message id. */
  send(chatId: string, msg: OutMessage): Promise<string>;
}

/**
 * Sends through a sender's pacer, honouring 429s: the whole channel pauses for retry_after,
 * then this message is tried again (up to `maxRateLimits` times). Other errors are thrown.
 */
export async function sendPaced(sender: BroadcastSender, chatId: string, msg: OutMessage, maxRateLimits = 10): Promise<string> {
  for (let tries = 0; ; tries++) {
    await sender.pacer.take();
    try {
      return await sender.send(chatId, msg);
    } catch (err) {
      if (err instanceof SendError && err.reason === 'rate_limited' && tries < maxRateLimits) {
        sender.pacer.pause((err.retryAfterSeconds ?? 1) * 1000);
        continue;
      }
      throw err;
    }
  }
}
