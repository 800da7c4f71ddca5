/**
 * How long one end-of-video slide takes to draw, per language and shape, and the process's peak
 * memory: `npm run bench:kit`. Each slide is drawn RUNS times after one warm-up (fonts loaded).
 */
import { joinLinks } from '../src/core/join-links.js';
import { localesDir } from '../src/app.js';
import { loadTranslator } from '../src/i18n/translator.js';
import { slideInput } from '../src/kit/plan-kit.js';
import { renderSlide, type SlideShape } from '../src/kit/slide.js';
import { uyghurPlan } from '../test/kit/fixtures.js';

const RUNS = Number(process.env.RUNS ?? 10);
const deps = { translator: loadTranslator(localesDir()), links: joinLinks({ botUsername: 'ForumPledgeBot' }), botUsername: 'ForumPledgeBot', forumName: 'Forum of Influencers' };
const plan = uyghurPlan();
let peak = 0;
console.log(`slide drawing, ${RUNS} runs each (ms per slide)`);
console.log('lang  shape      p50     max');
for (const language of ['en', 'ar', 'ur', 'tr'] as const) {
  for (const shape of ['landscape', 'portrait'] as SlideShape[]) {
    const input = slideInput(deps, plan, { code: 'sara', language });
    await renderSlide(input, shape);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await renderSlide(input, shape);
      times.push(performance.now() - t);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    times.sort((a, b) => a - b);
    console.log(`${language.padEnd(5)} ${shape.padEnd(10)} ${times[Math.floor(RUNS / 2)]!.toFixed(0).padStart(5)} ${times.at(-1)!.toFixed(0).padStart(7)}`);
  }
}
console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`);
