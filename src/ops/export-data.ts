/**
 * The forum's own data, for `npm run export`: plans (current content, revision, approvals of each
 * revision, status and dates), each broadcast's totals, the influencers (code, name, language,
 * subscriptions), and the reach reports of the forum and of each influencer as their readers get
 * them (safe: rounded, small counts suppressed). Nothing about a follower is read but totals:
 * no follower id, address hash, sealed address, invite or organiser key is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InfluencerRegistry } from '../influencers/influencer-registry.js';
import type { BroadcastProgress, PlanStore, StoredPlan } from '../plans/plan-types.js';
import { audienceReachReport } from '../reports/reach-report.js';
import type { ReportCounters } from '../reports/report-counters.js';
import { csvField, renderReportCsv } from '../reports/render-report-csv.js';
import { toSafeReport, type SafeReport } from '../reports/safe-report.js';

export interface ExportSources {
  plans: PlanStore;
  progress: BroadcastProgress;
  influencers: Pick<InfluencerRegistry, 'list'>;
  counters: ReportCounters;
  approvalsRequired: number;
}

/** More plans than a forum makes in years; the store lists newest first. */
const MAX_PLANS = 100_000;

/** Everything exported, as plain data (written as forum.json). */
export interface ForumExport {
  exportedAt: string;
  approvalsRequired: number;
  plans: ReturnType<typeof planRow>[];
  influencers: { code: string; displayName: string; language: string; claimed: boolean; weeklyReport: boolean; planSummaries: boolean }[];
  reports: { forum: SafeReport; influencers: Record<string, SafeReport> };
}

function planRow(plan: StoredPlan, approvals: { revision: number; approvals: number }[], broadcast: Awaited<ReturnType<BroadcastProgress['totals']>>) {
  const { id, status, revision, topics, createdAt, publishedAt, finishedAt, publishAt, endsAt, reminderAfterHours, content } = plan;
  return { id, status, revision, topics, createdAt, publishedAt, finishedAt, publishAt, endsAt, reminderAfterHours, approvals, broadcast, content };
}

/** Reads the forum's data through the ports (never a follower record). */
export async function collectForumExport(src: ExportSources, now = new Date()): Promise<ForumExport> {
  const plans = await src.plans.recent(MAX_PLANS);
  const rows = [];
  for (const plan of plans) {
    const approvals = [];
    for (let r = 1; r <= plan.revision; r++) approvals.push({ revision: r, approvals: await src.plans.countApprovals(plan.id, r) });
    rows.push(planRow(plan, approvals, await src.progress.totals(plan.id)));
  }
  const influencers = await src.influencers.list();
  const reports: ForumExport['reports'] = { forum: toSafeReport(await audienceReachReport(src.counters, src.plans, { kind: 'forum' }, now)), influencers: {} };
  for (const inf of influencers) {
    const scope = { kind: 'audience' as const, code: inf.code, displayName: inf.displayName };
    reports.influencers[inf.code] = toSafeReport(await audienceReachReport(src.counters, src.plans, scope, now));
  }
  return {
    exportedAt: now.toISOString(),
    approvalsRequired: src.approvalsRequired,
    plans: rows,
    influencers: influencers.map((i) => ({
      code: i.code,
      displayName: i.displayName,
      language: i.language,
      claimed: i.ownerSealed !== null,
      weeklyReport: i.weeklyReport,
      planSummaries: i.planSummaries,
    })),
    reports,
  };
}

function csv(header: string[], rows: (string | number | boolean | Date | null | undefined)[][]): string {
  const cell = (v: string | number | boolean | Date | null | undefined) => csvField(v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v));
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Writes forum.json and one CSV per table into `dir`; returns the files written. */
export async function writeForumExport(data: ForumExport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, string | Uint8Array][] = [
    ['forum.json', `${JSON.stringify(data, null, 2)}\n`],
    [
      'plans.csv',
      csv(
        ['id', 'status', 'revision', 'approvals_of_revision', 'approvals_required', 'topics', 'languages', 'tasks', 'created_at', 'published_at', 'finished_at', 'sent', 'pending', 'failed', 'blocked'],
        data.plans.map((p) => [
          ...[p.id, p.status, p.revision, p.approvals.at(-1)?.approvals ?? 0, data.approvalsRequired, p.topics.join(' '), Object.keys(p.content).join(' ')],
          ...[p.content.en?.tasks.length ?? 0, p.createdAt, p.publishedAt, p.finishedAt, p.broadcast.sent, p.broadcast.pending, p.broadcast.failed, p.broadcast.blocked],
        ]),
      ),
    ],
    ['approvals.csv', csv(['plan', 'revision', 'approvals'], data.plans.flatMap((p) => p.approvals.map((a) => [p.id, a.revision, a.approvals])))],
    ['influencers.csv', csv(['code', 'display_name', 'language', 'claimed', 'weekly_report', 'plan_summaries'], data.influencers.map((i) => [i.code, i.displayName, i.language, i.claimed, i.weeklyReport, i.planSummaries]))],
    ['report-forum.csv', renderReportCsv(data.reports.forum)],
    ...Object.entries(data.reports.influencers).map(([code, report]): [string, Uint8Array] => [`report-${code}.csv`, renderReportCsv(report)]),
  ];
  for (const [name, body] of files) await writeFile(path.join(dir, name), body);
  return files.map(([name]) => path.join(dir, name));
}
