/**
 * The public plan page in a real browser (Debian's chromium driven by playwright-core), served by
 * the bot's own HTTP server from the real database: English and Arabic, the join buttons, no
 * request to any other host, the language switcher, the kind 404; then what a hostile client
 * can throw at the server. Screenshots go to test-output/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoAudienceStore } from '../../src/db/audience-store.js';
import { models, syncIndexes } from '../../src/db/models.js';
import { MongoPageVisits } from '../../src/db/page-visit-store.js';
import { MongoPlanStore } from '../../src/db/plan-store.js';
import { MongoReportCounters } from '../../src/db/report-counters.js';
import { createHttpServer } from '../../src/http/http-server.js';
import { planPageRoute } from '../../src/kit/plan-page-route.js';
import { silentLogger } from '../../src/logger.js';
import { testDatabaseUri } from '../support/db.js';
import { kitDeps, uyghurPlan } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.log(`plan page browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium)`);
const OUT = join(process.cwd(), 'test-output');

let conn: mongoose.Connection;
let base: string;
let visits: MongoPageVisits;
let close: () => Promise<void>;

beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('plan_page'), { serverSelectionTimeoutMS: 10_000, maxPoolSize: 5 }).asPromise();
  const db = models(conn);
  await syncIndexes(db);
  const plans = new MongoPlanStore(db);
  const { status: _s, ...file } = uyghurPlan();
  await plans.propose(file, 'org');
  for (const [from, to] of [['proposed', 'approved'], ['approved', 'publishing'], ['publishing', 'published']] as const) {
    expect(await plans.transition(file.id, from, to, to === 'publishing' ? { publishedAt: new Date() } : {})).toBe(true);
  }
  await new MongoAudienceStore(db).insert({ code: 'sara', displayName: 'Sara', language: 'ar', owner: null, inviteCode: null, createdAt: new Date() });
  visits = new MongoPageVisits(db);
  await visits.ensureIndexes();
  const audiences = new MongoAudienceStore(db);
  const route = planPageRoute({
    ...kitDeps,
    plans,
    influencer: (code) => audiences.get(code),
    counters: new MongoReportCounters(db),
    visits,
    publicUrl: 'http://127.0.0.1',
    defaultLanguage: 'en',
    log: silentLogger,
    now: () => new Date('2026-12-05T12:00:00Z'),
  });
  const server = createHttpServer([route], silentLogger);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r()));
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await close?.();
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

/** A fresh browser profile with the given locale; every request's host is recorded. */
async function browse<T>(locale: string, fn: (ctx: BrowserContext, hosts: Set<string>) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'plan-page-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 412, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const hosts = new Set<string>();
  ctx.on('request', (req) => hosts.add(new URL(req.url()).host));
  try {
    return await fn(ctx, hosts);
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe.skipIf(!haveChromium)('plan page in a real browser', () => {
  it('in English: left to right, join buttons carrying the code and cause, nothing from other hosts', async () => {
    const before = await visits.count('sara', 'uyghur-2026-12');
    await browse('en-GB', async (ctx, hosts) => {
      const page = await ctx.newPage();
      const res = await page.goto(`${base}/p/uyghur-2026-12/sara`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('h1').innerText()).toMatch(/^Stand with the Uyghurs/);
      expect(await page.locator('[data-channel=telegram]').getAttribute('href')).toBe('https://t.me/ForumPledgeBot?start=sara-uyghur');
      expect(await page.locator('[data-channel=whatsapp]').getAttribute('href')).toBe('https://wa.me/15551234567?text=join%20sara-uyghur');
      expect(await page.locator('.until').innerText()).toBe('Open until December 31, 2026');
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe('http://127.0.0.1/p/uyghur-2026-12/sara/slide.png');
      expect(await page.locator('ol > li').count()).toBe(3);
      await page.screenshot({ path: join(OUT, 'plan-page-en.png'), fullPage: true });
      expect([...hosts]).toEqual([new URL(base).host]);
    });
    expect(await visits.count('sara', 'uyghur-2026-12')).toBe(before + 1);
  });

  it('in Arabic: right to left, Arabic content, and the switcher changes the language', async () => {
    await browse('ar-EG', async (ctx, hosts) => {
      const page = await ctx.newPage();
      await page.goto(`${base}/p/uyghur-2026-12/sara`);
      expect([await page.locator('html').getAttribute('dir'), await page.locator('html').getAttribute('lang')]).toEqual(['rtl', 'ar']);
      expect(await page.locator('h1').innerText()).toMatch(/^ادعموا الأويغور/);
      expect(await page.locator('[data-channel=telegram]').innerText()).toBe('انضمّ عبر تيليجرام');
      const box = await page.locator('h1').boundingBox();
      expect(box!.x + box!.width).toBeGreaterThan(380); // text starts at the right edge
      await page.screenshot({ path: join(OUT, 'plan-page-ar.png'), fullPage: true });
      await page.locator('nav a[lang=fr]').click();
      await page.waitForURL(/lang=fr/);
      expect([await page.locator('html').getAttribute('dir'), await page.locator('html').getAttribute('lang')]).toEqual(['ltr', 'fr']);
      expect(await page.locator('.note').first().innerText()).toMatch(/anglais/);
      expect([...hosts]).toEqual([new URL(base).host]);
    });
  });

  it('an unknown plan or code gets a kind 404 in the browser language', async () => {
    await browse('ar', async (ctx) => {
      const page = await ctx.newPage();
      for (const path of ['/p/no-such-plan/sara', '/p/uyghur-2026-12/nobody']) {
        const res = await page.goto(`${base}${path}`);
        expect(res?.status()).toBe(404);
        expect(await page.locator('h1').innerText()).toBe('الصفحة غير موجودة');
      }
    });
  });
});

describe('plan page server under bad input', () => {
  it('serves the Open Graph slide as a 1920x1080 PNG', async () => {
    const res = await fetch(`${base}/p/uyghur-2026-12/sara/slide.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(png.subarray(16, 24)).readUInt32BE(0)).toBe(1920);
  });

  it('turns away path tricks, other methods and huge headers, and keeps serving', async () => {
    for (const path of ['/p/../../etc/passwd', '/p/%2e%2e/%2e%2e/etc/passwd', '/p/uyghur-2026-12/sara/../../x', `/p/${'a'.repeat(600)}/sara`, '/p/UYGHUR/Sara%00']) {
      const res = await fetch(`${base}${path}`);
      expect([404, 414], path).toContain(res.status);
      expect(await res.text()).not.toMatch(/root:|Error:|at /);
    }
    expect((await fetch(`${base}/p/uyghur-2026-12/sara`, { method: 'POST', body: 'x' })).status).toBe(405);
    const huge = await fetch(`${base}/p/uyghur-2026-12/sara`, { headers: { 'x-junk': 'j'.repeat(20_000) } }).catch((e: unknown) => e);
    expect(huge instanceof Response ? huge.status : 'closed').toSatisfy((s: unknown) => s === 431 || s === 'closed');
    expect((await fetch(`${base}/p/uyghur-2026-12/sara`, { headers: { 'accept-language': 'x'.repeat(4000) } })).status).toBe(200);
  });

  it('answers a flood of 300 requests at once with pages or a quick 503, and stays up', async () => {
    const statuses = await Promise.all(Array.from({ length: 300 }, () => fetch(`${base}/p/uyghur-2026-12/sara?lang=en`, { method: 'HEAD' }).then((r) => r.status)));
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect((await fetch(`${base}/p/uyghur-2026-12/sara`)).status).toBe(200);
  });
});
