/**
 * Plans from the command line, the same operations organisers have in chat:
 *
 *   npm run plan -- validate <file.yaml>
 *   npm run plan -- preview <file.yaml | plan-id> [--lang ar] [--telegram]
 *   npm run plan -- propose <file.yaml> --as <organiser id> --token <token>
 *   npm run plan -- approve <plan-id> --as <organiser id> --token <token>
 *   npm run plan -- publish <plan-id> [--at 2026-12-01T18:00] --as <organiser id> --token <token>
 *   npm run plan -- cancel <plan-id> --as <organiser id> --token <token>
 *   npm run plan -- withdraw <plan-id> <task number> --as <organiser id> --token <token>
 *   npm run plan -- close <plan-id> --as <organiser id> --token <token>
 *   npm run plan -- status [plan-id] [--watch]     (--watch: live progress until the broadcast ends)
 *   npm run plan -- correct <file.yaml> --as <organiser id> --token <token>   (then approve <plan-id>)
 *   npm run plan -- pause <plan-id> / resume <plan-id> --as <organiser id> --token <token>
 *   npm run plan -- broadcasts <plan-id>
 *
 * `--as` must be an organiser (ADMIN_TELEGRAM_IDS, or added by the forum's decision), and `--token` (or ORGANISER_TOKEN) that organiser's
 * own token, which they get by sending /clitoken to the bot: approvals count distinct
 * organisers, in chat or here, so knowing another organiser's id is not enough to act for them.
 * A published plan is sent by the running bot (its broadcast worker picks it up within seconds).
 * Uses MONGODB_URI, or the local server the running bot started for DATA_DIR (or starts one when
 * the bot is not running), so there is no need to stop the bot.
 */
