/**
 * Live gatherings from the command line, as organisers announce them in chat with /gathering:
 *
 *   npm run gathering -- announce --cause uyghur --starts "2026-12-05 18:00 Europe/London" \
 *       --link https://meet.example.org/live --title "An evening with the families" \
 *       [--guests "Abu Ali, Dr Amina Yusuf"] [--minutes 90] [--audience <influencer code>] --as <id> --token <token>
 *   npm run gathering -- list
 *   npm run gathering -- cancel <gathering id> --as <id> --token <token>
 *
 * `--as` must be an organiser and `--token` (or ORGANISER_TOKEN) their own token from /clitoken.
 * The running bot sends the invitations (its broadcast worker picks the announcement up within
 * seconds) and the reminder an hour before. Uses MONGODB_URI, or the local server of DATA_DIR.
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
import { gatheringCommand } from './gathering-command.js';

const USAGE = `usage:
  npm run gathering -- announce --cause <cause> --starts "YYYY-MM-DD HH:MM Area/City" --link https://… --title "…"
                       [--guests "Name, Name"] [--minutes 60] [--audience <influencer code>] --as <your telegram id> --token <token>
  npm run gathering -- list
  npm run gathering -- cancel <gathering id> --as <your telegram id> --token <token>
--token is your personal token from /clitoken (or set ORGANISER_TOKEN); --lang for the replies.`;

async function main(): Promise<void> {
  const text = { type: 'string' } as const;
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { as: text, token: text, lang: text, cause: text, starts: text, link: text, title: text, guests: text, minutes: text, audience: text },
  });
  const config = loadConfig();
  const lang = values.lang ?? 'en';
  const command = positionals[0];
  if (!isLanguage(lang) || !command || !['announce', 'list', 'cancel'].includes(command)) usage();
  const database = await openDatabase(config.MONGODB_URI, resolve(config.DATA_DIR), silentLogger);
  try {
    const app = await createApp({
      conn: database.conn,
      dataKey: resolveDataKey(config.DATA_KEY, resolve(config.DATA_DIR), silentLogger),
      ...configuredAppOptions(config),
      log: silentLogger,
    });
    const { directory } = app.forum;
    const me = command === 'list' ? '' : await authoriseOrganiser(app.organiserTokens, (id) => directory.isOrganiser(id), directory.keyOf, values.as, values.token ?? process.env.ORGANISER_TOKEN);
    // Booking the reminder goes through agenda.
    await app.scheduler.agenda.start();
    try {
      const { as: _as, token: _token, lang: _lang, ...flags } = values;
      const out = await gatheringCommand(app, { me, words: positionals, flags, topics: config.TOPICS, lang, t: loadTranslator(localesDir()) });
      if (!out) usage();
      console.log(out.text);
      if (!out.ok) process.exitCode = 1;
    } finally {
      await app.scheduler.agenda.stop(false).catch(() => undefined);
    }
  } finally {
    await database.close();
  }
}

function usage(): never {
  return exitWithUsage(USAGE);
}

runOrganiserCli(main);
