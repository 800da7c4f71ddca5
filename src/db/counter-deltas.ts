import { Schema } from 'mongoose';
import { insertOnce, isDuplicateKey } from './insert-once.js';
import { model, type LooseModel, type Models } from './models.js';

/** The counter collections a delta moves. */
export type CounterTarget = 'follower_stats' | 'join_days' | 'counters';

/** One move of one counter row, inserted once under an `_id` derived from the fact that moved it. */
export interface CounterDelta {
  /** e.g. `<followerId>|created`, `<completionId>|tick`: a retry of the same fact is turned away. */
  _id: string;
  target: CounterTarget;
  /** The `_id` of the counter row it moves. */
  key: string;
  n: number;
  /** The row's other fields, written when the fold creates the row. */
  fields: Record<string, unknown>;
  /** Copied out of `fields` so reads of pending deltas are equalities on indexed fields. */
  audience: string;
  planId: string | null;
}

/**
 * Counter moves not yet folded into their rows. A counter's value is its row plus its pending
 * deltas; the `counters.fold` job adds them to the rows and deletes them (see counter-fold.ts).
 * An insert is the only write: concurrent moves of one row never meet.
 */
const counterDelta = new Schema(
  {
    _id: { type: String, required: true },
    target: { type: String, required: true },
    key: { type: String, required: true },
    n: { type: Number, required: true },
    fields: { type: Schema.Types.Mixed, required: true },
    audience: { type: String, required: true },
    planId: { type: String, default: null },
  },
  { versionKey: false, minimize: false },
);
counterDelta.index({ target: 1, audience: 1 });
counterDelta.index({ target: 1, planId: 1 });

/**
 * The fold in progress (`_id: 'current'`): which deltas it takes and what it adds to each row.
 * Its unique insert lets one fold run at a time; a crashed fold is finished by the next one.
 */
const counterFold = new Schema(
  {
    _id: { type: String, required: true },
    fold: { type: String, required: true },
    at: { type: Date, required: true },
    deltaIds: { type: [String], required: true },
    rows: { type: [Schema.Types.Mixed], required: true },
  },
  { versionKey: false, minimize: false },
);

/** The delta and fold collections, on the connection the other models use. */
export function counterDeltaModels(db: Models): { Delta: LooseModel; Fold: LooseModel } {
  const conn = db.Follower.db;
  return {
    Delta: model(conn, 'CounterDelta', counterDelta, 'counter_deltas'),
    Fold: model(conn, 'CounterFold', counterFold, 'counter_folds'),
  };
}

/** The collection of each target's rows. */
export function targetModel(db: Models, target: CounterTarget): LooseModel {
  return target === 'follower_stats' ? db.FollowerStats : target === 'join_days' ? db.JoinDay : db.Counter;
}

/**
 * Records counter moves, each once: a delta whose `_id` is already there was recorded by an
 * earlier try. Several in one unordered insert (one round trip): each lands or is turned away
 * on its own.
 */
export async function insertDeltas(db: Models, deltas: readonly CounterDelta[]): Promise<void> {
  const { Delta } = counterDeltaModels(db);
  if (deltas.length <= 1) {
    for (const d of deltas) await insertOnce(Delta, { ...d });
    return;
  }
  try {
    await Delta.insertMany(deltas.map((d) => ({ ...d })), { ordered: false });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** Pending deltas of one target, narrowed by equality (audience or plan), for reads that add them to the rows. */
export async function pendingDeltas(db: Models, target: CounterTarget, match: { audience?: string; planId?: string }): Promise<CounterDelta[]> {
  const { Delta } = counterDeltaModels(db);
  return Delta.find({ target, ...match }).lean<CounterDelta[]>();
}
