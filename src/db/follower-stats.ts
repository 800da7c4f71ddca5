import { replaceCounterRows } from './counter-rows.js';
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

/** Moves a follower's state's counter by `delta`. */
export async function bumpFollowerStats(db: Models, s: FollowerState, delta: number): Promise<void> {
  const topics = [...s.topics].sort();
  await db.FollowerStats.updateOne(
    { _id: statsKey(s) },
    {
      $inc: { n: delta },
      $setOnInsert: { audience: s.audience, status: s.status, blocked: s.blocked, language: s.language, topics },
    },
    { upsert: true },
  );
}

/** Moves the counters from one state to another (nothing when the key is the same). */
export async function moveFollowerStats(db: Models, from: FollowerState, to: FollowerState): Promise<void> {
  if (statsKey(from) === statsKey(to)) return;
  await bumpFollowerStats(db, from, -1);
  await bumpFollowerStats(db, to, 1);
}

interface FollowerRow extends FollowerState {
  joinedAt: Date;
}

/**
 * Recounts every follower into the state counters (follower_stats) and the join-day counters
 * (join_days), in one streaming pass over the followers: after a bulk import, or as part of
 * `npm run recount`. Erased followers (/forget) are gone from both afterwards.
 */
export async function rebuildFollowerStats(db: Models): Promise<{ followerStates: number; joinDays: number }> {
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
