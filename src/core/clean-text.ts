import { stripBidiControls } from './bidi.js';

/** A UTF-16 surrogate without its partner: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Inbound text as the rest of the bot may use it: NUL bytes and lone surrogates removed, which a
 * database refuses or mangles (PostgreSQL rejects \u0000; a lone surrogate is not UTF-8), and
 * bidi controls removed: text copied from our own right-to-left messages carries them ("‏تم 2"),
 * and no word or code we read ever needs one (ZWJ and ZWNJ, which Urdu and Bengali spelling
 * need, are kept). Every channel applies it at its edge, before any parsing.
 */
export function cleanInboundText(text: string): string {
  return stripBidiControls(text.replaceAll('\u0000', '').replace(LONE_SURROGATE, ''));
}
