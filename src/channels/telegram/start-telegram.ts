import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { createHttpServer, type HttpRoute } from '../../http/http-server.js';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';
import { LANGUAGES, type Language } from '../../core/types.js';
import { API_TIMEOUT_SECONDS } from './create-telegram-bot.js';
import type { Translator } from '../../i18n/translator.js';

/** Update kinds the bot handles; Telegram sends nothing else. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** The commands shown in Telegram's menu; each is described by the locale key `menu-<command>`. */
const MENU = ['plans', 'topics', 'language', 'timezone', 'privacy', 'stop', 'forget', 'help'] as const;

/**
 * Sets the command menu in every language: Telegram shows a follower the one matching their
 * app's language, and English to everyone else.
 */
async function setMenus(bot: Bot, translator: Translator, log: Logger): Promise<void> {
  const menu = (lang: Language) => MENU.map((command) => ({ command, description: translator.t(lang, `menu-${command}`) }));
  try {
    await bot.api.setMyCommands(menu('en'));
    for (const lang of LANGUAGES) await bot.api.setMyCommands(menu(lang), { language_code: lang });
  } catch (err) {
    log.warn({ err: String(err) }, 'setMyCommands failed');
  }
}

/** A running Telegram channel, however it receives updates. */
export interface RunningTelegram {
  mode: 'polling' | 'webhook';
  /** Whether updates are being received (the poller runs, or the webhook server listens). */
  isUp(): boolean;
  stop(): Promise<void>;
}

/** The secret Telegram must echo in X-Telegram-Bot-Api-Secret-Token: configured, or derived from the token. */
export function webhookSecret(token: string, configured?: string): string {
  return configured ?? createHash('sha256').update(`webhook:${token}`).digest('base64url').slice(0, 48);
}

/** Updates handled at once under long polling; each chat's stay in order (sequentialize). */
const POLLING_CONCURRENCY = 100;

/**
 * How long one update may hold a runner slot: a Bot API call's timeout. A slower update (Telegram
 * silent, a 429 wait) goes on in the background, still in its chat's order, but frees its slot.
 */
export const UPDATE_SLOT_MS = API_TIMEOUT_SECONDS * 1000;

/**
 * Long polling with @grammyjs/runner: different followers' updates are handled at once, so one
 * slow update (a report with a chart, a 429 wait) never holds up everyone else.
 */
export function startLongPolling(bot: Bot, opts: { log?: Logger; slotMs?: number } = {}): RunnerHandle {
  const handler = (update: { update_id: number }) => opts.log?.warn({ update: update.update_id }, 'update slow: its runner slot is freed');
  return run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
    sink: { concurrency: POLLING_CONCURRENCY, timeout: { milliseconds: opts.slotMs ?? UPDATE_SLOT_MS, handler } },
  });
}

/** Stops fetching and waits for the updates in progress. */
async function stopRunner(runner: RunnerHandle): Promise<void> {
  if (runner.isRunning()) await runner.stop();
}

/**
 * Starts receiving updates: a webhook server when `webhookUrl` is set (updates handled
 * concurrently; the secret token header is checked), long polling otherwise.
 */
export async function startTelegram(
  bot: Bot,
  opts: {
    token: string;
    webhookUrl?: string;
    webhookSecret?: string;
    port: number;
    translator: Translator;
    log: Logger;
    routes?: readonly HttpRoute[];
    /** The operator's /healthz and /metrics, tried before the webhook's own plain /healthz. */
    opsRoutes?: HttpRoute;
  },
): Promise<RunningTelegram> {
  await bot.init();
  await setMenus(bot, opts.translator, opts.log);
  if (!opts.webhookUrl) {
    await bot.api.deleteWebhook();
    const runner = startLongPolling(bot, { log: opts.log });
    opts.log.info({ bot: bot.botInfo.username }, 'telegram: long polling');
    return { mode: 'polling', isUp: () => runner.isRunning(), stop: () => stopRunner(runner) };
  }
  const secret = webhookSecret(opts.token, opts.webhookSecret);
  const path = new URL(opts.webhookUrl).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const webhook: HttpRoute = async (req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200).end('ok');
      return true;
    }
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) return false;
    await handle(req, res).catch((err: unknown) => {
      opts.log.error({ err: String(err).slice(0, 200) }, 'webhook handler failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
    return true;
  };
  const server: Server = createHttpServer([...(opts.opsRoutes ? [opts.opsRoutes] : []), webhook, ...(opts.routes ?? [])], opts.log);
  await new Promise<void>((resolve) => server.listen(opts.port, resolve));
  await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  opts.log.info({ port: opts.port, path, bot: bot.botInfo.username }, 'telegram: webhook');
  return {
    mode: 'webhook',
    isUp: () => server.listening,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
