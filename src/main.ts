import { configuredAppOptions } from './app-options.js';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { createApp, type App } from './app.js';
import { createTelegramBot } from './channels/telegram/create-telegram-bot.js';
import { startTelegram } from './channels/telegram/start-telegram.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { resolveDataKey } from './data-key.js';
import type { DatabaseConnection } from './db/connect.js';
import { openDatabase } from './db/open-database.js';
import { createLogger } from './logger.js';
import { createHttpServer, type HttpRoute } from './http/http-server.js';
import { Api } from 'grammy';
import type { BroadcastSender } from './broadcast/broadcast-sender.js';
import { telegramBroadcastSender } from './channels/telegram/telegram-broadcast-sender.js';
import { whatsappBroadcastSender } from './channels/whatsapp/whatsapp-broadcast-sender.js';
import { WhatsAppPacer } from './broadcast/whatsapp-pacer.js';
import { MongoDailySendCounter } from './db/daily-send-counter.js';
import { ConsoleChannel } from './channels/console/console-channel.js';
import { consoleBroadcastSender } from './channels/console/console-broadcast-sender.js';
import { createWhatsAppClient, startWhatsApp, whatsappSessionDir, type WhatsAppClient } from './channels/whatsapp/start-whatsapp.js';
import { NoDatabaseServerError } from './db/database-chain.js';
import { MongoJobClaims } from './db/job-claims.js';
import type { JobClaims } from './scheduler/job-claims.js';
import { BroadcastWatch } from './ops/broadcast-watch.js';
import { createHumanLogger } from './ops/human-log.js';
import { countTelegram429s } from './ops/instrument.js';
import { OpsMonitor } from './ops/ops-monitor.js';
import { telegramProgressMessenger } from './ops/telegram-progress-messenger.js';

/** The bot's @username, for join links (one getMe at start). */
async function botUsernameOf(token: string, apiRoot?: string): Promise<string> {
  const me = await new Api(token, apiRoot ? { apiRoot } : undefined).getMe();
  return me.username;
}

/** Reads the configuration or exits with one message listing every bad variable. */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** How broadcasts and reminders reach each channel this process runs (and the WhatsApp client). */
function broadcastSenders(config: Config, conn: DatabaseConnection, dataDir: string, consoleMode: boolean) {
  const senders: BroadcastSender[] = [];
  if (config.BOT_TOKEN) {
    senders.push(
      telegramBroadcastSender({
        token: config.BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        rate: config.BROADCAST_PAID ? config.PAID_BROADCAST_RATE : config.BROADCAST_RATE,
        paid: config.BROADCAST_PAID,
      }),
    );
  }
  const whatsappClient = config.WHATSAPP_ENABLED
    ? createWhatsAppClient({ sessionDir: whatsappSessionDir(dataDir), chromiumPath: config.CHROMIUM_PATH })
    : undefined;
  if (whatsappClient) {
    const pacer = new WhatsAppPacer({
      perMinute: config.WHATSAPP_PER_MINUTE,
      dailyCap: config.WHATSAPP_DAILY_CAP,
      jitter: config.WHATSAPP_JITTER,
      counter: new MongoDailySendCounter(conn),
    });
    senders.push(whatsappBroadcastSender({ client: whatsappClient, pacer, perMinute: config.WHATSAPP_PER_MINUTE }));
  }
  if (consoleMode) senders.push(consoleBroadcastSender(process.stdout));
  return { senders, whatsappClient };
}

