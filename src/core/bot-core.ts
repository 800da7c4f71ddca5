import type { Logger } from 'pino';
import type { AddressVault } from '../privacy/address-vault.js';
import { logTag } from '../privacy/address-vault.js';
import { languageFromHint, type Translator, type Vars } from '../i18n/translator.js';
import { variantKey, type FlowRunner } from './flow/flow-runner.js';
import { KeyedMutex } from './keyed-mutex.js';
import { parseJoinCode } from './join-code.js';
import type { AudienceStore, FollowerStore } from './ports.js';
import { DEFAULT_TIMEZONE, zoneOf } from './timezones.js';
import {
  DIRECT_AUDIENCE,
  RTL_LANGUAGES,
  type ChannelName,
  type Follower,
  type InboundEvent,
  type Language,
  type Outbox,
  type OutMessage,
} from './types.js';

/** One inbound message or tap, already made channel-neutral by a channel adapter. */
export interface Inbound {
  channel: ChannelName;
  /** The chat to answer; used to seal/hash, never stored or logged in clear. */
  chatId: string;
  event: InboundEvent;
  /** The client's language (Telegram's language_code), used until the follower picks one. */
  languageHint?: string;
  /** The sender is one of the forum's organisers (ADMIN_TELEGRAM_IDS). */
  organiser: boolean;
  outbox: Outbox;
  log: Logger;
}

/** What a command handler gets: the inbound, the follower (if known) and helpers to reply. */
export interface CommandContext {
  inbound: Inbound;
  follower: Follower | null;
  /** The language to answer in. */
  lang: Language;
  reply(key: string, vars?: Vars): Promise<void>;
  /** Follower or null, creating them (as "direct") when `create` is set. */
  ensureFollower(): Promise<Follower>;
}

export type CommandHandler = (ctx: CommandContext, arg: string) => Promise<void>;

/** A handler for taps on buttons that belong to a feature (not to a flow), by token prefix. */
export type ChoiceHandler = (ctx: CommandContext, token: string, optionId: string) => Promise<void>;

export interface BotCoreDeps {
  followers: FollowerStore;
  audiences: AudienceStore;
  runner: FlowRunner;
  vault: AddressVault;
  translator: Translator;
  topics: readonly string[];
  defaultLanguage: Language;
  log: Logger;
}

/**
 * The channel-neutral heart of the bot: every channel hands it `Inbound` events, one at a time
 * per follower. It routes commands, flow answers and button taps, and always answers.
 */
export class BotCore {
  readonly #mutex = new KeyedMutex();
  readonly #commands = new Map<string, CommandHandler>();
  readonly #choiceHandlers = new Map<string, ChoiceHandler>();
  readonly #helpExtras: ((ctx: CommandContext) => Promise<string | null>)[] = [];

  constructor(readonly deps: BotCoreDeps) {
    this.#registerFollowerCommands();
  }

  /** Adds or replaces a command (features register theirs at start). */
  command(name: string, handler: CommandHandler): void {
    this.#commands.set(name, handler);
  }

  /** Routes button taps whose token starts with `prefix` (e.g. "p.") to a feature. */
  onChoice(prefix: string, handler: ChoiceHandler): void {
    this.#choiceHandlers.set(prefix, handler);
  }

  /**
   * Adds a section to /help for some people (organisers, influencers): the function returns
   * the locale key of the section, or null when it does not apply to this person.
   */
  addHelp(section: (ctx: CommandContext) => Promise<string | null>): void {
    this.#helpExtras.push(section);
  }

  /** Whether a command exists, for channels that recognise commands in plain text. */
  hasCommand(name: string): boolean {
    return this.#commands.has(name);
  }

