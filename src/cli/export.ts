/**
 * `npm run export [-- --out <dir>]`: the forum's own data as JSON and CSV (src/ops/export-data.ts):
 * plans and their revisions' approvals, broadcast totals, influencers, and the reach reports as
 * their readers get them. Nothing that identifies a follower. Default folder: ./export-<date>.
 * Uses MONGODB_URI, or the local server the running bot started for DATA_DIR (or starts one).
 */
import { configuredAppOptions } from '../app-options.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { resolveDataKey } from '../data-key.js';
import { NoDatabaseServerError } from '../db/database-chain.js';
import { openDatabase, printProgress } from '../db/open-database.js';
import { silentLogger } from '../logger.js';
import { collectForumExport, writeForumExport } from '../ops/export-data.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } });
  const config = loadConfig();
  const dataDir = resolve(config.DATA_DIR);
  const out = resolve(values.out ?? `export-${new Date().toISOString().slice(0, 10)}`);
  const database = await openDatabase(config.MONGODB_URI, dataDir, silentLogger, printProgress);
  try {
    const app = await createApp({
      conn: database.conn,
      dataKey: resolveDataKey(config.DATA_KEY, dataDir, silentLogger),
      ...configuredAppOptions(config),
      log: silentLogger,
    });
    const data = await collectForumExport({
      plans: app.plans,
      progress: { totals: (id) => app.planService.broadcastStatus(id) },
      influencers: app.influencers.registry,
      counters: app.reportCounters,
      // What a decision needs now under the forum's rule (QUORUM over today's organisers), as the bot asks it.
      approvalsRequired: await app.forum.quorum.required(),
    });
    const files = await writeForumExport(data, out);
    console.log(`exported ${data.plans.length} plans and ${data.influencers.length} influencers to ${out}:\n  ${files.join('\n  ')}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof NoDatabaseServerError) {
    console.error(err.message);
    process.exit(err instanceof ConfigError ? 78 : err.exitCode);
  }
  console.error('export failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
