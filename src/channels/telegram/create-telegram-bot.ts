import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import { describeError, type BotCore } from '../../core/bot-core.js';
import { floodGuard, type FloodLimits } from './flood-guard.js';
import { parseTelegramUpdate } from './parse-telegram-update.js';
import { commandWordsFrom } from '../text/command-words.js';
import { planDocumentEvent, proposalDocumentEvent } from './telegram-document.js';
import { TelegramOutbox } from './telegram-outbox.js';

export interface TelegramChannelOptions {
  token: string;
  /** A self-hosted Bot API server (no trailing slash). */
  apiRoot?: string;
  /** Replaces fetch for every Bot API call (tests use an in-process fake). */
  fetch?: typeof fetch;
  /** Skips getMe at start (tests). */
  botInfo?: UserFromGetMe;
  core: BotCore;
  /** Who is one of the forum's organisers, by Telegram user id (the app's OrganiserDirectory; a Set in tests). */
  organisers: { has(telegramUserId: string): boolean | Promise<boolean> };
  log: Logger;
  /** Longest wait for one Bot API call before it fails (default API_TIMEOUT_SECONDS). */
  apiTimeoutSeconds?: number;
  /** How much one chat may queue before its excess is dropped (default DEFAULT_FLOOD_LIMITS). */
  floodLimits?: FloodLimits;
}

/** Command words recognised as a whole typed message on Telegram (buttons cover the rest). */
const TYPED_ON_TELEGRAM: ReadonlySet<string> = new Set(['stop', 'start']);

/** Bot API calls fail after this long (grammY's default is 500 s), so a silent Telegram holds nobody. */
export const API_TIMEOUT_SECONDS = 10;

/**
 * The Telegram channel: a grammY bot whose only job is to turn updates into neutral events for
 * BotCore and to render what comes back. Private chats only. 429s are retried with their
 * retry_after (auto-retry) for every call, including those made from inside flows. Updates of
 * one chat are handled one at a time, in order (the runner's `sequentialize`), while different
 * chats run at once, both under long polling (@grammyjs/runner) and webhooks. Every Bot API call
 * times out after seconds, and one chat flooding the bot has its excess dropped (floodGuard).
 */
export function createTelegramBot(opts: TelegramChannelOptions): Bot {
  const bot = new Bot(opts.token, {
    botInfo: opts.botInfo,
    client: {
      timeoutSeconds: opts.apiTimeoutSeconds ?? API_TIMEOUT_SECONDS,
      ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
      ...(opts.fetch ? { fetch: opts.fetch as never } : {}),
    },
  });
  // A reply that cannot reach Telegram (a network error, the timeout) is not retried: auto-retry
  // would back off without end, holding the chat; the update fails, and the follower repeats.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120, rethrowHttpErrors: true }));

  // Typed STOP / START in any language: opting out must not depend on knowing /stop.
  const words = commandWordsFrom(opts.core.translator, (name) => TYPED_ON_TELEGRAM.has(name) && opts.core.hasCommand(name));
  // Before sequentialize: a flooding chat's excess is dropped instead of queueing for a slot.
  const notice = (hint: string | undefined) => opts.core.messageForHint(hint, 'flood-slow-down');
  bot.use(floodGuard({ notice, log: opts.log, limits: opts.floodLimits }));
  bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));

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
    const organiser = await opts.organisers.has(String(from.id));
    const fileDeps = { organiser, token: opts.token, apiRoot: opts.apiRoot, fetch: opts.fetch };
    const event = proposalDocumentEvent(ctx, ctx.me.username) ?? (await planDocumentEvent(ctx, ctx.me.username, fileDeps)) ?? parseTelegramUpdate(ctx, ctx.me.username, words);
    if (!event) return;
    const chatId = String(ctx.chat.id);
    const log = opts.log.child({ update: ctx.update.update_id });
    const outbox = new TelegramOutbox(ctx.api, chatId, opts.core.recipientTag('telegram', chatId), ctx.callbackQuery?.id);
    try {
      // The core is the error boundary: it logs, marks a 403 blocked, and apologises.
      await opts.core.handle({
        channel: 'telegram',
        chatId,
        event,
        languageHint: from.language_code,
        organiser,
        outbox,
        log,
      });
    } finally {
      await outbox.finish();
    }
  });

  bot.catch((err) => {
    opts.log.error({ err: describeError(err.error), update: err.ctx.update.update_id }, 'unhandled bot error');
  });
  return bot;
}
