/**
 * Indexes the hot paths of a FerretDB-on-PostgreSQL deployment someone else runs:
 *
 *   MONGODB_URI=mongodb://ferretdb:27017/forum POSTGRES_URL=postgres://user@pg:5432/ferretdb npm run db:prepare
 *
 * MONGODB_URI names FerretDB and the database (its PostgreSQL schema); POSTGRES_URL (or
 * FERRETDB_POSTGRESQL_URL) the PostgreSQL database FerretDB stores it in. Makes the bot's
 * collections, then a GIN expression index per hot field (src/db/hot-fields.ts), and sets
 * plan_cache_mode=force_custom_plan on that PostgreSQL database: restart FerretDB once after the
 * first run so its pooled connections take the setting. Safe to run again, beside a live bot.
 */
import { loadConfig, ConfigError } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { models, syncIndexes } from '../db/models.js';
import { prepareFerretPostgres } from '../db/prepare-postgres.js';
import { silentLogger } from '../logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const postgresUrl = process.env.POSTGRES_URL ?? process.env.FERRETDB_POSTGRESQL_URL;
  if (!config.MONGODB_URI || !postgresUrl) {
    console.error('db:prepare needs MONGODB_URI (the FerretDB and database) and POSTGRES_URL (the PostgreSQL database FerretDB uses).');
    process.exit(78);
  }
  const { conn, server } = await connectDatabase(config.MONGODB_URI, silentLogger);
  try {
    if (!server.ferret) console.log(`${server.description}: MongoDB uses its ordinary indexes (made by the bot at start); nothing else to do.`);
    await syncIndexes(models(conn));
    if (!server.ferret) return;
    const report = await prepareFerretPostgres(postgresUrl, conn.name);
    console.log(`database ${conn.name}: ${report.wanted} hot fields, ${report.created} indexes created, ${report.busy} left (tables busy: run again)`);
    console.log(report.planCacheWarning ?? 'plan_cache_mode=force_custom_plan is set: restart FerretDB once if this was the first run');
  } finally {
    await conn.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error('db:prepare failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
