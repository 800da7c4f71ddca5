/** The organisers' broadcast progress message on Telegram: one sendMessage, then editMessageText. */
import { GrammyError, type Api } from 'grammy';
import type { ProgressMessenger } from './broadcast-watch.js';

export function telegramProgressMessenger(api: Api): ProgressMessenger {
  return {
    async send(chatId, text) {
      const sent = await api.sendMessage(chatId, text, { disable_notification: true });
      return String(sent.message_id);
    },
    async edit(chatId, messageId, text) {
      try {
        await api.editMessageText(chatId, Number(messageId), text);
      } catch (err) {
        // Same text as shown (two processes' figures met): nothing to change, not a failure.
        if (err instanceof GrammyError && /message is not modified/i.test(err.description)) return;
        throw err;
      }
    },
  };
}
