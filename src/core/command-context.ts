import type { Logger } from 'pino';
import type { Vars } from './translator.js';
import type { ChannelName, Follower, InboundEvent, Language, Outbox } from './types.js';

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

/** What a command or button handler gets: the inbound, the follower (if known) and helpers to reply. */
export interface CommandContext {
  inbound: Inbound;
  follower: Follower | null;
  /** The language to answer in. */
  lang: Language;
  /** Sends a locale message in `lang` (the channel's variant of the key when it has one). */
  reply(key: string, vars?: Vars): Promise<void>;
  /** The follower, creating them (as "direct") when they are new. */
  ensureFollower(): Promise<Follower>;
  /** The follower, creating them in `audience` when they are new (a join link); says which. */
  ensureFollowerIn(audience: string): Promise<{ follower: Follower; created: boolean }>;
}

/** Handles `/name arg` (or its typed word on text channels). */
export type CommandHandler = (ctx: CommandContext, arg: string) => Promise<void>;

/** Handles a tap on a button of one family: the whole token and the option id. */
export type ChoiceHandler = (ctx: CommandContext, token: string, optionId: string) => Promise<void>;
