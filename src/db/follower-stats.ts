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

/**
 * Recounts every follower into the counters, in one streaming pass: after a bulk import or
 * to repair counters (npm run influencer -- recount). Writes one row per distinct state.
 */
export async function rebuildFollowerStats(db: Models): Promise<number> {
  const counts = new Map<string, { state: FollowerState; n: number }>();
  const cursor = db.Follower.find({})
    .select({ audience: 1, status: 1, blocked: 1, language: 1, topics: 1 })
    .lean<FollowerState[]>()
    .cursor({ batchSize: 2000 });
  for await (const f of cursor as AsyncIterable<FollowerState>) {
    const state = { audience: f.audience, status: f.status, blocked: Boolean(f.blocked), language: f.language, topics: f.topics ?? [] };
    const key = statsKey(state);
    const row = counts.get(key);
    if (row) row.n++;
    else counts.set(key, { state, n: 1 });
  }
  await db.FollowerStats.deleteMany({});
  if (counts.size) {
    await db.FollowerStats.insertMany(
      [...counts].map(([key, { state, n }]) => ({ _id: key, ...state, topics: [...state.topics].sort(), n })),
      { ordered: false },
    );
  }
  return counts.size;
}
