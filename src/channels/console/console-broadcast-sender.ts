import type { Writable } from 'node:stream';
import type { BroadcastSender } from '../../broadcast/broadcast-sender.js';
import { SteadyPacer } from '../../broadcast/pacer.js';
import type { OutMessage } from '../../core/types.js';
import { renderTextMessage } from '../text/render-text-message.js';
import { writeConsoleMessage } from './console-channel.js';

/**
 * Broadcasts and reminders for console followers: printed to the terminal, rendered as on
 * WhatsApp. There is one person at the console, so every console follower's messages land in
 * `output`; give a function instead to route by chat id (several consoles in one process).
 */
export function consoleBroadcastSender(output: Writable | ((chatId: string) => Writable) = process.stdout, rate = 50): BroadcastSender {
  let n = 0;
  return {
    channel: 'console',
    pacer: new SteadyPacer(rate),
    configuredRate: rate,
    async send(chatId: string, msg: OutMessage): Promise<string> {
      const out = typeof output === 'function' ? output(chatId) : output;
      for (const part of renderTextMessage(msg)) writeConsoleMessage(out, part);
      return `console-broadcast-${++n}`;
    },
  };
}
