/**
 * WhatsApp-style emphasis (`*bold*`, `_italic_`) for a terminal: ANSI bold and italic when the
 * output is a terminal, the bare words otherwise (a pipe, a file, a test). Markers count only
 * where WhatsApp honours them: opening after a space or the line's start, closing before a space,
 * punctuation or the line's end, so `a_b_c` and links keep their underscores and stars.
 */

const BOLD = /(^|[\s(«“"'])\*([^\s*](?:[^*\n]*[^\s*])?)\*(?=$|[\s.,!?:;)»”"'…])/gmu;
const ITALIC = /(^|[\s(«“"'])_([^\s_](?:[^_\n]*[^\s_])?)_(?=$|[\s.,!?:;)»”"'…])/gmu;

/** The text with its emphasis rendered for the terminal (`ansi`) or dropped (plain). */
export function formatForTerminal(text: string, ansi: boolean): string {
  const bold = (_: string, before: string, inner: string) => `${before}${ansi ? `\u001b[1m${inner}\u001b[22m` : inner}`;
  const italic = (_: string, before: string, inner: string) => `${before}${ansi ? `\u001b[3m${inner}\u001b[23m` : inner}`;
  return text.replace(BOLD, bold).replace(ITALIC, italic);
}

/** Whether a stream is a terminal that understands ANSI (and NO_COLOR is not set). */
export function isAnsiTerminal(stream: unknown): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true && !process.env['NO_COLOR'];
}
