import QRCode from 'qrcode';
import { fitText, fontFamily, slideFontFiles, type Script, textWidth, rtlRuns, wrapText } from './text-measure.js';

/** The two slide shapes: the end of a video, and short vertical videos. */
export const SLIDE_SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;
export type SlideShape = keyof typeof SLIDE_SIZES;

/** Everything a slide shows, already in the slide's language. */
export interface SlideInput {
  script: Script;
  rtl: boolean;
  /** Small line above the title ("Forum of Influencers · this month's plan"). */
  kicker: string;
  title: string;
  /** Task titles, in plan order. */
  tasks: string[];
  /** "About 25 minutes in all". */
  minutesLine: string;
  /** "Scan to join" under the QR code. */
  scanLine: string;
  /** "@ForumPledgeBot" or the link to show in text under the QR code. */
  handle: string;
  /** The join link the QR code carries. */
  link: string;
  /** Shown when the plan is not in the slide's language ("Shown in English…"). */
  fallbackNote: string | null;
  footer: string;
}

const COLORS = { bg: '#0f3b2e', panel: '#ffffff', text: '#ffffff', soft: '#cfe3da', accent: '#f4c84a', dark: '#0f3b2e' };

/** Bidi controls never belong in a drawn slide: the renderer orders the text itself. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function esc(s: string): string {
  return s.replace(BIDI, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A column of text: where it starts (its reading edge) and how wide it is. */
interface Column {
  /** x of the edge lines start from: the left edge, or the right one for right-to-left. */
  x: number;
  width: number;
  rtl: boolean;
  script: Script;
}

function textLine(col: Column, y: number, size: number, s: string, fill: string, bold = false): string {
  const weight = bold ? ' font-weight="700"' : '';
  const runs = col.rtl ? rtlRuns(s.replace(BIDI, ''), col.script, size, bold) : null;
  if (!runs) {
    const anchor = col.rtl ? 'end' : 'start';
    return `<text x="${col.x}" y="${y}" font-size="${size}" fill="${fill}" text-anchor="${anchor}" direction="${col.rtl ? 'rtl' : 'ltr'}" font-family="${fontFamily(col.script)}"${weight}>${esc(s)}</text>`;
  }
  // Drawn piece by piece from the right edge (see rtlRuns); a piece's edge spaces, which the
  // renderer drops, are kept as gaps. In logical order a piece's leading space is on its right.
  let x = col.x;
  const space = textWidth(' ', size, col.script, bold);
  return runs
    .map((r) => {
      const lead = r.text.length - r.text.trimStart().length;
      const family = fontFamily(r.latin ? 'latin' : col.script);
      const svg = `<text x="${(x - lead * space).toFixed(1)}" y="${y}" font-size="${size}" fill="${fill}" text-anchor="end" direction="${r.latin ? 'ltr' : 'rtl'}" font-family="${family}"${weight}>${esc(r.text.trim())}</text>`;
      x -= r.width;
      return svg;
    })
    .join('');
}

/** Line height for a font size: Nastaliq needs far more room above and below. */
function lineHeight(script: Script, size: number): number {
  return Math.round(size * (script === 'urdu' ? 1.9 : 1.3));
}

/** The title, tasks and minutes, at the largest sizes that fit `height`; returns SVG and its height. */
function textBlock(input: SlideInput, col: Column, top: number, height: number): string {
  const { script } = col;
  const titleSizes = [88, 76, 66, 58, 50, 44];
  const taskSizes = [46, 42, 38, 34, 30, 27, 24];
  for (let step = 0; ; step++) {
    const last = step >= Math.max(titleSizes.length, taskSizes.length) - 1;
    const title = fitText(input.title, titleSizes.slice(Math.min(step, titleSizes.length - 1)), col.width, 3, script, true);
    const taskSize = taskSizes[Math.min(step, taskSizes.length - 1)]!;
    const numberWidth = Math.round(taskSize * 1.6);
    const tasks = input.tasks.map((t) => wrapText(t, taskSize, col.width - numberWidth, script));
    const titleLh = lineHeight(script, title.size);
    const taskLh = lineHeight(script, taskSize);
    const needed = title.lines.length * titleLh + 30 + tasks.reduce((n, l) => n + l.length * taskLh + 14, 0) + taskLh + 20;
    if (needed > height && !last) continue;
    const out: string[] = [];
    let y = top + title.size;
    for (const line of title.lines) {
      out.push(textLine(col, y, title.size, line, COLORS.text, true));
      y += titleLh;
    }
    y += 30 - titleLh + taskLh;
    tasks.forEach((lines, i) => {
      const numX = col.rtl ? col.x - taskSize * 0.55 : col.x + taskSize * 0.55;
      out.push(`<circle cx="${numX}" cy="${y - taskSize * 0.35}" r="${taskSize * 0.58}" fill="${COLORS.accent}"/>`);
      out.push(`<text x="${numX}" y="${y - taskSize * 0.35 + taskSize * 0.3}" font-size="${Math.round(taskSize * 0.8)}" fill="${COLORS.dark}" text-anchor="middle" font-family="${fontFamily('latin')}" font-weight="700">${i + 1}</text>`);
      const body: Column = { ...col, x: col.rtl ? col.x - numberWidth : col.x + numberWidth, width: col.width - numberWidth };
      for (const line of lines) {
        out.push(textLine(body, y, taskSize, line, COLORS.text));
        y += taskLh;
      }
      y += 14;
    });
    out.push(textLine(col, y + 10, Math.round(taskSize * 0.85), input.minutesLine, COLORS.accent, true));
    return out.join('\n');
  }
}

