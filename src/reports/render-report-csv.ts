import { HIDDEN } from './report-format.js';
import type { SafeBreakdown, SafeReport, Shown } from './safe-report.js';
import { MIN_BREAKDOWN } from './small-counts.js';

const cell = (n: Shown) => (n === null ? HIDDEN : String(n));
const pct = (r: Shown | undefined) => (r === null || r === undefined ? '' : String(Math.round(r * 100)));

/** Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && value !== HIDDEN ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV (UTF-8 with a BOM, so spreadsheets read Arabic titles right): one row per
 * figure, counts rounded to 5 and small ones as "<10", rates as whole percent in steps of 5, empty
 * when not given; a breakdown over too small a group is one row saying so.
 */
export function renderReportCsv(report: SafeReport): Uint8Array {
  const scope = report.scope.kind === 'audience' ? report.scope.code : 'forum';
  const withForum = report.scope.kind === 'audience';
  const header = ['scope', 'section', 'plan_id', 'plan_title', 'metric', 'value', 'rate_pct', 'rate_of', ...(withForum ? ['forum_rate_pct'] : [])];
  const rows: string[][] = [header];
  const row = (section: string, metric: string, value: Shown | '', extra: Partial<Record<'plan' | 'title' | 'rate' | 'of' | 'forum', string>> = {}) =>
    rows.push([
      scope,
      section,
      extra.plan ?? '',
      extra.title ?? '',
      metric,
      value === '' ? '' : cell(value),
      extra.rate ?? '',
      extra.of ?? '',
      ...(withForum ? [extra.forum ?? ''] : []),
    ]);
  const f = report.followers;
  row('followers', 'joined_all_time', f.joinedAll);
  row('followers', 'joined_last_7_days', f.joined7);
  row('followers', 'joined_last_30_days', f.joined30);
  row('followers', 'active', f.active);
  row('followers', 'signing_up', f.onboarding);
  row('followers', 'opted_out', f.optedOut);
  row('followers', 'blocked', f.blocked);
  const breakdown = (section: string, b: SafeBreakdown | null) => {
    if (!b) return row(section, `not_shown_below_${MIN_BREAKDOWN}_active`, '');
    for (const g of b.groups) row(section, g.key, g.n);
    row(section, b.others === null ? 'others_each' : 'others', b.others);
  };
  breakdown('language', f.languages);
  breakdown('topic', f.topics);
  for (const p of report.plans) {
    for (const s of p.stages) {
      const metric = s.stage === 'task' ? `task_${s.task}` : s.stage === 'completed' ? 'completed_all' : s.stage;
      row('plan', metric, s.count, {
        plan: p.planId,
        title: p.titles.en ?? p.planId,
        rate: pct(s.rate),
        of: s.base ?? '',
        forum: pct(s.forumRate),
      });
    }
  }
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}
