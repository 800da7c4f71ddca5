import { renderWhatsAppMessage } from '../channels/whatsapp/render-whatsapp-message.js';
import { messageIdOf, type WhatsAppClientLike } from '../channels/whatsapp/whatsapp-channel.js';
import { toWhatsAppSendError } from '../channels/whatsapp/whatsapp-send-error.js';
import type { OutMessage } from '../core/types.js';
import type { BroadcastSender } from './broadcast-sender.js';
import type { Pacer } from './pacer.js';

/**
 * WhatsApp for broadcasts and reminders: the same rendering as replies, through the same
 * `client.sendMessage`, paced by a WhatsAppPacer. Who may be sent to is decided earlier:
 * enqueueDeliveries only queues WhatsApp followers who wrote to us first.
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
      for (const part of renderWhatsAppMessage(msg)) {
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
