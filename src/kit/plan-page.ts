import type { JoinLinks } from '../core/join-links.js';
import type { Translator } from '../core/translator.js';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '../core/types.js';
import { isWithdrawn, planHasEnded } from '../plans/plan-life.js';
import { contentFor } from '../plans/plan-schema.js';
import type { StoredPlan } from '../plans/plan-types.js';
import { formatCount } from '../reports/report-format.js';
import { planJoinCode, planPageUrl } from './plan-kit.js';

/** What a page shows besides the plan: the collective figures, already safe to show (or null). */
export interface PageFigures {
  /** Per task (1-based index - 1): followers who did it, rounded, null when too few to show. */
  tasks: (number | null)[];
}

export interface PageView {
  plan: StoredPlan;
  code: string;
  lang: Language;
  figures: PageFigures;
  forumName: string;
  publicUrl: string;
  now: Date;
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** HTML-escapes text (and drops bidi controls: the page sets direction with `dir`). */
export function esc(s: string): string {
  return s
    .replace(BIDI, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Nastaliq Urdu","Noto Sans Bengali",sans-serif;background:#f5f7f6;color:#17231e}
main{max-width:720px;margin:0 auto;padding:20px 18px 48px}header{background:#0f3b2e;color:#fff;padding:28px 18px 24px}
header .in{max-width:720px;margin:0 auto}.kicker{color:#cfe3da;font-weight:600;font-size:15px;margin:0 0 6px}
h1{font-size:28px;line-height:1.25;margin:0 0 10px}.why{margin:0;color:#e7f1ec}.until{display:inline-block;margin-top:12px;background:#f4c84a;color:#0f3b2e;border-radius:6px;padding:2px 10px;font-weight:600;font-size:15px}
.join{display:flex;flex-wrap:wrap;gap:10px;margin:22px 0 8px}.btn{display:inline-block;padding:12px 18px;border-radius:10px;font-weight:700;text-decoration:none;color:#fff}
.tg{background:#2a7ab8}.wa{background:#1f8f4e}ol{padding:0;margin:20px 0;list-style:none;counter-reset:t}
li{background:#fff;border-radius:12px;padding:16px 18px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
li h2{font-size:19px;margin:0 0 6px}.meta{color:#51635b;font-size:14px;margin:8px 0 0}.how{margin:0;white-space:pre-line}
.open{display:inline-block;margin-top:10px;color:#0f3b2e;font-weight:700}.done{color:#0f6b44;font-weight:600}
.withdrawn{opacity:.6}.withdrawn h2{text-decoration:line-through}.note{color:#51635b;font-size:14px}
nav{margin-top:30px;font-size:14px;color:#51635b}nav a{color:#0f3b2e;margin-inline-end:10px;display:inline-block}
.ended{background:#fff3cd;border-radius:8px;padding:10px 14px;margin:18px 0 0}
`;

/** `https://host/path?x` without its query string, for the short label under a button. */
function linkHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The plan's page, server-rendered, with no script, font or request to any other host. */
export function renderPlanPage(view: PageView, t: Translator, links: JoinLinks): string {
  const { plan, lang } = view;
  const tr = (key: string, vars?: Record<string, string | number>) => esc(t.t(lang, key, vars));
  const { content, fallback } = contentFor(plan, lang);
  const dir = RTL_LANGUAGES.has(lang) && !fallback ? 'rtl' : 'ltr';
  const pageUrl = planPageUrl(view.publicUrl, plan.id, view.code);
  const code = planJoinCode(plan, view.code);
  const tg = links.telegram(code);
  const wa = links.whatsapp(code);
  const ended = planHasEnded(plan, view.now);
  const date = (d: Date) => new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  const tasks = content.tasks.map((task, i) => {
    const n = i + 1;
    if (isWithdrawn(plan, n)) return `<li class="withdrawn"><h2>${n}. ${esc(task.title)}</h2><p class="note">${tr('page-withdrawn')}</p></li>`;
    const done = view.figures.tasks[i];
    const source = task.source.url
      ? `<a href="${esc(task.source.url)}" rel="noopener noreferrer nofollow">${tr('page-source', { by: task.source.vettedBy, date: date(task.source.date) })}</a>`
      : tr('page-source', { by: task.source.vettedBy, date: date(task.source.date) });
    return [
      `<li><h2 dir="auto">${n}. ${esc(task.title)}</h2>`,
      `<p class="how" dir="auto">${esc(task.how)}</p>`,
      task.link ? `<a class="open" href="${esc(task.link)}" rel="noopener noreferrer nofollow">${tr('page-open-link', { host: linkHost(task.link) })}</a>` : '',
      `<p class="meta">${tr('page-minutes', { minutes: task.minutes })} · ${source}</p>`,
      done !== null && done !== undefined ? `<p class="meta done">${tr('page-done', { count: formatCount(lang, done) })}</p>` : '',
      `</li>`,
    ].join('');
  });
  const joins = [
    tg ? `<a class="btn tg" href="${esc(tg)}" data-channel="telegram">${tr('page-join-telegram')}</a>` : '',
    wa ? `<a class="btn wa" href="${esc(wa)}" data-channel="whatsapp">${tr('page-join-whatsapp')}</a>` : '',
  ].join('');
  const switcher = LANGUAGES.map((l) => {
    const name = new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l;
    return l === lang ? `<strong lang="${l}">${esc(name)}</strong> ` : `<a lang="${l}" hreflang="${l}" href="?lang=${l}">${esc(name)}</a>`;
  }).join('');
  const image = `${pageUrl}/slide.png`;
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(content.title)} · ${esc(view.forumName)}</title>
<meta name="description" content="${esc(content.why)}">
<meta property="og:type" content="website">
<meta property="og:title" content="${esc(content.title)}">
<meta property="og:description" content="${esc(content.why)}">
<meta property="og:url" content="${esc(pageUrl)}">
<meta property="og:image" content="${esc(image)}">
<meta property="og:image:width" content="1920">
<meta property="og:image:height" content="1080">
<meta property="og:site_name" content="${esc(view.forumName)}">
<meta name="twitter:card" content="summary_large_image">
<style>${STYLE}</style>
</head>
<body>
<header><div class="in">
<p class="kicker">${tr('kit-kicker', { forum: view.forumName })}</p>
<h1 dir="auto">${esc(content.title)}</h1>
<p class="why" dir="auto">${esc(content.why)}</p>
${plan.endsAt && !ended ? `<span class="until">${tr('page-open-until', { date: date(plan.endsAt) })}</span>` : ''}
</div></header>
<main>
${fallback ? `<p class="note">${tr('kit-fallback', { language: new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang })}</p>` : ''}
${ended ? `<p class="ended">${tr('page-ended')}</p>` : `<p>${tr('page-join-intro')}</p><div class="join">${joins}</div>`}
<ol>${tasks.join('\n')}</ol>
<p class="note">${tr('page-privacy')}</p>
<nav aria-label="${tr('page-languages')}">${switcher}</nav>
</main>
</body>
</html>`;
}

/** The kind "not found" page, in the browser's language. */
export function renderNotFound(t: Translator, lang: Language, forumName: string): string {
  const dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.t(lang, 'page-not-found-title'))} · ${esc(forumName)}</title><style>${STYLE}</style></head>
<body><header><div class="in"><p class="kicker">${esc(forumName)}</p><h1>${esc(t.t(lang, 'page-not-found-title'))}</h1></div></header>
<main><p>${esc(t.t(lang, 'page-not-found-body'))}</p></main></body></html>`;
}

/** The best UI language for an Accept-Language header ("ar-EG,ar;q=0.9,en;q=0.8"). */
export function languageFromAcceptLanguage(header: string | undefined, fallback: Language): Language {
  if (!header) return fallback;
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { base: (tag ?? '').toLowerCase().split('-')[0]!, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { base } of ranked) {
    const b = base === 'in' ? 'id' : base;
    if ((LANGUAGES as readonly string[]).includes(b)) return b as Language;
  }
  return fallback;
}
