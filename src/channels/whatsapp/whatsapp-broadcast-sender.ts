import type { BroadcastSender } from '../../broadcast/broadcast-sender.js';
import type { Pacer } from '../../broadcast/pacer.js';
import type { OutMessage } from '../../core/types.js';
import { renderTextMessage } from '../text/render-text-message.js';
import { messageIdOf, type WhatsAppClientLike } from './whatsapp-channel.js';
import { toWhatsAppSendError } from './whatsapp-send-error.js';

/**
 * WhatsApp for broadcasts and reminders: the same rendering as replies, through the same
 * `client.sendMessage`, paced by a WhatsAppPacer. Who may be sent to is decided earlier:
 * the enqueue only queues WhatsApp followers who wrote to us first (see EligibleFollowers).
 */
export function whatsappBroadcastSender(opts: {
  client: Pick<WhatsAppClientLike, 'sendMessage'>;
  pacer: Pacer;
  /** WHATSAPP_PER_MINUTE; shared among live processes like every channel's rate. */
  perMinute: number;
}): BroadcastSender {
  return {
    channel: 'whatsapp',
    pacer: opts.pacer,
    configuredRate: opts.perMinute / 60,
    async send(chatId: string, msg: OutMessage): Promise<string> {
      let first: string | undefined;
      for (const part of renderTextMessage(msg)) {
        try {
          first ??= messageIdOf(await opts.client.sendMessage(chatId, part, { linkPreview: msg.preview === true }));
        } catch (err) {
          throw toWhatsAppSendError(err, 'broadcast');
        }
      }
      return first ?? '';
    },
  };
}
