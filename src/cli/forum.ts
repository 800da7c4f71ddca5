/**
 * The forum's members from the command line, the same decisions organisers take in chat:
 *
 *   npm run forum -- members --as <organiser id> --token <token>
 *   npm run forum -- member add <telegram id> influencer <audience codes…> --as … --token …
 *   npm run forum -- member add <telegram id> organiser --as … --token …   (a decision, under QUORUM)
 *   npm run forum -- member remove <telegram id> --as … --token …
 *   npm run forum -- member approve <decision> --as … --token …
 *   npm run forum -- object|unobject <plan id | decision> --as … --token …
 *   npm run forum -- meeting schedule "when: 2026-12-15 18:00 Istanbul" "link: https://…" "topic: …" --as … --token …
 *   npm run forum -- meeting list | meeting show|cancel <meeting> | meeting move <meeting> <date> <time> <zone>
 *   npm run forum -- minutes <meeting> "<minutes>" "plan: <proposal> <plan id>" --as … --token …
 *
 * `--as` must be an organiser (ADMIN_TELEGRAM_IDS, or added by the forum's decision) and
 * `--token` (or ORGANISER_TOKEN) their own token from /clitoken.
 */
import { configuredAppOptions } from '../app-options.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, localesDir } from '../app.js';
import { loadConfig } from '../config.js';
import { isLanguage } from '../core/types.js';
import { resolveDataKey } from '../data-key.js';
import { openDatabase } from '../db/open-database.js';
import { loadTranslator } from '../i18n/translator.js';
import { silentLogger } from '../logger.js';
import { authoriseOrganiser } from '../plans/organiser-tokens.js';
import { exitWithUsage, runOrganiserCli } from './organiser-cli.js';
import { forumCommand } from './forum-command.js';

const USAGE = `usage:
  npm run forum -- members | member add <telegram id> influencer <codes…> | member add <telegram id> organiser
                   | member remove <telegram id> | member approve <decision> | object|unobject <plan id | decision>
                   | meeting schedule "when: …" "link: …" "topic: …" ["guests: …"] ["agenda: …"] (each argument a line)
                   | meeting list | meeting show|cancel <meeting> | meeting move <meeting> <date> <time> <zone>
                   | minutes <meeting> "<minutes>" ["plan: <proposal> <plan id>"…]
  always with --as <your telegram id> --token <your /clitoken token> (or ORGANISER_TOKEN); --lang for the replies`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { as: { type: 'string' }, token: { type: 'string' }, lang: { type: 'string' } },
  });
  const config = loadConfig();
  const lang = values.lang ?? 'en';
  if (!isLanguage(lang) || !positionals.length) usage();
  const database = await openDatabase(config.MONGODB_URI, resolve(config.DATA_DIR), silentLogger);
  try {
    const app = await createApp({
      conn: database.conn,
      dataKey: resolveDataKey(config.DATA_KEY, resolve(config.DATA_DIR), silentLogger),
      ...configuredAppOptions(config),
      log: silentLogger,
    });
    const { directory } = app.forum;
    const token = values.token ?? process.env.ORGANISER_TOKEN;
    const me = await authoriseOrganiser(app.organiserTokens, (id) => directory.isOrganiser(id), directory.keyOf, values.as, token);
    const out = await forumCommand(app, me, positionals, lang, loadTranslator(localesDir()));
    if (out === null) usage();
    console.log(out);
  } finally {
    await database.close();
  }
}

function usage(): never {
  return exitWithUsage(USAGE);
}

runOrganiserCli(main);
