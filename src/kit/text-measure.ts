import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';

/*
 * Widths of text as the slide's fonts will draw it, so lines wrap where they really end (SVG has
 * no wrapping of its own). fontkit shapes the run (Arabic joining, Urdu Nastaliq, Bengali
 * conjuncts) with the very font files resvg is given, so a measured line fits when drawn.
 */

const NOTO = '/usr/share/fonts/truetype/noto';

/** The script families the slides draw, each with the font family name resvg knows it by. */
export type Script = 'latin' | 'arabic' | 'urdu' | 'bengali';

interface FontFace {
  family: string;
  regular: string;
  bold: string;
}

const FACES: Record<Script, FontFace> = {
  latin: { family: 'Noto Sans', regular: `${NOTO}/NotoSans-Regular.ttf`, bold: `${NOTO}/NotoSans-Bold.ttf` },
  arabic: { family: 'Noto Sans Arabic', regular: `${NOTO}/NotoSansArabic-Regular.ttf`, bold: `${NOTO}/NotoSansArabic-Bold.ttf` },
  urdu: { family: 'Noto Nastaliq Urdu', regular: `${NOTO}/NotoNastaliqUrdu-Regular.ttf`, bold: `${NOTO}/NotoNastaliqUrdu-Bold.ttf` },
  bengali: { family: 'Noto Sans Bengali', regular: `${NOTO}/NotoSansBengali-Regular.ttf`, bold: `${NOTO}/NotoSansBengali-Bold.ttf` },
};

/** Font files present on this machine (Debian's fonts-noto-core), for resvg. */
export function slideFontFiles(): string[] {
  return Object.values(FACES)
    .flatMap((f) => [f.regular, f.bold])
    .filter((f) => existsSync(f));
}

/** The font-family list for a script: its own face first, Latin after for digits and links. */
export function fontFamily(script: Script): string {
  const own = FACES[script].family;
  return script === 'latin' ? `'${own}', sans-serif` : `'${own}', 'Noto Sans', sans-serif`;
}

/** The script a language's text is in. */
export function scriptOf(lang: string): Script {
  if (lang === 'ur') return 'urdu';
  if (lang === 'ar' || lang === 'ug' || lang === 'fa') return 'arabic';
  if (lang === 'bn') return 'bengali';
  return 'latin';
}

type Font = ReturnType<typeof fontkit.openSync> & { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
const cache = new Map<string, Font | null>();

function font(script: Script, bold: boolean): Font | null {
  const file = bold ? FACES[script].bold : FACES[script].regular;
  if (!cache.has(file)) cache.set(file, existsSync(file) ? (fontkit.openSync(file) as Font) : null);
  return cache.get(file)!;
}

/** Characters the script's own face lacks, drawn by the Latin face (digits, Latin words, punctuation). */
const LATIN_RUN = /[\u0020-\u024f\u2000-\u206f]+/gu;

/**
 * The width of `text` at `size` px. Runs of Latin characters are measured with the Latin face,
 * as resvg falls back to it for them; without the fonts, a conservative estimate.
 */
export function textWidth(text: string, size: number, script: Script, bold = false): number {
  const own = font(script, bold);
  const latin = font('latin', bold);
  if (!own || !latin) return text.length * size * 0.62;
  if (script === 'latin') return (latin.layout(text).advanceWidth / latin.unitsPerEm) * size;
  let width = 0;
  let rest = text;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (/^\s+$/u.test(m[0])) continue;
    width += (latin.layout(m[0]).advanceWidth / latin.unitsPerEm) * size;
    rest = rest.replace(m[0], ' ');
  }
  return width + (own.layout(rest).advanceWidth / own.unitsPerEm) * size;
}

/**
 * Breaks text into lines no wider than `max` px, at spaces; a word wider than a line alone is
 * broken between characters. Nothing is ever dropped.
 */
export function wrapText(text: string, size: number, max: number, script: Script, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const tryLine = line ? `${line} ${word}` : word;
    if (textWidth(tryLine, size, script, bold) <= max) {
      line = tryLine;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, script, bold) > max && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, script, bold) > max) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest size from `sizes` (largest first) at which `text` wraps into at most `maxLines`
 * lines of `max` px; at the smallest size, however many lines it takes (never cut off).
 */
export function fitText(text: string, sizes: readonly number[], max: number, maxLines: number, script: Script, bold = false): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrapText(text, size, max, script, bold);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: wrapText(text, size, max, script, bold) };
}

/** Brackets mirror in right-to-left text: drawn by hand, each shows its mirror image. */
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<' };

/** One piece of a right-to-left line, drawn on its own: in the script's face, or the Latin one. */
export interface RtlRun {
  text: string;
  latin: boolean;
  width: number;
}

/**
 * A right-to-left line cut where the script's face lacks characters (Noto Sans Arabic has no
 * parentheses, "!" or Latin letters), in visual order from the right edge: resvg draws a
 * mirrored parenthesis in right-to-left text as a missing glyph, so such pieces are drawn apart,
 * in the Latin face, brackets mirrored. Spaces between two Latin pieces stay with them, so a
 * Latin phrase keeps its word order. Null when the face has every character (draw it whole).
 */
export function rtlRuns(text: string, script: Script, size: number, bold = false): RtlRun[] | null {
  const own = font(script, bold) as unknown as { hasGlyphForCodePoint(c: number): boolean } | null;
  if (script === 'latin' || !own) return null;
  const chars = [...text];
  const kind = chars.map((ch) => (/\s/u.test(ch) ? 'space' : own.hasGlyphForCodePoint(ch.codePointAt(0)!) ? 'own' : 'latin'));
  if (!kind.includes('latin')) return null;
  // A space takes the kind of its neighbours when both are Latin, else the script's own.
  const next = (i: number) => kind.slice(i).find((k) => k !== 'space');
  const prev = (i: number) => kind.slice(0, i).reverse().find((k) => k !== 'space');
  const resolved = kind.map((k, i) => (k !== 'space' ? k : prev(i) === 'latin' && next(i) === 'latin' ? 'latin' : 'own'));
  const runs: RtlRun[] = [];
  chars.forEach((ch, i) => {
    const latin = resolved[i] === 'latin';
    const last = runs[runs.length - 1];
    if (last && last.latin === latin) last.text += ch;
    else runs.push({ text: ch, latin, width: 0 });
  });
  for (const r of runs) {
    if (r.latin && /^[()[\]{}<>]+$/u.test(r.text)) r.text = [...r.text].map((c) => MIRROR[c] ?? c).join('');
    const edges = r.text.length - r.text.trim().length;
    r.width = textWidth(r.text.trim(), size, r.latin ? 'latin' : script, bold) + edges * textWidth(' ', size, script, bold);
  }
  return runs;
}
