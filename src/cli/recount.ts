/**
 * Rebuilds every report counter from the facts (the same as an organiser's /recount):
 *
 *   npm run recount
 *
 * follower_stats and join_days from the followers, and each plan's pledged, completed and
 * task_N from pledges and completions, and reached from the deliveries sent once its
 * broadcast is over. Followers erased with /forget drop out of every figure. Uses
 * MONGODB_URI, or the embedded server in DATA_DIR like the bot does (stop the bot first in
 * that case: the embedded database has one owner).
 */
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { models, syncIndexes } from '../db/models.js';
import { openDatabase, printProgress } from '../db/open-database.js';
import { silentLogger } from '../logger.js';
import { runRecount } from './run-recount.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.MONGODB_URI, resolve(config.DATA_DIR), silentLogger, printProgress);
  try {
    const db = models(database.conn);
    await syncIndexes(db);
    console.log(await runRecount(db));
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error('recount failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
