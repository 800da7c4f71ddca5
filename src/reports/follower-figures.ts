import type { ReportCounters } from './report-counters.js';
import type { FollowerFigures } from './report-types.js';

const DAY_MS = 86_400_000;

/** UTC day string of a date, as join counters are keyed. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Joins from the per-day counters: all time, and the last 7 and 30 UTC days (today included).
 * The counter rows are few (one per audience and day).
 */
async function joinedFigures(counters: ReportCounters, audience: string | null, now: Date): Promise<FollowerFigures['joined']> {
  const days = await counters.joinDays(audience);
  const since = (n: number) => utcDay(new Date(now.getTime() - (n - 1) * DAY_MS));
  const from7 = since(7);
  const from30 = since(30);
  let all = 0;
  let last7 = 0;
  let last30 = 0;
  for (const d of days) {
    all += d.n;
    if (d.day >= from30) last30 += d.n;
    if (d.day >= from7) last7 += d.n;
  }
  return { all, last7, last30 };
}

const byCount = (m: Map<string, number>) =>
  [...m].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));

/**
 * Follower figures of one audience (or the forum, `audience` null), from the follower state
 * counters that every follower change moves: a few hundred rows instead of every follower,
 * one per status, blocked, language and topic list.
 */
export async function followerFigures(counters: ReportCounters, audience: string | null, now: Date): Promise<FollowerFigures> {
  const [rows, joined] = await Promise.all([counters.followerStates(audience), joinedFigures(counters, audience, now)]);
  const figures: FollowerFigures = { joined, active: 0, onboarding: 0, optedOut: 0, blocked: 0, languages: [], topics: [] };
  const languages = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const { n, ...g } of rows) {
    if (g.status === 'opted_out') figures.optedOut += n;
    else if (g.blocked) figures.blocked += n;
    else if (g.status === 'onboarding') figures.onboarding += n;
    else if (g.status === 'active') {
      figures.active += n;
      if (g.language) languages.set(g.language, (languages.get(g.language) ?? 0) + n);
      for (const t of new Set(g.topics)) topics.set(t, (topics.get(t) ?? 0) + n);
    }
  }
  figures.languages = byCount(languages);
  figures.topics = byCount(topics);
  return figures;
}
