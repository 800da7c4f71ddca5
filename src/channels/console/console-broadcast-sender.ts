import type { Writable } from 'node:stream';
import type { BroadcastSender } from '../../broadcast/broadcast-sender.js';
import { SteadyPacer } from '../../broadcast/pacer.js';
import type { OutMessage } from '../../core/types.js';
import { renderWhatsAppMessage } from '../whatsapp/render-whatsapp-message.js';
import { writeConsoleMessage } from './console-channel.js';

/**
 * Broadcasts and reminders for console followers: printed to the terminal, rendered as on
 * WhatsApp. There is one person at the console, so every console follower's messages land here.
 */
export function consoleBroadcastSender(output: Writable = process.stdout, rate = 50): BroadcastSender {
  let n = 0;
  return {
    channel: 'console',
    pacer: new SteadyPacer(rate),
    configuredRate: rate,
    async send(_chatId: string, msg: OutMessage): Promise<string> {
      for (const part of renderWhatsAppMessage(msg)) writeConsoleMessage(output, part);
      return `console-broadcast-${++n}`;
    },
  };
}