/** Serves the HTTP routes on `port` (polling mode); returns how to stop it. */
async function startHttpServer(routes: readonly HttpRoute[], port: number, log: Logger): Promise<() => Promise<void>> {
  const server = createHttpServer(routes, log);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log.info({ port }, 'http: /healthz, /metrics and the plan pages served');
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Starts Telegram and WhatsApp as configured; returns how to stop each, in start order. */
async function startChannels(
  config: Config,
  app: App,
  whatsappClient: WhatsAppClient | undefined,
  log: Logger,
  ops: { monitor: OpsMonitor; claims: JobClaims },
): Promise<(() => Promise<void>)[]> {
  const stops: (() => Promise<void>)[] = [];
  if (config.BOT_TOKEN) {
    const bot = createTelegramBot({ token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, core: app.core, organisers: app.forum.directory, log });
    countTelegram429s(bot.api, ops.monitor.metrics);
    const telegram = await startTelegram(bot, {
      token: config.BOT_TOKEN,
      webhookUrl: config.WEBHOOK_URL,
      webhookSecret: config.WEBHOOK_SECRET,
      port: config.PORT,
      translator: app.translator,
      log,
      routes: app.httpRoutes,
      opsRoutes: ops.monitor.routes,
    });
    ops.monitor.addChannel({ name: 'telegram', isUp: () => telegram.isUp() });
    stops.push(() => telegram.stop());
    const watch = organiserBroadcastWatch(config, app, bot.api, ops.claims, log);
    stops.push(() => watch.stop());
  }
  if (whatsappClient) {
    let ready = false;
    whatsappClient.on('ready', () => (ready = true));
    whatsappClient.on('disconnected', () => (ready = false));
    ops.monitor.addChannel({ name: 'whatsapp', isUp: () => ready });
    stops.push(startWhatsApp({ client: whatsappClient, core: app.core, log }).stop);
  }
  return stops;
}

/** The organisers' live progress message of each broadcast, in their Telegram chats. */
function organiserBroadcastWatch(config: Config, app: App, api: Api, claims: JobClaims, log: Logger): BroadcastWatch {
  const watch = new BroadcastWatch({
    plans: app.plans,
    progress: { totals: (planId) => app.planService.broadcastStatus(planId) },
    messenger: telegramProgressMessenger(api),
    claims,
    organiserChats: config.ADMIN_TELEGRAM_IDS,
    translator: app.translator,
    language: config.DEFAULT_LANGUAGE,
    log,
  });
  watch.start();
  return watch;
}

/**
 * Without a webhook, the bot's own HTTP server on PORT: /healthz and /metrics (when PORT is set)
 * and the plan pages (when there are any). The webhook's server serves them all already.
 */
async function startOwnHttpServer(config: Config, app: App, ops: OpsMonitor, log: Logger): Promise<(() => Promise<void>)[]> {
  if (config.BOT_TOKEN && config.WEBHOOK_URL) return [];
  if (!process.env.PORT && !app.httpRoutes.length) return [];
  return [await startHttpServer([ops.routes, ...app.httpRoutes], config.PORT, log)];
}

/**
 * One graceful shutdown, whatever asks for it: channels first, so no new work arrives; then the
 * app (worker, scheduler), which still writes; the database last (its close stops the embedded
 * server after disconnecting). A stop that hangs on an unreachable Telegram or database does not
 * hang the process.
 */
function shutdownOnce(stops: (() => Promise<void>)[], app: App, database: { close(): Promise<void> }, log: Logger) {
  let stopping = false;
  return async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.warn('graceful shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    const warn = (err: unknown) => log.warn({ err: String(err) }, 'stop failed');
    for (const stop of [...stops].reverse()) await stop().catch(warn);
    await app.stop().catch(warn);
    await database.close().catch(warn);
    process.exit(0);
  };
}

async function main(): Promise<void> {
  const config = configOrExit();
  // With no Telegram token and no WhatsApp, a newcomer gets the follower journey in the terminal.
  const consoleMode = !config.BOT_TOKEN && !config.WHATSAPP_ENABLED;
  // JSON log lines would drown the conversation: in console mode only warnings, as plain lines, unless asked.
  const log = consoleMode ? createHumanLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn') : createLogger(config.LOG_LEVEL);
  // What a person waits through at start (a FerretDB build, a download) is shown in console mode too.
  const progress = consoleMode ? (m: string) => process.stderr.write(`… ${m}\n`) : (m: string) => log.info(m);
  if (consoleMode) {
    process.stdout.write(
      'No BOT_TOKEN and WHATSAPP_ENABLED is not set: starting the console channel (and a local database if MONGODB_URI is unset).\n' +
        'To run on Telegram, set BOT_TOKEN (from @BotFather); for WhatsApp, set WHATSAPP_ENABLED=true and WHATSAPP_NUMBER.\n',
    );
  }
  const dataDir = resolve(config.DATA_DIR);
  const database = await openDatabase(config.MONGODB_URI, dataDir, log, progress);
  log.info({ server: database.server.description, embedded: database.embedded }, 'using database server');
  if (consoleMode) progress(`database ready: ${database.server.description}; loading the bot...`);

  const ops = new OpsMonitor(() => database.ping());
  const { senders, whatsappClient } = broadcastSenders(config, database.conn, dataDir, consoleMode);
  const botUsername = config.BOT_TOKEN ? (config.BOT_USERNAME ?? (await botUsernameOf(config.BOT_TOKEN, config.TELEGRAM_API_ROOT))) : undefined;
  const app = await createApp({
    conn: database.conn,
    dataKey: resolveDataKey(config.DATA_KEY, dataDir, log),
    ...configuredAppOptions(config),
    log,
    botUsername,
    senders: ops.countSends(senders),
  });
  ops.attach(app);
  await app.start();
  const channels = await startChannels(config, app, whatsappClient, log, { monitor: ops, claims: new MongoJobClaims(database.conn) });
  const shutdown = shutdownOnce([...channels, ...(await startOwnHttpServer(config, app, ops, log))], app, database, log);
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (consoleMode) {
    log.info('console channel started (no BOT_TOKEN, WhatsApp not enabled)');
    const channel = new ConsoleChannel({ core: app.core, log, chatId: config.CONSOLE_CHAT_ID });
    ops.addChannel({ name: 'console', isUp: () => channel.running });
    void channel.run().then(() => shutdown('end of input'));
  }
}

main().catch((err: unknown) => {
  if (err instanceof NoDatabaseServerError) {
    console.error(err.message);
    process.exit(err.exitCode); // 69, EX_UNAVAILABLE
  }
  console.error('fatal:', err instanceof Error ? err.message : err);
  process.exit(1);
});