  /** Handles one inbound event. Never throws for the follower's sake: the channel's boundary logs. */
  async handle(inbound: Inbound): Promise<void> {
    const hash = this.deps.vault.hash(inbound.channel, inbound.chatId);
    const log = inbound.log.child({ follower: logTag(hash) });
    await this.#mutex.run(hash, async () => {
      const follower = await this.deps.followers.findByHash(hash);
      if (follower?.blocked) await this.deps.followers.update(follower.id, { blocked: false });
      const ctx = this.#context({ ...inbound, log }, follower);
      await this.#route(ctx);
    });
  }

  /** Notes that a follower blocked the bot (Telegram's my_chat_member "kicked", or a 403). */
  async markBlocked(channel: ChannelName, chatId: string): Promise<void> {
    const follower = await this.deps.followers.findByHash(this.deps.vault.hash(channel, chatId));
    if (follower && !follower.blocked) await this.deps.followers.update(follower.id, { blocked: true });
  }

  /** A locale message in a language, ready for an outbox. */
  message(lang: Language, key: string, vars?: Vars): OutMessage {
    return { text: this.deps.translator.t(lang, key, vars), rtl: RTL_LANGUAGES.has(lang) };
  }

  async #route(ctx: CommandContext): Promise<void> {
    const { event } = ctx.inbound;
    if (event.kind === 'command') {
      const handler = this.#commands.get(event.name);
      if (handler) return handler(ctx, event.arg);
      return ctx.reply('unknown-command');
    }
    if (event.kind === 'choice') {
      for (const [prefix, handler] of this.#choiceHandlers) {
        if (event.token.startsWith(prefix)) return handler(ctx, event.token, event.optionId);
      }
    }
    if (ctx.follower) {
      const outcome = await this.deps.runner.resume(ctx.follower.id, event, ctx.inbound.outbox);
      if (outcome === 'handled') return;
      if (outcome === 'stale' || event.kind === 'choice') return ctx.inbound.outbox.notice(this.#t(ctx.lang, 'button-expired'));
    } else if (event.kind === 'choice') {
      return ctx.inbound.outbox.notice(this.#t(ctx.lang, 'button-expired'));
    }
    if (event.kind === 'text') {
      if (!ctx.follower) {
        // First contact without a join link (e.g. a WhatsApp "hello"): onboard them as direct.
        return this.#start(ctx, '');
      }
      return ctx.reply(ctx.follower.status === 'opted_out' ? 'fallback-opted-out' : 'fallback');
    }
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
      ensureFollower: async () => {
        if (ctx.follower) return ctx.follower;
        const { follower: f } = await this.#ensure(inbound, DIRECT_AUDIENCE, lang);
        ctx.follower = f;
        return f;
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

  /** /start with an optional join code: join, attribute, and onboard (or welcome back). */
  async #start(ctx: CommandContext, arg: string): Promise<void> {
    const { deps } = this;
    const parsed = parseJoinCode(arg, deps.topics);
    let audience = DIRECT_AUDIENCE;
    for (const code of parsed.audiences) {
      if (await deps.audiences.findByCode(code)) {
        audience = code;
        break;
      }
    }
    const { follower, created } = await this.#ensure(ctx.inbound, audience, ctx.lang);
    ctx.follower = follower;
    ctx.inbound.log.info({ audience, created, preset: parsed.topic !== null }, 'join');
    if (!created && audience !== DIRECT_AUDIENCE) await deps.followers.recordJoin(follower.id, audience, new Date());
    if (created || follower.status === 'onboarding') {
      const preset = parsed.topic ? [parsed.topic] : [];
      await deps.runner.start(follower.id, 'onboarding', { followerId: follower.id, preset }, ctx.lang, ctx.inbound.outbox);
      return;
    }
    if (follower.status === 'opted_out') {
      await deps.followers.update(follower.id, { status: 'active', optedOutAt: null });
      return ctx.reply('start-resubscribed');
    }
    if (parsed.topic && !follower.topics.includes(parsed.topic)) {
      await deps.followers.update(follower.id, { topics: [...follower.topics, parsed.topic] });
      return ctx.reply('start-topic-added', { topic: this.#t(ctx.lang, `topic-${parsed.topic}`) });
    }
    return ctx.reply('start-welcome-back');
  }

  #registerFollowerCommands(): void {
    const { deps } = this;
    this.command('start', (ctx, arg) => this.#start(ctx, arg));
    const help: CommandHandler = async (ctx) => {
      await ctx.reply('help');
      for (const extra of this.#helpExtras) {
        const key = await extra(ctx);
        if (key) await ctx.reply(key);
      }
    };
    this.command('help', help);
    this.command('menu', help);
    this.command('privacy', (ctx) => ctx.reply('privacy'));

    const settings = (flow: string, current: (f: Follower) => string[]): CommandHandler => async (ctx) => {
      const f = ctx.follower;
      if (!f || f.status === 'onboarding') return this.#start(ctx, '');
      await deps.runner.start(f.id, flow, { followerId: f.id, current: current(f) }, ctx.lang, ctx.inbound.outbox);
    };
    this.command('language', settings('language', () => []));
    this.command('topics', settings('topics', (f) => f.topics));
    this.command('timezone', settings('timezone', (f) => [f.timezone]));

    this.command('stop', async (ctx) => {
      const f = ctx.follower;
      if (!f) return ctx.reply('stop-not-subscribed');
      await deps.runner.cancel(f.id);
      await deps.followers.update(f.id, { status: 'opted_out', optedOutAt: new Date() });
      ctx.inbound.log.info('opted out');
      return ctx.reply('stop-done');
    });

    this.command('forget', async (ctx) => {
      const f = ctx.follower;
      if (!f) return ctx.reply('forget-nothing');
      await deps.runner.start(f.id, 'forget', { followerId: f.id }, ctx.lang, ctx.inbound.outbox);
    });
  }
}
