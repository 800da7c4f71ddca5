import { layoutRightToLeft } from '../../core/bidi.js';
import type { OutMessage } from '../../core/types.js';

/**
 * Longest text we put in one message on a text-only channel. WhatsApp accepts far more (about
 * 65,000 characters), but past a few thousand the app folds the text behind "Read more", so
 * long texts are split earlier, at paragraph boundaries.
 */
export const TEXT_MESSAGE_LIMIT = 4000;

/** The tick marks of a multiple choice, the same ones Telegram's buttons show. */
const TICKED = '✅';
const UNTICKED = '▫️';

/**
 * Renders a neutral message as plain text, for WhatsApp and the console. WhatsApp's buttons
 * and lists no longer work for us, so choices become a numbered list ("1. English", ticks for a
 * multiple choice) followed by the typed-answer hint in italics. A checklist whose body already
 * lists its tasks (`listInText: false`) gets only the hint. Returns one or more message texts,
 * each within TEXT_MESSAGE_LIMIT.
 */
export function renderTextMessage(msg: OutMessage): string[] {
  const parts: string[] = [msg.text.trim()];
  const choices = msg.choices;
  if (choices) {
    if (choices.listInText !== false) {
      const lines = choices.options.map((o, i) => {
        const tick = choices.multi ? `${o.selected ? TICKED : UNTICKED} ` : '';
        return `${i + 1}. ${tick}${o.label}`;
      });
      parts.push(lines.join('\n'));
    }
    parts.push(`_${choices.hint.trim()}_`);
  }
  let text = parts.filter((p) => p.length > 0).join('\n\n');
  // Direction is set line by line from each line's content (see layoutRightToLeft).
  if (msg.rtl) text = layoutRightToLeft(text);
  return splitLongText(text);
}

/**
 * Splits text into pieces of at most `limit` characters: at paragraph breaks where it can,
 * then at line breaks, then at spaces, and only as a last resort inside a word.
 */
export function splitLongText(text: string, limit = TEXT_MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = isHighSurrogate(rest.charCodeAt(limit - 1)) ? limit - 1 : limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length) pieces.push(rest);
  return pieces;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
