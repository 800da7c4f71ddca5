import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotCore } from '../../core/bot-core.js';
import { RTL_LANGUAGES } from '../../core/types.js';
import { languageFromHint } from '../../i18n/translator.js';
import { logTag } from '../../privacy/address-vault.js';
import { parseTelegramUpdate } from './parse-telegram-update.js';
import { TelegramOutbox } from './telegram-outbox.js';
import type { ConcurrentUpdates } from './concurrent-updates.js';

export interface TelegramChannelOptions {
  token: string;
  /** A self-hosted Bot API server (no trailing slash). */
  apiRoot?: string;
  /** Replaces fetch for every Bot API call (tests use an in-process fake). */
  fetch?: typeof fetch;
  /** Skips getMe at start (tests). */
  botInfo?: UserFromGetMe;
  core: BotCore;
  /** Telegram user ids of the forum's organisers. */
  organisers: ReadonlySet<string>;
  /** Long polling: handle different followers' updates at once (webhooks are concurrent already). */
  concurrentUpdates?: ConcurrentUpdates;
  log: Logger;
}

/**
 * The Telegram channel: a grammY bot whose only job is to turn updates into neutral events for
 * BotCore and to render what comes back. Private chats only. 429s are retried with their
 * retry_after (auto-retry) for every call, including those made from inside flows.
 */
export function createTelegramBot(opts: TelegramChannelOptions): Bot {
  const bot = new Bot(opts.token, {
    botInfo: opts.botInfo,
    client: {
      ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
      ...(opts.fetch ? { fetch: opts.fetch as never } : {}),
    },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: false }));

  bot.on('my_chat_member', async (ctx) => {
    if (ctx.chat.type !== 'private') return;
    if (ctx.myChatMember.new_chat_member.status === 'kicked') {
      await opts.core.markBlocked('telegram', String(ctx.chat.id));
    }
  });

  bot.use(async (ctx) => {
    const from = ctx.from;
    if (ctx.chat?.type !== 'private' || !from) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    const event = parseTelegramUpdate(ctx, ctx.me.username);
    if (!event) return;
    const chatId = String(ctx.chat.id);
    const log = opts.log.child({ update: ctx.update.update_id });
    const outbox = new TelegramOutbox(ctx.api, chatId, logTag(opts.core.deps.vault.hash('telegram', chatId)), ctx.callbackQuery?.id);
    const work = async () => {
      try {
        await opts.core.handle({
          channel: 'telegram',
          chatId,
          event,
          languageHint: from.language_code,
          organiser: opts.organisers.has(String(from.id)),
          outbox,
          log,
        });
      } catch (err) {
        log.error({ err: describeError(err), kind: event.kind }, 'update failed');
        await replyWithApology(ctx, opts, outbox);
      } finally {
        await outbox.finish();
      }
    };
    if (opts.concurrentUpdates) await opts.concurrentUpdates.run(work);
    else await work();
  });

  bot.catch((err) => {
    opts.log.error({ err: describeError(err.error), update: err.ctx.update.update_id }, 'unhandled bot error');
  });
  return bot;
}

async function replyWithApology(ctx: Context, opts: TelegramChannelOptions, outbox: TelegramOutbox): Promise<void> {
  try {
    const follower = await opts.core.deps.followers.findByHash(opts.core.deps.vault.hash('telegram', String(ctx.chat!.id)));
    const lang = follower?.language ?? languageFromHint(ctx.from?.language_code, opts.core.deps.defaultLanguage);
    await outbox.send({ text: opts.core.deps.translator.t(lang, 'error-generic'), rtl: RTL_LANGUAGES.has(lang) });
  } catch {
    // Nothing more we can do; the error is logged above.
  }
}

/** An error reduced to what is safe to log: name, message, code, never request payloads. */
export function describeError(err: unknown): { name: string; message: string; code?: unknown } {
  if (err instanceof Error) {
    const code = (err as { error_code?: unknown; code?: unknown }).error_code ?? (err as { code?: unknown }).code;
    // GrammyError messages hold only the method and Telegram's description, no payload.
    return { name: err.name, message: err.message.slice(0, 300), ...(code !== undefined ? { code } : {}) };
  }
  return { name: 'non-error', message: String(err).slice(0, 300) };
}
