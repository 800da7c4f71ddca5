import type { JoinLinks } from '../core/join-links.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES, type Language } from '../core/types.js';
import { activeTasks } from '../plans/plan-life.js';
import { contentFor } from '../plans/plan-schema.js';
import type { StoredPlan } from '../plans/plan-types.js';
import { renderSlide, SLIDE_SIZES, type SlideInput, type SlideShape } from './slide.js';
import { scriptOf } from './text-measure.js';

/** What every piece of an influencer's kit needs besides the plan and the influencer. */
export interface KitDeps {
  translator: Translator;
  links: JoinLinks;
  /** The bot's Telegram username, shown as @handle under the QR code. */
  botUsername?: string;
  /** The forum's name as followers know it. */
  forumName: string;
  /** Base URL of the public plan pages (PUBLIC_URL), when they are served. */
  publicUrl?: string;
}

/** The audience a kit is for: the influencer's join code and the language they speak. */
export interface KitAudience {
  code: string;
  language: Language;
}

/** The code that joins the influencer's audience with the plan's cause already chosen. */
export function planJoinCode(plan: Pick<StoredPlan, 'topics'>, code: string): string {
  return plan.topics.length ? `${code}-${plan.topics[0]}` : code;
}

/** The join links of a plan's kit, per channel (null where a channel is not configured). */
export function kitLinks(deps: KitDeps, plan: Pick<StoredPlan, 'topics' | 'id'>, who: KitAudience) {
  const code = planJoinCode(plan, who.code);
  return {
    telegram: deps.links.telegram(code),
    whatsapp: deps.links.whatsapp(code),
    page: deps.publicUrl ? planPageUrl(deps.publicUrl, plan.id, who.code) : null,
  };
}

/** `<PUBLIC_URL>/p/<plan>/<code>`. */
export function planPageUrl(publicUrl: string, planId: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/p/${encodeURIComponent(planId)}/${encodeURIComponent(code)}`;
}

/** Total minutes of the tasks still in force. */
function minutes(plan: StoredPlan, lang: Language): number {
  const { tasks } = contentFor(plan, lang).content;
  return activeTasks(plan, tasks.length).reduce((n, t) => n + tasks[t - 1]!.minutes, 0);
}

/** The slide's text in the influencer's language; the plan in English, visibly, when not in theirs. */
export function slideInput(deps: KitDeps, plan: StoredPlan, who: KitAudience): SlideInput {
  const lang = who.language;
  const t = (key: string, vars?: Record<string, string | number>) => deps.translator.t(lang, key, vars);
  const { content, fallback } = contentFor(plan, lang);
  const links = kitLinks(deps, plan, who);
  const link = links.telegram ?? links.whatsapp ?? links.page;
  if (!link) throw new Error('no join link: set BOT_USERNAME or WHATSAPP_NUMBER');
  const tasks = activeTasks(plan, content.tasks.length).map((n) => content.tasks[n - 1]!.title);
  const languageName = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return {
    // A plan shown in English is drawn left to right even on an Arabic speaker's slide.
    script: fallback ? 'latin' : scriptOf(lang),
    rtl: !fallback && RTL_LANGUAGES.has(lang),
    kicker: t('kit-kicker', { forum: deps.forumName }),
    title: content.title,
    tasks,
    minutesLine: t('kit-minutes', { minutes: minutes(plan, lang) }),
    scanLine: t('kit-scan'),
    handle: deps.botUsername ? `@${deps.botUsername}` : link.replace(/^https:\/\//, '').split('?')[0]!,
    link,
    fallbackNote: fallback ? t('kit-fallback', { language: languageName }) : null,
    footer: deps.forumName,
  };
}

/** Slides drawn lately, by everything they show: drawing one holds the process for 0.3-0.8 s. */
const drawn = new Map<string, Promise<Uint8Array>>();
const DRAWN_MAX = 64;

/**
 * One slide of a plan for one influencer. The same slide (plan revision, withdrawn tasks, code,
 * language, shape) is drawn once and kept, for `/kit`, `npm run kit` and the plan page's preview.
 */
export function planSlide(deps: KitDeps, plan: StoredPlan, who: KitAudience, shape: SlideShape): Promise<Uint8Array> {
  const key = [plan.id, plan.revision, plan.withdrawnTasks.join(','), who.code, who.language, shape, deps.botUsername ?? '', deps.forumName].join('|');
  let png = drawn.get(key);
  if (!png) {
    png = renderSlide(slideInput(deps, plan, who), shape);
    // A failed drawing is not kept: the next ask draws again.
    png.catch(() => drawn.delete(key));
    drawn.set(key, png);
    if (drawn.size > DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  }
  return png;
}

/** Both slides of a plan for one influencer, as PNG files named for the plan, code and shape. */
export async function planSlides(deps: KitDeps, plan: StoredPlan, who: KitAudience): Promise<{ shape: SlideShape; filename: string; png: Uint8Array }[]> {
  const shapes = Object.keys(SLIDE_SIZES) as SlideShape[];
  return Promise.all(
    shapes.map(async (shape) => {
      const { width, height } = SLIDE_SIZES[shape];
      return { shape, filename: `${plan.id}-${who.code}-${width}x${height}.png`, png: await planSlide(deps, plan, who, shape) };
    }),
  );
}

/**
 * The block to paste under a video: one line on the plan, then each link on a line of its own
 * after a plain label. Links are never inside a translated sentence, so no bidi isolation mark
 * or direction mark can touch them.
 */
export function descriptionBlock(deps: KitDeps, plan: StoredPlan, who: KitAudience): string {
  const lang = who.language;
  const t = (key: string, vars?: Record<string, string | number>) => stripBidi(deps.translator.t(lang, key, vars));
  const { content } = contentFor(plan, lang);
  const links = kitLinks(deps, plan, who);
  const lines = [t('kit-description', { title: stripBidi(content.title), tasks: activeTasks(plan, content.tasks.length).length, minutes: minutes(plan, lang) })];
  if (links.telegram) lines.push(`${t('kit-label-telegram')} ${links.telegram}`);
  if (links.whatsapp) lines.push(`${t('kit-label-whatsapp')} ${links.whatsapp}`);
  if (links.page) lines.push(`${t('kit-label-page')} ${links.page}`);
  return lines.join('\n');
}

/** Bidi controls (marks, embeddings, isolates): none goes into text meant to be copied. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function stripBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}
