import { replaceCounterRows } from './counter-rows.js';
import { insertDeltas, type CounterDelta } from './counter-deltas.js';
import { rebuildReplacingDeltas } from './counter-fold.js';
import type { Models } from './models.js';

/** The parts of a follower that reports count them by. */
export interface FollowerState {
  audience: string;
  status: string;
  blocked: boolean;
  language: string;
  topics: string[];
}

/** The counter row a follower in this state is counted in. */
export function statsKey(s: FollowerState): string {
  return [s.audience, s.status, s.blocked ? 'b' : '-', s.language, [...s.topics].sort().join(',')].join('|');
}

/** The join-day counter row of a follower who joined an audience at `at` (UTC day). */
export function joinDayKey(audience: string, at: Date): { _id: string; audience: string; day: string } {
  const day = at.toISOString().slice(0, 10);
  return { _id: `${audience}|${day}`, audience, day };
}

/** The delta moving a follower state's counter by `n`, recorded once under `id`. */
export function followerStatsDelta(id: string, s: FollowerState, n: number): CounterDelta {
  const topics = [...s.topics].sort();
  const fields = { audience: s.audience, status: s.status, blocked: s.blocked, language: s.language, topics };
  return { _id: id, target: 'follower_stats', key: statsKey(s), n, fields, audience: s.audience, planId: null };
}

/** The delta counting one join on its audience's UTC day, recorded once under `id`. */
export function joinDayDelta(id: string, audience: string, at: Date): CounterDelta {
  const { _id: key, day } = joinDayKey(audience, at);
  return { _id: id, target: 'join_days', key, n: 1, fields: { audience, day }, audience, planId: null };
}

/** Moves a follower's state counter by `n` (their creation, +1; their erasure, -1), once per `id`. */
export async function bumpFollowerStats(db: Models, id: string, s: FollowerState, n: number): Promise<void> {
  await insertDeltas(db, [followerStatsDelta(id, s, n)]);
}

/** Moves the counters from one state to another, once per change `id` (nothing when the key is the same). */
export async function moveFollowerStats(db: Models, id: string, from: FollowerState, to: FollowerState): Promise<void> {
  if (statsKey(from) === statsKey(to)) return;
  await insertDeltas(db, [followerStatsDelta(`${id}|-`, from, -1), followerStatsDelta(`${id}|+`, to, 1)]);
}

interface FollowerRow extends FollowerState {
  joinedAt: Date;
}

/**
 * Recounts every follower into the state counters (follower_stats) and the join-day counters
 * (join_days), in one streaming pass over the followers: after a bulk import, or as part of
 * `npm run recount`. Erased followers (/forget) are gone from both afterwards, and the
 * pending deltas of both are replaced by the rebuilt rows.
 */
export function rebuildFollowerStats(db: Models): Promise<{ followerStates: number; joinDays: number }> {
  return rebuildReplacingDeltas(db, { target: { $in: ['follower_stats', 'join_days'] } }, () => countFollowers(db));
}

/** One streaming pass over the followers, written as the two counter collections' rows. */
async function countFollowers(db: Models): Promise<{ followerStates: number; joinDays: number }> {
  const states = new Map<string, Record<string, unknown> & { n: number }>();
  const days = new Map<string, Record<string, unknown> & { n: number }>();
  const cursor = db.Follower.find({})
    .select({ audience: 1, status: 1, blocked: 1, language: 1, topics: 1, joinedAt: 1 })
    .lean<FollowerRow[]>()
    .cursor({ batchSize: 2000 });
  for await (const f of cursor as AsyncIterable<FollowerRow>) {
    const state = { audience: f.audience, status: f.status, blocked: Boolean(f.blocked), language: f.language, topics: [...(f.topics ?? [])].sort() };
    const key = statsKey(state);
    const row = states.get(key) ?? { ...state, n: 0 };
    row.n++;
    states.set(key, row);
    const { _id, audience, day } = joinDayKey(f.audience, f.joinedAt);
    const joined = days.get(_id) ?? { audience, day, n: 0 };
    joined.n++;
    days.set(_id, joined);
  }
  await replaceCounterRows(db.FollowerStats, states);
  await replaceCounterRows(db.JoinDay, days);
  return { followerStates: states.size, joinDays: days.size };
}