/** The QR code as one path of dark modules on a white panel with its quiet zone. */
function qrCode(link: string, x: number, y: number, size: number): string {
  const qr = QRCode.create(link, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4;
  const cell = size / (n + quiet * 2);
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) d += `M${(x + (c + quiet) * cell).toFixed(2)} ${(y + (r + quiet) * cell).toFixed(2)}h${cell.toFixed(2)}v${cell.toFixed(2)}h-${cell.toFixed(2)}z`;
    }
  }
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="24" fill="${COLORS.panel}"/><path d="${d}" fill="#000000"/>`;
}

/** Lines of a centred caption, wrapped to `width`. */
function caption(text: string, cx: number, y: number, width: number, size: number, script: Script, fill: string, bold = false): { svg: string; bottom: number } {
  const lh = lineHeight(script, size);
  const lines = wrapText(text, size, width, script, bold);
  const svg = lines
    .map((l, i) => `<text x="${cx}" y="${y + i * lh}" font-size="${size}" fill="${fill}" text-anchor="middle" font-family="${fontFamily(script)}"${bold ? ' font-weight="700"' : ''}>${esc(l)}</text>`)
    .join('\n');
  return { svg, bottom: y + (lines.length - 1) * lh };
}

/** The slide as SVG: text column on the reading side, QR code on the other (or below, upright). */
export function slideSvg(input: SlideInput, shape: SlideShape): string {
  const { width, height } = SLIDE_SIZES[shape];
  const m = shape === 'landscape' ? 110 : 80;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${COLORS.bg}"/>`];
  const qrSize = shape === 'landscape' ? 560 : 600;
  let col: Column;
  let qrX: number;
  let qrY: number;
  let textTop: number;
  let textHeight: number;
  if (shape === 'landscape') {
    const textWidth_ = width - 2 * m - qrSize - 100;
    col = { x: input.rtl ? width - m : m, width: textWidth_, rtl: input.rtl, script: input.script };
    qrX = input.rtl ? m : width - m - qrSize;
    qrY = 190;
    textTop = 190;
    textHeight = height - textTop - 150;
  } else {
    col = { x: input.rtl ? width - m : m, width: width - 2 * m, rtl: input.rtl, script: input.script };
    qrX = (width - qrSize) / 2;
    qrY = height - m - qrSize - 230;
    textTop = 250;
    textHeight = qrY - textTop - 80;
  }
  const kickerSize = 34;
  parts.push(`<rect x="${input.rtl ? width - m - 90 : m}" y="${textTop - 118}" width="90" height="10" rx="5" fill="${COLORS.accent}"/>`);
  parts.push(textLine(col, textTop - 50, kickerSize, input.kicker, COLORS.soft, true));
  parts.push(textBlock(input, col, textTop, textHeight));
  parts.push(qrCode(input.link, qrX, qrY, qrSize));
  const cx = qrX + qrSize / 2;
  const scan = caption(input.scanLine, cx, qrY + qrSize + 70, qrSize + 80, 40, input.script, COLORS.text, true);
  parts.push(scan.svg);
  parts.push(`<text x="${cx}" y="${scan.bottom + 62}" font-size="38" fill="${COLORS.accent}" text-anchor="middle" font-family="${fontFamily('latin')}" font-weight="700">${esc(input.handle)}</text>`);
  const footerY = height - (shape === 'landscape' ? 60 : 70);
  const footer = input.fallbackNote ? `${input.footer}  ·  ${input.fallbackNote}` : input.footer;
  const footerCol: Column = { ...col, width: width - 2 * m };
  const footerSize = 28;
  const fitted = textWidth(footer, footerSize, input.script) > width - 2 * m ? wrapText(footer, footerSize, width - 2 * m, input.script) : [footer];
  fitted.forEach((l, i) => parts.push(textLine(footerCol, footerY - (fitted.length - 1 - i) * lineHeight(input.script, footerSize), footerSize, l, COLORS.soft)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n${parts.join('\n')}\n</svg>`;
}

/** The slide as a PNG (resvg, with the Noto fonts the image installs). */
export async function renderSlide(input: SlideInput, shape: SlideShape): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const files = slideFontFiles();
  const png = new Resvg(slideSvg(input, shape), {
    font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
