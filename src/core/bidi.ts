/**
 * Text direction, in one place: which characters are bidi controls, which runs are "technical"
 * (a link, a command, a code: they must never touch a control, or a tap on them breaks or a copy
 * carries an invisible character), and how a right-to-left message is laid out line by line.
 */

/** Every invisible bidi control: LRM, RLM, ALM, the embeddings and overrides, the isolates. */
export const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** Right-to-left mark. */
export const RLM = '\u200F';

/** Letters of the right-to-left scripts we write (Arabic, Hebrew, Syriac, Thaana, N'Ko). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Letters of any script that runs left to right. */
const LTR_LETTER = /[\p{L}]/u;

/** A URL, a slash command, or a code (ASCII letters, digits and _-./@:+= with at least one letter). */
const TECHNICAL_RUN = /(?:https?:\/\/|www\.|t\.me\/|wa\.me\/)\S+|(?<![\p{L}\p{N}])\/[A-Za-z][A-Za-z0-9_]*|(?=[A-Za-z0-9_\-.@:+=]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_\-.@:+=]*/gu;

/** Removes every bidi control: inbound text copied from our own right-to-left messages carries them. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Whether a piece of text holds a right-to-left letter. */
export function hasRtlLetter(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** Whether a formatted value is, or holds, a URL or a slash command, or is a code such as "abuali" or "ABCD234XYZ". */
export function isTechnical(value: string): boolean {
  if (/(?:https?:\/\/|www\.|t\.me\/|wa\.me\/)/i.test(value)) return true;
  if (/(?:^|\s)\/[A-Za-z]/.test(value)) return true;
  return /^(?=.*[A-Za-z])[A-Za-z0-9_\-.@:+=]+$/.test(value.trim()) && !/\s/.test(value.trim());
}

/**
 * The spans of every URL, command and code in a text (start and end offsets), for tests and for
 * checking that no control touches one.
 */
export function technicalSpans(text: string): { start: number; end: number; run: string }[] {
  return [...text.matchAll(TECHNICAL_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, run: m[0] }));
}

/** The direction a line takes from its first strong letter (isolated runs skipped), or null with none. */
export function firstStrongDirection(line: string): 'rtl' | 'ltr' | null {
  let depth = 0;
  for (const ch of line) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (ch === RLM || ch === '\u061C' || RTL_LETTER.test(ch)) return 'rtl';
    else if (ch === '\u200E' || LTR_LETTER.test(ch)) return 'ltr';
  }
  return null;
}

/**
 * Lays a right-to-left reader's message out line by line, as apps decide each paragraph's
 * direction from its first strong letter: a line holding Arabic-script words but opening with a
 * command, a Latin name or a number is made right to left by a mark at its start; a line with no
 * right-to-left letter at all (English fallback text, a link on its own line) is left alone, so
 * it stays left to right. When the line opens with a link, command or code, a space separates
 * the mark from it: no control ever touches a technical run.
 */
export function layoutRightToLeft(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!hasRtlLetter(line) || firstStrongDirection(line) === 'rtl') return line;
      const opensTechnical = technicalSpans(line).some((s) => s.start === 0);
      return opensTechnical ? `${RLM} ${line}` : `${RLM}${line}`;
    })
    .join('\n');
}

/**
 * Takes Fluent's isolation marks (FSI … PDI) off every placeable whose value is technical: a link
 * or a code wrapped in them is no longer tappable or copyable as it is. Other placeables (numbers,
 * names) keep their isolation, which keeps them in order inside right-to-left text.
 */
export function unisolateTechnical(text: string): string {
  // Innermost first: a select's variant holding a link is itself unwrapped on the next pass.
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\u2068([^\u2068\u2069]*)\u2069/g, (whole, inner: string) => (isTechnical(stripBidiControls(inner)) ? inner : whole));
  }
  return text;
}
