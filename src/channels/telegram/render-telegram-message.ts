import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { OutMessage } from '../../core/types.js';

/** Telegram's hard limit on message text. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** A message as the Bot API's sendMessage / editMessageText take it. */
export interface TelegramMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
  link_preview_options: { is_disabled: boolean };
}

/** Joins a choice token and option id into callback data ("token|option"). */
export function encodeCallbackData(token: string, optionId: string): string {
  const data = `${token}|${optionId}`;
  if (Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) throw new Error(`callback data over 64 bytes: ${token}`);
  return data;
}

/** Splits callback data back; anything malformed (old bots, forged taps) gives null. */
export function decodeCallbackData(data: string | undefined): { token: string; optionId: string } | null {
  if (!data || Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) return null;
  const bar = data.indexOf('|');
  if (bar <= 0 || bar === data.length - 1) return null;
  return { token: data.slice(0, bar), optionId: data.slice(bar + 1) };
}

/**
 * Renders a neutral message for Telegram: choices become inline buttons (ticks for multiple
 * choice, with a Done row); the typed-answer hint is left out since buttons are there.
 */
export function renderTelegramMessage(msg: OutMessage): TelegramMessage {
  const text = msg.text.length > TELEGRAM_TEXT_LIMIT ? `${msg.text.slice(0, TELEGRAM_TEXT_LIMIT - 1)}…` : msg.text;
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
