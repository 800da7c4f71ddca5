import type { ChoiceHandler, CommandContext, CommandHandler, Inbound } from './command-context.js';
import { routeFeatures, type Feature, type Routes } from './feature.js';
import { variantKey, type FlowRunner } from './flow/flow-runner.js';
import { logTag } from './log-tag.js';
import type { AddressSealer, FollowerStore } from './ports.js';
import { DEFAULT_TIMEZONE, zoneOf } from './timezones.js';
import { languageFromHint, type Translator, type Vars } from './translator.js';
import { DIRECT_AUDIENCE, RTL_LANGUAGES, SendError, type ChannelName, type Follower, type Language, type OutMessage } from './types.js';

export type { ChoiceHandler, CommandContext, CommandHandler, Inbound };

export interface BotCoreDeps {
  followers: FollowerStore;
  runner: FlowRunner;
  vault: AddressSealer;
  translator: Translator;
  defaultLanguage: Language;
  /** Every feature of the chat, in order; the first to match a command or button handles it. */
  features: readonly Feature[];
}

/** Locale key answering what we cannot read. */
const UNREADABLE_KEY = { media: 'wa-media-only', 'too-long': 'too-long' } as const;

/**
 * The channel-neutral heart of the bot: every channel hands it `Inbound` events (one at a time
 * per follower: the channel keeps each chat in order). It routes commands, button taps and flow
 * answers to the features, and it is the one error boundary: whatever fails is logged with its
 * context, a 403 marks the follower blocked, and anyone else gets an apology in their language.
 */
export class BotCore {
  readonly #routes: Routes;

  constructor(private readonly deps: BotCoreDeps) {
    this.#routes = routeFeatures([this.#helpFeature(), ...deps.features]);
  }

  /** The catalogue, for channels that build their typed command words from it. */
  get translator(): Translator {
    return this.deps.translator;
  }

  /** Whether a command exists, for channels that recognise commands in plain text. */
  hasCommand(name: string): boolean {
    return this.#routes.commands.has(name);
  }

  /** A log tag for a chat: stable, short, and no way back to the chat id. */
  recipientTag(channel: ChannelName, chatId: string): string {
    return logTag(this.deps.vault.hash(channel, chatId));
  }

  /** Handles one inbound event. Never throws: this is the error boundary of every channel. */
  async handle(inbound: Inbound): Promise<void> {
    const log = inbound.log.child({ follower: this.recipientTag(inbound.channel, inbound.chatId) });
    let ctx: CommandContext | undefined;
    try {
      const follower = await this.deps.followers.findByHash(this.deps.vault.hash(inbound.channel, inbound.chatId));
      if (follower?.blocked) await this.deps.followers.update(follower.id, { blocked: false });
      ctx = this.#context({ ...inbound, log }, follower);
      await this.#route(ctx);
    } catch (err) {
      await this.#fail({ ...inbound, log }, ctx, err);
    }
  }

  /** Notes that a follower blocked the bot (Telegram's my_chat_member "kicked", or a 403). */
  async markBlocked(channel: ChannelName, chatId: string): Promise<void> {
    const follower = await this.deps.followers.findByHash(this.deps.vault.hash(channel, chatId));
    if (follower && !follower.blocked) await this.deps.followers.update(follower.id, { blocked: true });
  }

  /** A locale message in the language a client reports (no database needed), ready for an outbox. */
  messageForHint(languageHint: string | undefined, key: string, vars?: Vars): OutMessage {
    return this.message(languageFromHint(languageHint, this.deps.defaultLanguage), key, vars);
  }

  /** A locale message in a language, ready for an outbox. */
  message(lang: Language, key: string, vars?: Vars): OutMessage {
    return { text: this.deps.translator.t(lang, key, vars), rtl: RTL_LANGUAGES.has(lang) };
  }

