import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';

/** Update kinds the bot handles; Telegram sends nothing else. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** The commands shown in Telegram's menu. */
const MENU = [
  { command: 'plans', description: 'Your current actions' },
  { command: 'topics', description: 'Causes you follow' },
  { command: 'language', description: 'Change language' },
  { command: 'timezone', description: 'When reminders arrive' },
  { command: 'privacy', description: 'What is kept about you' },
  { command: 'stop', description: 'Stop all messages' },
  { command: 'forget', description: 'Erase everything about you' },
  { command: 'help', description: 'Everything the bot can do' },
];

/** A running Telegram channel, however it receives updates. */
export interface RunningTelegram {
  mode: 'polling' | 'webhook';
  stop(): Promise<void>;
}

/** The secret Telegram must echo in X-Telegram-Bot-Api-Secret-Token: configured, or derived from the token. */
export function webhookSecret(token: string, configured?: string): string {
  return configured ?? createHash('sha256').update(`webhook:${token}`).digest('base64url').slice(0, 48);
}

/**
 * Starts receiving updates: a webhook server when `webhookUrl` is set (updates handled
 * concurrently; the secret token header is checked), long polling otherwise.
 */
export async function startTelegram(
  bot: Bot,
  opts: { token: string; webhookUrl?: string; webhookSecret?: string; port: number; log: Logger },
): Promise<RunningTelegram> {
  await bot.init();
  await bot.api.setMyCommands(MENU).catch((err: unknown) => opts.log.warn({ err: String(err) }, 'setMyCommands failed'));
  if (!opts.webhookUrl) {
    await bot.api.deleteWebhook();
    void bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => opts.log.info({ bot: bot.botInfo.username }, 'telegram: long polling') });
    return { mode: 'polling', stop: () => bot.stop() };
  }
  const secret = webhookSecret(opts.token, opts.webhookSecret);
  const path = new URL(opts.webhookUrl).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200).end('ok');
      return;
    }
    if (req.method !== 'POST' || req.url?.split('?')[0] !== path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      opts.log.error({ err: String(err).slice(0, 200) }, 'webhook handler failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port, resolve));
  await bot.api.setWebhook(opts.webhookUrl, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
  opts.log.info({ port: opts.port, path, bot: bot.botInfo.username }, 'telegram: webhook');
  return {
    mode: 'webhook',
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
