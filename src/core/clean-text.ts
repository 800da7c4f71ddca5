/** A UTF-16 surrogate without its partner: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Inbound text as the rest of the bot may use it: NUL bytes and lone surrogates removed, which a
 * database refuses or mangles (PostgreSQL rejects \u0000; a lone surrogate is not UTF-8). Every
 * channel applies it at its edge, before any parsing, so nothing downstream writes such text.
 */
export function cleanInboundText(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '');
}
