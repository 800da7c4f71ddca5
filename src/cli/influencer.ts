/**
 * Registers and lists influencers from the command line:
 *
 *   npm run influencer -- add <code> "<Display name>" [--telegram <user id>] [--lang ar] --as <organiser id> --token <token>
 *   npm run influencer -- invite <code> --as <organiser id> --token <token>
 *   npm run influencer -- list --as <organiser id> --token <token>
 *   npm run influencer -- recount --as <organiser id> --token <token>   (the same as npm run recount)
 *
 * `--as` must be one of ADMIN_TELEGRAM_IDS, and `--token` (or ORGANISER_TOKEN) that organiser's
 * own token from /clitoken, as for the plan CLI. Uses MONGODB_URI, or the embedded server in DATA_DIR
 * like the bot does (stop the bot first in that case: the embedded database has one owner).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config.js';
import { LANGUAGES } from '../core/types.js';
import { resolveDataKey } from '../data-key.js';
import { openDatabase, printProgress } from '../db/open-database.js';
import { models, syncIndexes } from '../db/models.js';
import { addArgs, audienceCode, describeIssues, telegramUserId } from '../influencers/influencer-args.js';
import { InfluencerError } from '../influencers/influencer-error.js';
import { MongoAudienceStore } from '../db/audience-store.js';
import { InfluencerRegistry } from '../influencers/influencer-registry.js';
import { silentLogger } from '../logger.js';
import { runRecount } from './run-recount.js';
import { MongoOrganiserTokenStore } from '../db/organiser-token-store.js';
import { organiserKey } from '../plans/organiser-commands.js';
import { authoriseOrganiser, OrganiserAuthError, OrganiserTokens } from '../plans/organiser-tokens.js';
import { AddressVault } from '../privacy/address-vault.js';
import { openForumStores } from '../db/forum-stores.js';
import { OrganiserDirectory } from '../forum/organiser-directory.js';

const USAGE = `usage:
  npm run influencer -- add <code> "<Display name>" [--telegram <user id>] [--lang en] --as <organiser id> --token <token>
  npm run influencer -- invite <code> --as <organiser id> --token <token>
  npm run influencer -- list --as <organiser id> --token <token>
  npm run influencer -- recount --as <organiser id> --token <token>`;

/** A CLI mistake: printed with the usage, exit code 64 (EX_USAGE). */
class UsageError extends Error {
  override name = 'UsageError';
}

const cliOptions = z.object({
  as: telegramUserId,
  telegram: telegramUserId.optional(),
  lang: z.enum(LANGUAGES).default('en'),
});

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { as: { type: 'string' }, token: { type: 'string' }, telegram: { type: 'string' }, lang: { type: 'string' } },
  });
  const opts = cliOptions.safeParse(values);
  if (!opts.success) throw new UsageError(describeIssues(opts.error));
  const config = loadConfig();
  const token = values.token ?? process.env.ORGANISER_TOKEN;
  if (!token) throw new UsageError(new OrganiserAuthError('no_token').message);
  const [command, ...rest] = positionals;
  if (!command || !['add', 'invite', 'list', 'recount'].includes(command)) throw new UsageError('unknown command');

  const dataDir = resolve(config.DATA_DIR);
  const database = await openDatabase(config.MONGODB_URI, dataDir, silentLogger, printProgress);
  const { conn } = database;
  try {
    const db = models(conn);
    await syncIndexes(db);
    const vault = new AddressVault(resolveDataKey(config.DATA_KEY, dataDir, silentLogger));
    // Knowing an organiser's Telegram id is not enough: the CLI needs their own /clitoken token.
    const tokens = new OrganiserTokens(new MongoOrganiserTokenStore(db), vault);
    const directory = new OrganiserDirectory(openForumStores(db).members, config.ADMIN_TELEGRAM_IDS, (id) => organiserKey(vault, id));
    await authoriseOrganiser(tokens, (id) => directory.isOrganiser(id), directory.keyOf, opts.data.as, token).catch((err: unknown) => {
      throw err instanceof OrganiserAuthError ? new UsageError(err.message) : err;
    });
    const store = new InfluencerRegistry(new MongoAudienceStore(db), vault, config.TOPICS);
    if (command === 'recount') {
      console.log(await runRecount(db));
    } else if (command === 'add') {
      const args = addArgs.safeParse({ code: rest[0], owner: opts.data.telegram, displayName: rest.slice(1).join(' ') });
      if (!args.success) throw new UsageError(describeIssues(args.error));
      const inf = await store.register({
        code: args.data.code,
        displayName: args.data.displayName,
        language: opts.data.lang,
        ownerTelegramId: args.data.owner,
      });
      console.log(`registered ${inf.code} (${inf.displayName})`);
      console.log(inf.inviteCode ? `invite: ask them to send the bot: /claim ${inf.inviteCode}` : 'reports go to the Telegram account given');
    } else if (command === 'invite') {
      const code = audienceCode.safeParse(rest[0] ?? '');
      if (!code.success) throw new UsageError(describeIssues(code.error));
      console.log(`invite for ${code.data}: ask them to send the bot: /claim ${await store.issueInvite(code.data)}`);
    } else {
      const all = await store.list();
      if (!all.length) console.log('no influencers yet');
      for (const i of all) {
        const state = i.ownerSealed ? 'claimed' : i.inviteCode ? 'invited' : 'no account';
        console.log(`${i.code}\t${i.displayName}\t${i.language}\t${state}\tweekly:${i.weeklyReport ? 'on' : 'off'}\tsummaries:${i.planSummaries ? 'on' : 'off'}`);
      }
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(64);
  }
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  if (err instanceof InfluencerError) {
    console.error(err.reason === 'code_taken' ? `the code ${err.code} is already taken` : `no influencer with the code ${err.code}`);
    process.exit(1);
  }
  console.error('failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