import { configuredAppOptions } from '../app-options.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, type App } from '../app.js';
import { renderTextMessage } from '../channels/text/render-text-message.js';
import { renderTelegramMessage } from '../channels/telegram/render-telegram-message.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import type { Translator } from '../core/translator.js';
import { isLanguage, LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import { resolveDataKey } from '../data-key.js';
import { openDatabase, printProgress } from '../db/open-database.js';
import { localesDir } from '../app.js';
import { loadTranslator } from '../i18n/translator.js';
import { silentLogger } from '../logger.js';
import { AddressVault } from '../privacy/address-vault.js';
import { organiserKey, parseUtcTime } from '../plans/organiser-commands.js';
import { authoriseOrganiser, OrganiserAuthError } from '../plans/organiser-tokens.js';
import { parsePlan, PLAN_ID, type PlanFile } from '../plans/plan-schema.js';
import { renderPlanMessage } from '../plans/render-plan-message.js';
import { watchStatus } from '../ops/watch-status.js';

const USAGE = `usage:
  npm run plan -- validate <file.yaml>
  npm run plan -- preview <file.yaml | plan-id> [--lang ${LANGUAGES.join('|')}] [--telegram]
  npm run plan -- propose <file.yaml> --as <organiser telegram id> --token <token>
  npm run plan -- approve <plan-id> --as <organiser telegram id> --token <token>
  npm run plan -- publish <plan-id> [--at YYYY-MM-DDTHH:MM (UTC)] --as <organiser telegram id> --token <token>
  npm run plan -- cancel <plan-id> --as <organiser telegram id> --token <token>
  npm run plan -- withdraw <plan-id> <task number> --as <organiser telegram id> --token <token>
  npm run plan -- close <plan-id> --as <organiser telegram id> --token <token>
  npm run plan -- status [plan-id] [--watch]
  npm run plan -- correct <file.yaml> --as <organiser telegram id> --token <token>
  npm run plan -- pause <plan-id> --as <organiser telegram id> --token <token>
  npm run plan -- resume <plan-id> --as <organiser telegram id> --token <token>
  npm run plan -- broadcasts <plan-id>

--token is your personal token: send /clitoken to the bot to get one (or set ORGANISER_TOKEN).`;

class UsageError extends Error {
  override name = 'UsageError';
}

/** How a follower would see a message: WhatsApp/console text, or Telegram text with its buttons. */
function show(msg: OutMessage, telegram: boolean): string {
  if (!telegram) return renderTextMessage(msg).join('\n---\n');
  const r = renderTelegramMessage(msg);
  const buttons = r.reply_markup?.inline_keyboard.map((row) => row.map((b) => `[ ${b.text} ]`).join(' ')) ?? [];
  return [r.text, '', ...buttons].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { as: { type: 'string' }, token: { type: 'string' }, lang: { type: 'string' }, at: { type: 'string' }, telegram: { type: 'boolean' }, watch: { type: 'boolean' } },
  });
  const [command, target, task] = positionals;
  const config = loadConfig();
  const translator = loadTranslator(localesDir());
  const readPlan = async (file: string): Promise<PlanFile> => {
    const parsed = parsePlan(await readFile(file, 'utf8'), config.TOPICS);
    if (!parsed.ok) throw new UsageError(`${file} has problems:\n  ${parsed.errors.join('\n  ')}`);
    return parsed.plan;
  };
  const lang = values.lang ?? 'en';
  if (!isLanguage(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);

  if (command === 'validate') {
    if (!target) throw new UsageError('validate needs a file');
    const plan = await readPlan(target);
    console.log(`✅ ${plan.id} is valid: ${plan.content.en!.tasks.length} tasks; languages: ${Object.keys(plan.content).join(', ')}; topics: ${plan.topics.join(', ')}`);
    return;
  }
  if (command === 'preview' && target?.endsWith('.yaml')) {
    const plan = await readPlan(target);
    console.log(show(renderPlanMessage(plan, lang, { pledged: false, completedAt: null, done: [] }, translator), Boolean(values.telegram)));
    return;
  }
  if (!command || !['preview', 'propose', 'approve', 'publish', 'cancel', 'withdraw', 'close', 'status', ...LIFE_COMMANDS].includes(command)) throw new UsageError('unknown command');
  const needsOrganiser = ['propose', 'approve', 'publish', 'cancel', 'withdraw', 'close', 'correct', 'pause', 'resume'].includes(command);
  if (command === 'withdraw' && !/^\d{1,3}$/.test(task ?? '')) throw new UsageError('withdraw needs a plan id and a task number');
  if (needsOrganiser && !values.as) throw new UsageError(new OrganiserAuthError('not_organiser').message);
  const token = values.token ?? process.env.ORGANISER_TOKEN;
  if (needsOrganiser && !token) throw new UsageError(new OrganiserAuthError('no_token').message);
  if (command !== 'status' && command !== 'propose' && command !== 'correct' && (!target || !PLAN_ID.test(target.split(/[@#]/)[0]!))) throw new UsageError(`${command} needs a plan id`);

  await onDatabase(config, async (app, dataKey) => {
    const keyOf = (id: string) => organiserKey(new AddressVault(dataKey), id);
    const isOrganiser = (id: string) => app.forum.directory.isOrganiser(id);
    const me = needsOrganiser ? await authoriseOrganiser(app.organiserTokens, isOrganiser, keyOf, values.as, token) : '';
    await runOrganiserCommand(app, { command, target, task, values, lang, translator, me });
  });
}

/** Opens the database and the app, runs `fn`, and closes both whatever happens. */
async function onDatabase(config: Config, fn: (app: App, dataKey: Buffer) => Promise<void>): Promise<void> {
  const dataDir = resolve(config.DATA_DIR);
  const database = await openDatabase(config.MONGODB_URI, dataDir, silentLogger, printProgress);
  try {
    const dataKey = resolveDataKey(config.DATA_KEY, dataDir, silentLogger);
    const app = await createApp({
      conn: database.conn,
      dataKey,
      ...configuredAppOptions(config),
      log: silentLogger,
    });
    await app.scheduler.agenda.start();
    try {
      await fn(app, dataKey);
    } finally {
      await app.scheduler.agenda.stop(false).catch(() => undefined);
    }
  } finally {
    await database.close();
  }
}

/** The commands that read or change stored plans, as the chat's /propose, /approve... do. */
async function runOrganiserCommand(
  app: App,
  args: { command: string; target?: string; task?: string; values: { at?: string; telegram?: boolean; watch?: boolean }; lang: Language; translator: Translator; me: string },
): Promise<void> {
  const { command, target, task, values, lang, translator, me } = args;
  const say = (r: { ok: boolean; key: string; vars: Record<string, string | number> }) => {
    console.log(translator.t(lang, r.key, r.vars));
    if (!r.ok) process.exitCode = 1;
  };
  switch (command) {
    case 'preview': {
      const plan = await app.plans.get(target!);
      if (!plan) throw new UsageError(`no plan ${target}`);
      console.log(show(renderPlanMessage(plan, lang, { pledged: false, completedAt: null, done: [] }, translator), Boolean(values.telegram)));
      break;
    }
    case 'propose':
      if (!target) throw new UsageError('propose needs a file');
      say(await app.planService.propose(await readFile(target, 'utf8'), me));
      break;
    case 'approve':
      say(await app.planService.approve(target!, me));
      break;
    case 'publish': {
      const at = values.at ? parseUtcTime(values.at) : undefined;
      if (values.at && !at) throw new UsageError('--at must look like 2026-12-01T18:00 (UTC)');
      say(await app.planService.publish(target!, at));
      break;
    }
    case 'cancel':
      say(await app.planService.cancel(target!));
      break;
    case 'withdraw':
      say(await app.planLife.withdraw(target!, Number(task), me));
      break;
    case 'close':
      say(await app.planLife.close(target!));
      break;
    case 'correct':
    case 'pause':
    case 'resume':
    case 'broadcasts':
      await runLifeCommand(app, command, target!, me, say, translator, lang);
      break;
    case 'status': {
      if (values.watch) {
        if (!target) throw new UsageError('status --watch needs a plan id');
        if (!(await watchPlan(app, target, lang, translator))) console.log(`no plan ${target}`);
        break;
      }
      const rows = await app.planService.status(target);
      if (!rows.length) console.log(target ? `no plan ${target}` : 'no plans yet');
      for (const { plan, broadcast } of rows) {
        console.log(translator.t(lang, 'org-status-line', { id: plan.id, status: plan.status, ...(await tallyOf(app, plan)), ...broadcast }));
      }
      break;
    }
  }
}

/** Commands for a plan that went out: corrections, pause and resume, each broadcast's progress. */
const LIFE_COMMANDS = ['correct', 'pause', 'resume', 'broadcasts'];

async function runLifeCommand(
  app: App,
  command: string,
  target: string,
  me: string,
  say: (r: { ok: boolean; key: string; vars: Record<string, string | number> }) => void,
  translator: Translator,
  lang: Language,
): Promise<void> {
  if (command === 'correct' && !target) throw new UsageError('correct needs a file');
  if (command === 'correct') return say(await app.corrections.propose(await readFile(target, 'utf8'), me));
  if (command === 'pause') return say(await app.corrections.pause(target, me));
  if (command === 'resume') return say(await app.corrections.resume(target));
  const rows = await app.corrections.broadcasts(target);
  if (!rows.length) console.log(`no plan ${target}`);
  for (const r of rows) {
    const state = r.paused ? 'paused' : r.finished ? 'finished' : 'running';
    console.log(translator.t(lang, 'org-broadcast-line', { id: r.id, kind: r.kind, state, sent: r.sent, pending: r.pending, failed: r.failed, blocked: r.blocked }));
  }
}

/** `status <id> --watch`: the live progress until the broadcast ends. */
function watchPlan(app: App, planId: string, lang: Language, translator: Translator): Promise<boolean> {
  return watchStatus(planId, {
    plans: app.plans,
    progress: { totals: (id) => app.planService.broadcastStatus(id) },
    translator,
    lang,
    out: process.stdout,
    statusLine: async (plan) =>
      translator.t(lang, 'org-status-line', {
        id: plan.id,
        status: plan.status,
        ...(await tallyOf(app, plan)),
        ...(await app.planService.broadcastStatus(plan.id)),
      }),
  });
}

main().catch((err: unknown) => {
  if (err instanceof OrganiserAuthError) {
    console.error(err.message);
    process.exit(77);
  }
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(64);
  }
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error('failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});

/** A plan's approvals that count and the approvals the forum's rule asks for now. */
async function tallyOf(app: App, plan: { id: string; revision: number }): Promise<{ approvals: number; required: number }> {
  const { approvals, required } = await app.planService.quorum.tally(plan.id, plan.revision);
  return { approvals, required };
}
