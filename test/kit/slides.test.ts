/**
 * The end-of-video slides: real PNGs of the right size, whose QR code a phone would read as the
 * influencer's join link with the plan's cause, in Arabic, Urdu and English; and the description
 * block, in every language, with nothing invisible in or around its links.
 */
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/types.js';
import { normaliseDigits } from '../../src/core/flow/parse-answer.js';
import { BIDI_CONTROLS, descriptionBlock, kitLinks, planSlides, slideInput } from '../../src/kit/plan-kit.js';
import { SLIDE_SIZES, slideSvg } from '../../src/kit/slide.js';
import { kitDeps, uyghurPlan } from './fixtures.js';

/** jsqr is CommonJS with a default export: under Node's ESM interop the function may sit on `.default`. */
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;

function decodeQr(png: Uint8Array): { width: number; height: number; text: string | null } {
  const img = PNG.sync.read(Buffer.from(png));
  const qr = jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength), img.width, img.height);
  return { width: img.width, height: img.height, text: qr?.data ?? null };
}

/** The text drawn on a slide: every <text> element's content, entities undone. */
function drawnText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'))
    .join(' ');
}

describe('end-of-video slides', () => {
  for (const language of ['ar', 'ur', 'en'] as const) {
    it(`renders both sizes in ${language}, and the QR code reads as the influencer's link for the plan's cause`, async () => {
      const started = Date.now();
      const slides = await planSlides(kitDeps, uyghurPlan(), { code: 'sara', language });
      expect(slides.map((s) => s.shape)).toEqual(['landscape', 'portrait']);
      for (const slide of slides) {
        const { width, height, text } = decodeQr(slide.png);
        expect({ width, height }).toEqual(SLIDE_SIZES[slide.shape]);
        expect(text).toBe('https://t.me/ForumPledgeBot?start=sara-uyghur');
        expect(slide.filename).toBe(`uyghur-2026-12-sara-${width}x${height}.png`);
      }
      // Not a timing assertion (bench figures live in benchmarks), just a sanity print.
      console.log(`${language}: two slides in ${Date.now() - started} ms`);
    });
  }

  it('wraps a long title and long tasks onto more lines, never cutting a word off', () => {
    const plan = uyghurPlan();
    for (const language of ['ar', 'en', 'ur'] as const) {
      const input = slideInput(kitDeps, plan, { code: 'sara', language });
      for (const shape of ['landscape', 'portrait'] as const) {
        const drawn = drawnText(slideSvg(input, shape));
        for (const word of [...input.title.split(/\s+/), ...input.tasks.flatMap((t) => t.split(/\s+/))]) {
          expect(drawn, `${language} ${shape}: "${word}"`).toContain(word.replace(/[()]/g, ''));
        }
      }
    }
  });

  it('lays Arabic out from the right and English from the left', () => {
    const ar = slideSvg(slideInput(kitDeps, uyghurPlan(), { code: 'sara', language: 'ar' }), 'landscape');
    const en = slideSvg(slideInput(kitDeps, uyghurPlan(), { code: 'sara', language: 'en' }), 'landscape');
    expect(ar).toContain('text-anchor="end" direction="rtl"');
    expect(en).not.toContain('direction="rtl"');
    expect(en).toContain('text-anchor="start" direction="ltr"');
  });

  it('falls back to English visibly for a language the plan is not written in', () => {
    const input = slideInput(kitDeps, uyghurPlan(), { code: 'sara', language: 'tr' });
    expect(input.title).toMatch(/^Stand with the Uyghurs/);
    expect(input.fallbackNote).toMatch(/İngilizce/);
    expect(input.rtl).toBe(false);
    expect(slideInput(kitDeps, uyghurPlan(), { code: 'sara', language: 'ar' }).fallbackNote).toBeNull();
  });

  it('leaves a withdrawn task off the slide and out of the minutes', () => {
    const input = slideInput(kitDeps, uyghurPlan({ withdrawnTasks: [2] }), { code: 'sara', language: 'en' });
    expect(input.tasks).toEqual(['Sign the petition to ban forced-labour goods', 'Share the verified post with 3 friends']);
    expect(input.minutesLine).toBe('About 5 minutes in all');
  });
});

describe('description block', () => {
  for (const language of LANGUAGES) {
    it(`in ${language}: one line on the plan, then each link alone after a label, nothing invisible`, () => {
      const plan = uyghurPlan();
      const block = descriptionBlock(kitDeps, plan, { code: 'sara', language });
      const links = kitLinks(kitDeps, plan, { code: 'sara', language });
      expect(block).not.toMatch(BIDI_CONTROLS);
      const lines = block.split('\n');
      expect(lines).toHaveLength(4);
      for (const link of [links.telegram!, links.whatsapp!, links.page!]) {
        const line = lines.find((l) => l.includes(link));
        expect(line, link).toBeDefined();
        // The link ends its line and has a plain space before it.
        expect(line!.endsWith(link)).toBe(true);
        expect(line!.at(-link.length - 1)).toBe(' ');
      }
      expect(links.whatsapp).toBe('https://wa.me/15551234567?text=join%20sara-uyghur');
      expect(links.page).toBe('https://forum.example.org/p/uyghur-2026-12/sara');
      // The task count, in the reader's own digits (Bengali writes ৩).
      expect(normaliseDigits(lines[0]!)).toMatch(/3/);
    });
  }
});
