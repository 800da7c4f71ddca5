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

/** Thrown by sendPaced when `mayStillSend` said no: nothing was sent. */
export class SendWithdrawn extends Error {
  constructor() {
    super('send withdrawn: the caller no longer holds its claim');
    this.name = 'SendWithdrawn';
  }
}

/**
 * Sends through a sender's pacer, honouring 429s: the whole channel pauses for retry_after,
 * then this message is tried again (up to 10 times). Other errors are thrown. `slotTaken`:
 * the caller already took the pacer slot for the first try. `mayStillSend`: asked right
 * before each try (after any pause), SendWithdrawn is thrown if it says no.
 */
export async function sendPaced(
  sender: BroadcastSender,
  chatId: string,
  msg: OutMessage,
  opts: { slotTaken?: boolean; mayStillSend?: () => Promise<boolean> } = {},
): Promise<string> {
  const maxRateLimits = 10;
  for (let tries = 0; ; tries++) {
    if (tries > 0 || !opts.slotTaken) await sender.pacer.take();
    if (opts.mayStillSend && !(await opts.mayStillSend())) throw new SendWithdrawn();
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
