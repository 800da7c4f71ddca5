/**
 * Reports that cannot be differenced, on the real database and the real onboarding flow: an
 * influencer who knows one person is joining, and when, learns nothing about them by comparing
 * reports taken before and after each step (joining, choosing Arabic, /stop).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/types.js';
import { MongoReportCounters } from '../../src/db/report-counters.js';
import { audienceReachReport } from '../../src/reports/reach-report.js';
import { renderReportCsv } from '../../src/reports/render-report-csv.js';
import { renderReportText } from '../../src/reports/render-report-text.js';
import type { ReportScope } from '../../src/reports/report-types.js';
import { toSafeReport, type SafeReport, type Shown } from '../../src/reports/safe-report.js';
import { TelegramHarness } from '../support/telegram-harness.js';

/** Every report is taken "at" the same moment, so only the figures can differ. */
const AT = new Date(Date.UTC(2026, 11, 1, 12));
let h: TelegramHarness;
let chat = 610_000;

beforeAll(async () => {
  h = await TelegramHarness.start('faults_differencing', { organisers: [900001] });
}, 60_000);
afterAll(() => h.close());

/** The report an influencer (or an organiser, for the forum) gets, in every form it takes. */
async function reportOf(scope: ReportScope) {
  const safe = toSafeReport(await audienceReachReport(new MongoReportCounters(h.app.db), h.app.plans, scope, AT));
  return {
    safe,
    data: JSON.stringify(safe),
    text: renderReportText(safe, h.app.translator, 'en').join('\n\n'),
    csv: new TextDecoder().decode(renderReportCsv(safe)),
  };
}
type Report = Awaited<ReturnType<typeof reportOf>>;

/** Every count in a report: a multiple of 5 (at least 10), or null for the "<10" band. */
function counts(r: SafeReport): Shown[] {
  const f = r.followers;
  const breakdowns = [f.languages, f.topics].flatMap((b) => (b ? [...b.groups.map((g) => g.n), b.others] : []));
  const stages = r.plans.flatMap((p) => p.stages.map((s) => s.count));
  return [f.joinedAll, f.joined7, f.joined30, f.active, f.onboarding, f.optedOut, f.blocked, ...breakdowns, ...stages];
}

/** No hidden cell of a shown total can be had as the total minus the shown cells. */
function expectNoDerivableCell(r: SafeReport): void {
  const f = r.followers;
  const statuses = [f.active, f.onboarding, f.optedOut, f.blocked];
  if (f.joinedAll !== null) expect(statuses.filter((c) => c === null)).not.toHaveLength(1);
  // Languages add up to the active total: the rest is always shown together, never one hidden cell.
  if (f.languages) expect(f.languages.others).not.toBeNull();
}

function expectSafe(r: Report): void {
  for (const n of counts(r.safe)) if (n !== null) expect(n % 5 === 0 && n >= 10).toBe(true);
  expectNoDerivableCell(r.safe);
  expect(r.text).not.toMatch(/: [1-9](\D|$)/);
  expect(r.csv).not.toMatch(/,[1-9],/);
}

/**
 * Runs the sequence: an audience of `size`, then one known person starts with its join code,
 * finishes signing up in Arabic, and sends /stop. Returns the reports after each step.
 */
async function differencingSequence(code: string, size: number): Promise<Report[][]> {
  await h.app.influencers.registry.register({ code, displayName: `Audience ${code}`, language: 'en' });
  for (let i = 0; i < size; i++) await h.onboard(chat++, { code });
  const scopes: ReportScope[] = [{ kind: 'audience', code, displayName: `Audience ${code}` }, { kind: 'forum' }];
  const take = () => Promise.all(scopes.map(reportOf));
  const reports = [await take()];
  const known = h.user(chat++, 'ar');
  await known.start(code);
  reports.push(await take());
  await known.send(String(LANGUAGES.indexOf('ar') + 1));
  await known.send('1');
  await known.send('1');
  expect((await h.app.followers.findByHash(h.app.vault.hash('telegram', String(known.chatId))))?.status).toBe('active');
  reports.push(await take());
  await known.send('/stop');
  reports.push(await take());
  return reports;
}

describe('reports that cannot be differenced', () => {
  it('one known person joining an audience of 6, choosing Arabic, then /stop: no two successive reports differ at all', async () => {
    const reports = await differencingSequence('diff6', 6);
    for (const step of reports) for (const r of step) expectSafe(r);
    for (let i = 1; i < reports.length; i++) {
      for (const scope of [0, 1]) {
        const [before, after] = [reports[i - 1]![scope]!, reports[i]![scope]!];
        expect(after.data).toBe(before.data);
        expect(after.text).toBe(before.text);
        expect(after.csv).toBe(before.csv);
      }
    }
    // What the influencer does see: a small audience, no breakdown to pick Arabic out of.
    const text = reports[2]![0]!.text;
    expect(text).toContain('Joined: <10');
    expect(text).toContain('Languages: shown from 20 active followers');
    expect(text).not.toContain('العربية');
  }, 60_000);

  it('the same person joining an audience of 26: breakdowns are given, yet Arabic is never a cell and no figure moves', async () => {
    const reports = await differencingSequence('diff26', 26);
    for (const step of reports) for (const r of step) expectSafe(r);
    const audience = reports.map((step) => step[0]!);
    // Languages are broken down here, but Arabic is never a cell of its own.
    expect(audience[0]!.safe.followers.languages).not.toBeNull();
    for (const r of audience) expect(r.safe.followers.languages!.groups.map((g) => g.key)).not.toContain('ar');
    // 26 → 27 joined, 26 → 27 → 26 active, one more Arabic speaker, one opt-out: all inside a
    // rounding step or the "<10" band, so the reports are the same before and after each step.
    for (let i = 1; i < audience.length; i++) expect(audience[i]!.data).toBe(audience[i - 1]!.data);
    expect(audience[2]!.text).toContain('Languages: others 25');
    expect(audience[2]!.text).toContain('Active: 25 · still signing up: <10');
  }, 90_000);

  it('no hidden cell is the total minus the shown ones: a lone hidden status or language takes a shown one with it', () => {
    const followers = {
      joined: { all: 45, last7: 0, last30: 0 },
      active: 28,
      onboarding: 3,
      optedOut: 12,
      blocked: 2,
      languages: [
        { key: 'en', n: 25 },
        { key: 'ar', n: 3 },
      ],
      topics: [{ key: 'uyghur', n: 28 }],
    };
    const safe = toSafeReport({ scope: { kind: 'forum' }, at: AT, followers, plans: [] });
    // Signing up (3) and blocked (2) are hidden; with two hidden, neither is 45 minus the rest.
    expect(safe.followers).toMatchObject({ joinedAll: 45, active: 30, onboarding: null, optedOut: 10, blocked: null });
    // Arabic (3) alone would be active minus English: English is folded into the others with it.
    expect(safe.followers.languages).toEqual({ groups: [], others: 30 });
    const one = toSafeReport({ scope: { kind: 'forum' }, at: AT, followers: { ...followers, onboarding: 0, blocked: 12 }, plans: [] });
    // Only signing up would be hidden (0): the smallest shown status is hidden beside it.
    expect([one.followers.active, one.followers.onboarding, one.followers.optedOut, one.followers.blocked].filter((c) => c === null)).toHaveLength(2);
    expectNoDerivableCell(one);
  });
});
