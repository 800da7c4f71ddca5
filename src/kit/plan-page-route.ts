import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Language } from '../core/types.js';
import { LANGUAGES } from '../core/types.js';
import type { HttpRoute } from '../http/http-server.js';
import type { Influencer } from '../influencers/influencer-store.js';
import { PLAN_ID } from '../plans/plan-schema.js';
import type { PlanStore, StoredPlan } from '../plans/plan-types.js';
import { isWithdrawn } from '../plans/plan-life.js';
import type { ReportCounters } from '../reports/report-counters.js';
import { shownCount } from '../reports/small-counts.js';
import type { PageVisits } from '../reports/page-visits.js';
import { planSlide, type KitDeps } from './plan-kit.js';
import { languageFromAcceptLanguage, renderNotFound, renderPlanPage, type PageFigures } from './plan-page.js';

export interface PlanPageDeps extends KitDeps {
  plans: PlanStore;
  influencer(code: string): Promise<Pick<Influencer, 'code' | 'language'> | null>;
  counters: Pick<ReportCounters, 'planCounters'>;
  visits: PageVisits;
  publicUrl: string;
  defaultLanguage: Language;
  log: Logger;
  now?: () => Date;
}

/** `/p/<plan>/<code>` and `/p/<plan>/<code>/slide.png`; codes as we hand them out. */
const ROUTE = /^\/p\/([a-z0-9-]{3,32})\/([a-z0-9_]{2,40})(\/slide\.png)?\/?$/;
/** Pages and slides kept rendered (a video's link is opened by many at once). */
const CACHE_ENTRIES = 200;
const PAGE_TTL_MS = 60_000;
/** Requests handled at once; beyond it the server answers 503 at once rather than queueing. */
const MAX_IN_FLIGHT = 32;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'interest-cohort=()',
};

/** A small cache with a size bound and an age limit, oldest evicted first. */
class Cache<V> {
  readonly #m = new Map<string, { v: V; at: number }>();
  constructor(private readonly ttlMs: number) {}
  get(k: string, now: number): V | undefined {
    const e = this.#m.get(k);
    if (!e || now - e.at > this.ttlMs) return undefined;
    return e.v;
  }
  set(k: string, v: V, now: number): void {
    this.#m.delete(k);
    this.#m.set(k, { v, at: now });
    if (this.#m.size > CACHE_ENTRIES) this.#m.delete(this.#m.keys().next().value!);
  }
}

/** The forum-wide count per task, rounded, null under the threshold (never a small number). */
async function figures(deps: PlanPageDeps, plan: StoredPlan): Promise<PageFigures> {
  const { rows } = await deps.counters.planCounters(plan.id);
  const total = plan.content.en!.tasks.length;
  const sum = (metric: string) => rows.filter((r) => r.metric === metric).reduce((n, r) => n + r.n, 0);
  return { tasks: Array.from({ length: total }, (_, i) => (isWithdrawn(plan, i + 1) ? null : shownCount(sum(`task_${i + 1}`)))) };
}

/** The page's language: `?lang=` if it is one of ours, else the browser's, else the default. */
function pageLanguage(req: IncomingMessage, url: URL, fallback: Language): Language {
  const asked = url.searchParams.get('lang');
  if (asked && (LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
  return languageFromAcceptLanguage(req.headers['accept-language'], fallback);
}

/** The public plan pages and their preview images, as a route of the bot's HTTP server. */
export function planPageRoute(deps: PlanPageDeps): HttpRoute {
  const pages = new Cache<Rendered>(PAGE_TTL_MS);
  let inFlight = 0;
  const now = deps.now ?? (() => new Date());
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = ROUTE.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return true;
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      res.writeHead(503, { 'retry-after': '2', 'content-type': 'text/plain; charset=utf-8' }).end('Busy, try again');
      return true;
    }
    inFlight++;
    try {
      await serve(deps, req, res, { url, planId: m[1]!, code: m[2]!, slide: Boolean(m[3]) }, { pages, now: now() });
    } finally {
      inFlight--;
    }
    return true;
  };
}

interface Wanted {
  url: URL;
  planId: string;
  code: string;
  slide: boolean;
}

async function serve(deps: PlanPageDeps, req: IncomingMessage, res: ServerResponse, w: Wanted, c: { pages: Cache<Rendered>; now: Date }): Promise<void> {
  const lang = pageLanguage(req, w.url, deps.defaultLanguage);
  const head = req.method === 'HEAD';
  const t = c.now.getTime();
  const key = `${w.planId}|${w.code}|${w.slide ? 'slide' : lang}`;
  let hit = w.slide ? undefined : c.pages.get(key, t);
  if (!hit) {
    const [plan, influencer] = PLAN_ID.test(w.planId) ? await Promise.all([deps.plans.get(w.planId), deps.influencer(w.code)]) : [null, null];
    if (!plan || !influencer || (plan.status !== 'publishing' && plan.status !== 'published')) {
      const html = renderNotFound(deps.translator, lang, deps.forumName);
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(head ? undefined : html);
      return;
    }
    if (w.slide) return serveSlide(deps, res, head, plan, influencer);
    const view = { plan, code: influencer.code, lang, figures: await figures(deps, plan), forumName: deps.forumName, publicUrl: deps.publicUrl, now: c.now };
    hit = { html: renderPlanPage(view, deps.translator, deps.links), planId: plan.id, code: influencer.code };
    c.pages.set(key, hit, t);
  }
  if (!head) await deps.visits.record(hit.planId, hit.code, c.now).catch((err: unknown) => deps.log.warn({ err: String(err).slice(0, 120) }, 'page visit not counted'));
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-language': lang, vary: 'accept-language', 'cache-control': 'public, max-age=60' }).end(head ? undefined : hit.html);
}

/** A page as rendered, with what its visits are counted under. */
interface Rendered {
  html: string;
  planId: string;
  code: string;
}

async function serveSlide(deps: PlanPageDeps, res: ServerResponse, head: boolean, plan: StoredPlan, influencer: Pick<Influencer, 'code' | 'language'>): Promise<void> {
  const png = await planSlide(deps, plan, { code: influencer.code, language: influencer.language }, 'landscape');
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'image/png', 'content-length': png.byteLength, 'cache-control': 'public, max-age=600' }).end(head ? undefined : png);
}
