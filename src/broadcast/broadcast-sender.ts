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
  /**
   * Replaces a sent message in place (Telegram): a correction's checklist. Absent where a channel
   * cannot edit (WhatsApp, console): the corrected plan is sent anew. Throws SendError; a
   * bad_request (the message was deleted) means it cannot be edited.
   */
  edit?(chatId: string, messageId: string, msg: OutMessage): Promise<void>;
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
  return paced(sender, () => sender.send(chatId, msg), opts);
}

/** Edits a sent message through the pacer, as sendPaced sends (an edit counts against the same limits). */
export async function editPaced(
  sender: BroadcastSender & { edit: NonNullable<BroadcastSender['edit']> },
  chatId: string,
  messageId: string,
  msg: OutMessage,
  opts: { slotTaken?: boolean; mayStillSend?: () => Promise<boolean> } = {},
): Promise<void> {
  await paced(sender, () => sender.edit(chatId, messageId, msg), opts);
}

async function paced<T>(sender: BroadcastSender, call: () => Promise<T>, opts: { slotTaken?: boolean; mayStillSend?: () => Promise<boolean> }): Promise<T> {
  const maxRateLimits = 10;
  for (let tries = 0; ; tries++) {
    if (tries > 0 || !opts.slotTaken) await sender.pacer.take();
    if (opts.mayStillSend && !(await opts.mayStillSend())) throw new SendWithdrawn();
    try {
      return await call();
    } catch (err) {
      if (err instanceof SendError && err.reason === 'rate_limited' && tries < maxRateLimits) {
        sender.pacer.pause((err.retryAfterSeconds ?? 1) * 1000);
        continue;
      }
      throw err;
    }
  }
}
