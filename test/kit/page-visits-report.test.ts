/** Page visits in an influencer's report: counted from the real store, shown rounded, hidden when few. */
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { models } from '../../src/db/models.js';
import { MongoPageVisits } from '../../src/db/page-visit-store.js';
import { renderReportText } from '../../src/reports/render-report-text.js';
import type { ReachReport } from '../../src/reports/report-types.js';
import { toSafeReport } from '../../src/reports/safe-report.js';
import { testDatabaseUri } from '../support/db.js';
import { translator } from './fixtures.js';

let conn: mongoose.Connection;
let visits: MongoPageVisits;
beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('page_visits'), { serverSelectionTimeoutMS: 10_000, maxPoolSize: 5 }).asPromise();
  visits = new MongoPageVisits(models(conn));
  await visits.ensureIndexes();
});
afterAll(async () => {
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

function report(pageVisits: number): ReachReport {
  return {
    scope: { kind: 'audience', code: 'sara', displayName: 'Sara' },
    at: new Date('2026-12-05T12:00:00Z'),
    followers: { joined: { all: 240, last7: 40, last30: 200 }, active: 230, onboarding: 5, optedOut: 3, blocked: 2, languages: [], topics: [] },
    plans: [],
    pageVisits,
  };
}

describe('plan page visits', () => {
  it('are counted exactly under 40 concurrent visits, per audience and plan, and store nothing else', async () => {
    const at = new Date('2026-12-05T12:34:56Z');
    await Promise.all(Array.from({ length: 40 }, (_, i) => visits.record(i % 4 ? 'plan-a' : 'plan-b', 'sara', at)));
    await visits.record('plan-a', 'omar', at);
    expect(await visits.count('sara')).toBe(40);
    expect(await visits.count('sara', 'plan-a')).toBe(30);
    expect(await visits.count('omar')).toBe(1);
    const doc = await conn.collection('page_visits').findOne({ audience: 'omar' });
    expect(Object.keys(doc!).sort()).toEqual(['_id', 'audience', 'day', 'planId']);
    expect(doc!.day).toBe('2026-12-05');
  });

  it('show in the report rounded, and as "<10" when too few to show', () => {
    expect(renderReportText(toSafeReport(report(123)), translator, 'en').join('\n')).toContain('Plan page visits: 125 · joined: 240');
    expect(renderReportText(toSafeReport(report(7)), translator, 'en').join('\n')).toContain('Plan page visits: <10');
    const { pageVisits: _dropped, ...without } = report(1);
    expect(renderReportText(toSafeReport(without), translator, 'en').join('\n')).not.toContain('Plan page visits');
  });
});
