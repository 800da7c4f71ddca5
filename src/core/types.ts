/** Which messaging network an address belongs to. */
export type ChannelName = 'telegram' | 'whatsapp' | 'console';

/** Languages a follower can pick; each has a complete locale folder. */
export const LANGUAGES = ['ar', 'en', 'ur', 'tr', 'id', 'ms', 'fr', 'ug', 'bn'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Right-to-left languages, so renderers can keep punctuation and numbers in order. */
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar', 'ur', 'ug']);

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** Where a follower is in their life with the bot. */
export type FollowerStatus = 'onboarding' | 'active' | 'opted_out';

/** A follower as the domain sees it: no name, username or phone number, ever. */
export interface Follower {
  id: string;
  channel: ChannelName;
  /** Keyed hash of the chat id (see AddressVault). */
  addressHash: string;
  /** Encrypted chat id, opened only to send. */
  addressSealed: string;
  language: Language;
  topics: string[];
  /** IANA time zone for reminders. */
  timezone: string;
  status: FollowerStatus;
  /** Telegram answered 403: they blocked the bot. Cleared when they write again. */
  blocked: boolean;
  /** The audience code of the first link they joined by, or "direct". */
  audience: string;
  joinedAt: Date;
  onboardedAt: Date | null;
}

/** The audience code counted when a join link carried no known code. */
export const DIRECT_AUDIENCE = 'direct';

/** Something a follower sent, made channel-neutral. */
export type InboundEvent =
  | { kind: 'command'; name: string; arg: string; /** A file sent with the command as its caption (Telegram keeps it: only its id is held). */ file?: { id: string; name: string } }
  /** `bare`: the command a lone word names ("done") when it needs an argument; flows still get it as text. */
  | { kind: 'text'; text: string; bare?: string }
  | { kind: 'choice'; token: string; optionId: string; messageId?: string }
  /** Something we cannot read (a voice note, a photo without caption, an over-long text). */
  | { kind: 'unreadable'; what: 'media' | 'too-long' };

/** One option of a choice, already in the reader's language. */
export interface ChoiceOption {
  id: string;
  label: string;
  selected?: boolean;
}

/** A message to a follower, before a channel renders it. */
export interface OutMessage {
  text: string;
  /** Right-to-left text: renderers on plain-text channels add direction marks. */
  rtl?: boolean;
  choices?: {
    /** Identifies this prompt, so an answer to an older prompt is recognised as stale. */
    token: string;
    options: ChoiceOption[];
    multi?: boolean;
    /** Label of the button that closes a multiple choice. */
    doneLabel?: string;
    /** How to answer by typing, for channels without buttons ("Reply with a number"). */
    hint: string;
    /** Buttons per row where buttons exist. */
    columns?: number;
    /** False when the body already lists the options (a checklist): text channels show only the hint. */
    listInText?: boolean;
  };
  /** A link preview is noise in most of our messages. */
  preview?: boolean;
  image?: { png: Uint8Array; filename: string };
  document?: { data: Uint8Array; filename: string };
  /** A file Telegram already holds, sent again by its id (a member's document on a proposal); other channels send the text alone. */
  telegramFile?: { fileId: string };
}

/** Sends to one chat. Implemented by each channel; errors are SendError. */
export interface Outbox {
  send(msg: OutMessage): Promise<{ messageId: string }>;
  /** Replaces a sent message's text and choices (a checklist tick). Channels without edits send anew. */
  edit(messageId: string, msg: OutMessage): Promise<void>;
  /** A short notice for a button tap (Telegram's callback answer); others send it as a message. */
  notice(text: string): Promise<void>;
}

/** A failed send, with what we were doing and why. */
export class SendError extends Error {
  constructor(
    readonly channel: ChannelName,
    /** Log tag of the recipient, never the chat id. */
    readonly recipient: string,
    readonly reason: 'blocked' | 'rate_limited' | 'bad_request' | 'network' | 'unknown',
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(`send on ${channel} to ${recipient} failed: ${reason}`, options);
    this.name = 'SendError';
  }
}
