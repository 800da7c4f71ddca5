import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { layoutRightToLeft } from '../../core/bidi.js';
import type { OutMessage } from '../../core/types.js';
import { encodeCallbackData } from './callback-data.js';

export { CALLBACK_DATA_LIMIT, decodeCallbackData, encodeCallbackData } from './callback-data.js';

/** Telegram's hard limit on message text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** A message as the Bot API's sendMessage / editMessageText take it. */
export interface TelegramMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
  link_preview_options: { is_disabled: boolean };
}
/**
 * Renders a neutral message for Telegram: choices become inline buttons (ticks for multiple
 * choice, with a Done row); the typed-answer hint is left out since buttons are there. A
 * right-to-left reader's text is laid out line by line (layoutRightToLeft).
 */
export function renderTelegramMessage(msg: OutMessage): TelegramMessage {
  // Telegram's apps set each paragraph's direction from its first strong letter, as WhatsApp does.
  const laidOut = msg.rtl ? layoutRightToLeft(msg.text) : msg.text;
  const text = laidOut.length > TELEGRAM_TEXT_LIMIT ? `${laidOut.slice(0, TELEGRAM_TEXT_LIMIT - 1)}…` : laidOut;
  const out: TelegramMessage = { text, link_preview_options: { is_disabled: !msg.preview } };
  const choices = msg.choices;
  if (!choices) return out;
  const buttons: InlineKeyboardButton[] = choices.options.map((o) => ({
    text: choices.multi ? `${o.selected ? '✅' : '▫️'} ${o.label}` : o.label,
    callback_data: encodeCallbackData(choices.token, o.id),
  }));
  const columns = choices.columns ?? (choices.multi ? 2 : 1);
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += columns) rows.push(buttons.slice(i, i + columns));
  if (choices.multi && choices.doneLabel) {
    rows.push([{ text: choices.doneLabel, callback_data: encodeCallbackData(choices.token, '_done') }]);
  }
  out.reply_markup = { inline_keyboard: rows };
  return out;
}
