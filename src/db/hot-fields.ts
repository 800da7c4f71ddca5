/**
 * The fields the stores filter on in the hot paths (a tap, a message, a /start, a broadcast
 * batch, a reminder run), per collection. MongoDB serves them with the ordinary indexes in
 * models.ts. FerretDB on PostgreSQL turns every equality into `_jsonb->'field' @> value`, which
 * no btree serves, so prepare-postgres.ts creates a GIN `jsonb_path_ops` expression index on
 * `(_jsonb->'field')` for each of these. A store that adds a hot filter adds its field here.
 */
export const HOT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // BotCore's findByHash on every update; findById and updates by _id.
  followers: ['_id', 'addressHash'],
  // The flow runner's state, by follower id, on every message.
  flowstates: ['_id'],
  // A tap's pledge (by its key), the old-keyed fallback, reminders, erase.
  pledges: ['_id', 'planId', 'followerId', 'open'],
  // A tap's ticks (plan and follower), untick by key.
  completions: ['_id', 'planId', 'followerId'],
  completed_pledges: ['_id'],
  // Plans by id and status; approvals counted per plan.
  plans: ['planId', 'status'],
  approvals: ['planId'],
  plan_transitions: ['_id'],
  // /plans and typed "done 2" read a follower's deliveries; the broadcast checks its own.
  deliveries: ['_id', 'followerId', 'planId'],
  broadcast_members: ['_id', 'planId'],
  broadcast_batches: ['planId'],
  batch_claims: ['_id', 'planId'],
  // A join's record, its counter moves, reads of pending moves.
  joins: ['followerId'],
  counter_deltas: ['_id', 'target'],
  counters: ['_id', 'planId'],
  follower_stats: ['_id', 'audience'],
  join_days: ['_id', 'audience'],
  audiences: ['code'],
  audience_claims: ['_id'],
  reminder_claims: ['_id'],
  job_claims: ['_id'],
  workers: ['_id'],
  // A gathering's answer by its key (a tap), and its answers and reminders read per gathering.
  gathering_rsvps: ['_id', 'gatheringId'],
  gathering_reminders: ['gatheringId'],
};