  async #fail(inbound: Inbound, ctx: CommandContext | undefined, err: unknown): Promise<void> {
    const { log, channel, chatId } = inbound;
    if (err instanceof SendError && err.reason === 'blocked') {
      log.warn('follower unreachable while answering: marked blocked');
      await this.markBlocked(channel, chatId).catch((e: unknown) => log.warn({ err: describeError(e) }, 'marking blocked failed'));
      return;
    }
    log.error({ err: describeError(err), kind: inbound.event.kind }, 'update failed');
    const lang = ctx?.lang ?? languageFromHint(inbound.languageHint, this.deps.defaultLanguage);
    try {
      await inbound.outbox.send(this.message(lang, 'error-generic'));
    } catch (e) {
      log.warn({ err: describeError(e) }, 'apology not delivered');
    }
  }

  async #route(ctx: CommandContext): Promise<void> {
    const { event, outbox } = ctx.inbound;
    if (event.kind === 'unreadable') return ctx.reply(UNREADABLE_KEY[event.what]);
    if (event.kind === 'command') {
      const handler = this.#routes.commands.get(event.name);
      return handler ? handler(ctx, event.arg) : ctx.reply('unknown-command');
    }
    if (event.kind === 'choice') {
      const family = this.#routes.buttons.find((b) => event.token.startsWith(b.prefix));
      if (family) return family.handle(ctx, event.token, event.optionId);
    }
    for (const offer of this.#routes.conversations) if (await offer(ctx)) return;
    if (ctx.follower) {
      const outcome = await this.deps.runner.resume(ctx.follower.id, event, outbox);
      if (outcome === 'handled') return;
      // Onboarding with no conversation in progress (a past failure ended it): start it again.
      if (outcome === 'no-flow' && ctx.follower.status === 'onboarding') return this.#start(ctx);
      if (outcome === 'stale' || event.kind === 'choice') return outbox.notice(this.#t(ctx.lang, 'button-expired'));
    } else if (event.kind === 'choice') {
      return outbox.notice(this.#t(ctx.lang, 'button-expired'));
    }
    // First contact without a join link (e.g. a WhatsApp "hello"): onboard them as direct.
    if (!ctx.follower) return this.#start(ctx);
    // A lone "done" no flow wanted: its command decides (one task left: that one).
    const bare = event.kind === 'text' && event.bare ? this.#routes.commands.get(event.bare) : undefined;
    if (bare) return bare(ctx, '');
    return ctx.reply(ctx.follower.status === 'opted_out' ? 'fallback-opted-out' : 'fallback');
  }

  /** What /start without a code does; the fallback reply when no feature brings /start. */
  async #start(ctx: CommandContext): Promise<void> {
    const start = this.#routes.commands.get('start');
    return start ? start(ctx, '') : ctx.reply('fallback');
  }

  #t(lang: Language, key: string, vars?: Vars): string {
    return this.deps.translator.t(lang, key, vars);
  }

  #context(inbound: Inbound, follower: Follower | null): CommandContext {
    const lang = follower?.language ?? languageFromHint(inbound.languageHint, this.deps.defaultLanguage);
    const ctx: CommandContext = {
      inbound,
      follower,
      lang,
      reply: async (key, vars) => {
        await inbound.outbox.send(this.message(ctx.lang, variantKey(this.deps.translator, inbound.outbox, key), vars));
      },
      ensureFollower: async () => (await ctx.ensureFollowerIn(DIRECT_AUDIENCE)).follower,
      ensureFollowerIn: async (audience) => {
        if (ctx.follower) return { follower: ctx.follower, created: false };
        const made = await this.#ensure(inbound, audience, lang);
        ctx.follower = made.follower;
        return made;
      },
    };
    return ctx;
  }

  async #ensure(inbound: Inbound, audience: string, lang: Language) {
    return this.deps.followers.ensure({
      channel: inbound.channel,
      address: this.deps.vault.seal(inbound.channel, inbound.chatId),
      language: lang,
      timezone: zoneOf(DEFAULT_TIMEZONE[lang]),
      audience,
      at: new Date(),
    });
  }

  /** /help and /menu: every feature's section that applies to this person, in feature order. */
  #helpFeature(): Feature {
    const help: CommandHandler = async (ctx) => {
      for (const section of this.#routes.help) {
        const key = await section(ctx);
        if (key) await ctx.reply(key);
      }
    };
    return { name: 'help', commands: { help, menu: help } };
  }
}

/** An error reduced to what is safe to log: name, message, code; never payloads, ids or text. */
export function describeError(err: unknown): { name: string; message: string; code?: unknown } {
  if (err instanceof Error) {
    const code = (err as { error_code?: unknown; code?: unknown }).error_code ?? (err as { code?: unknown }).code;
    return { name: err.name, message: err.message.slice(0, 300), ...(code !== undefined ? { code } : {}) };
  }
  return { name: 'non-error', message: String(err).slice(0, 300) };
}
