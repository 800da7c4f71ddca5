import type { Context, MiddlewareFn } from 'grammy';
import type { Logger } from 'pino';
import { describeError } from '../../core/bot-core.js';
import type { OutMessage } from '../../core/types.js';
import { sendTelegramMessage } from './telegram-outbox.js';

/** How much one chat may ask of the bot before its excess is dropped. */
export interface FloodLimits {
  /** Updates of one chat in progress or waiting their turn (sequentialize) at once. */
  maxQueued: number;
  /** Updates of one chat accepted within `windowMs`. */
  maxPerWindow: number;
  windowMs: number;
}

/** Generous for a person tapping and typing; a flood (a script, a stuck client) is cut short. */
export const DEFAULT_FLOOD_LIMITS: FloodLimits = { maxQueued: 20, maxPerWindow: 30, windowMs: 10_000 };

/** Chats tracked before idle ones are forgotten (each is a few numbers). */
const SWEEP_AT = 10_000;

interface ChatLoad {
  queued: number;
  /** Times (ms) of the updates accepted within the window, oldest first. */
  accepted: number[];
  /** Dropping until the chat drains. */
  throttled: boolean;
  /** When the last slow-down notice went out: at most one a window, however often it floods. */
  noticedAt: number;
}

/**
 * Middleware placed before `sequentialize`: counts each chat's updates in progress or queued,
 * and past the limits drops that chat's updates until it has drained, telling it once (in the
 * language its client reports) to slow down. One chat's flood then holds at most `maxQueued` of
 * the runner's slots, so everyone else is answered as usual.
 */
export function floodGuard(opts: {
  notice: (languageHint: string | undefined) => OutMessage;
  log: Logger;
  limits?: FloodLimits;
  now?: () => number;
}): MiddlewareFn<Context> {
  const limits = opts.limits ?? DEFAULT_FLOOD_LIMITS;
  const now = opts.now ?? Date.now;
  const chats = new Map<string, ChatLoad>();
  return async (ctx, next) => {
    if (!ctx.chat) return next();
    const chatId = String(ctx.chat.id);
    const at = now();
    if (chats.size > SWEEP_AT) forgetIdle(chats, at - limits.windowMs);
    const load = chats.get(chatId) ?? { queued: 0, accepted: [], throttled: false, noticedAt: -Infinity };
    chats.set(chatId, load);
    while (load.accepted.length && load.accepted[0]! <= at - limits.windowMs) load.accepted.shift();
    const drained = load.queued === 0 && load.accepted.length < limits.maxPerWindow;
    if (load.throttled ? !drained : load.queued >= limits.maxQueued || load.accepted.length >= limits.maxPerWindow) {
      const first = !load.throttled;
      load.throttled = true;
      if (first && at - load.noticedAt >= limits.windowMs) {
        load.noticedAt = at;
        opts.log.warn({ update: ctx.update.update_id }, 'chat flooding: dropping its updates until it drains');
        await sendTelegramMessage(ctx.api, chatId, opts.notice(ctx.from?.language_code)).catch((err: unknown) =>
          opts.log.warn({ err: describeError(err) }, 'slow-down notice not delivered'),
        );
      }
      return;
    }
    load.throttled = false;
    load.accepted.push(at);
    load.queued++;
    try {
      await next();
    } finally {
      load.queued--;
    }
  };
}

/** Forgets chats with nothing queued and nothing accepted since `since`. */
function forgetIdle(chats: Map<string, ChatLoad>, since: number): void {
  for (const [id, load] of chats) {
    if (load.queued === 0 && Math.max(load.accepted.at(-1) ?? 0, load.noticedAt) <= since) chats.delete(id);
  }
}
