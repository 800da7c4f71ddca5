import type { Context } from 'grammy';
import { cleanInboundText } from '../../core/clean-text.js';
import type { InboundEvent } from '../../core/types.js';
import { decodeCallbackData } from './callback-data.js';
import { foldWord, type CommandWords } from '../text/command-words.js';

/** Longest text we look at (Telegram's own limit); organisers' plan YAML can be this long. */
const MAX_TEXT = 4096;

/**
 * Turns a Telegram update into a neutral event, or null when there is nothing for us (a sticker
 * still gets a reply: it becomes empty text). Bot commands addressed to another bot are ignored.
 * A whole message that is one of `words` ("STOP", "توقف", "START") is that command, as on
 * WhatsApp: people type it whatever the channel.
 */
export function parseTelegramUpdate(ctx: Context, botUsername: string | undefined, words?: CommandWords): InboundEvent | null {
  if (ctx.callbackQuery) {
    const decoded = decodeCallbackData(ctx.callbackQuery.data);
    const messageId = ctx.callbackQuery.message ? String(ctx.callbackQuery.message.message_id) : undefined;
    return decoded ? { kind: 'choice', ...decoded, messageId } : { kind: 'choice', token: '', optionId: '' };
  }
  const message = ctx.message;
  if (!message) return null;
  const text = cleanInboundText(message.text ?? message.caption ?? '').slice(0, MAX_TEXT);
  const command = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (command && message.text) {
    const [, name, target, arg] = command;
    if (target && botUsername && target.toLowerCase() !== botUsername.toLowerCase()) return null;
    return { kind: 'command', name: name!.toLowerCase(), arg: (arg ?? '').trim() };
  }
  const word = words && text.length <= 40 ? words.get(foldWord(text)) : undefined;
  if (word && message.text) return { kind: 'command', name: word, arg: '' };
  // Whole (within Telegram's limit): a member drafting a plan writes a task's "how" of up to 1,500
  // characters, and a longer one must be refused with its length, never cut silently.
  return { kind: 'text', text };
}
