import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { BotCore } from '../../core/bot-core.js';
import { handleTextInbound, TEXT_MAX_INBOUND, type ChatOrganisers, type TextInbound } from '../text/handle-text-inbound.js';
import { KeyedMutex } from '../text/keyed-mutex.js';
import { describeWhatsAppError as describeError } from './scrub-whatsapp-ids.js';
import { commandWordsFrom, type CommandWords } from '../text/command-words.js';
import { languageHintFromWhatsAppId } from './whatsapp-language-hint.js';
import type { SendText } from '../text/text-outbox.js';
import { toWhatsAppSendError } from './whatsapp-send-error.js';

/** The part of whatsapp-web.js's Client the channel uses: incoming messages and one send call. */
export interface WhatsAppClientLike {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  removeListener(event: 'message', listener: (message: unknown) => void): unknown;
  sendMessage(chatId: string, content: string, options?: { linkPreview?: boolean }): Promise<unknown>;
}

/** Longest message we read; longer ones get a kind "too long" reply. */
export const WHATSAPP_MAX_INBOUND = TEXT_MAX_INBOUND;

/** A private chat: "<digits>@c.us", or the newer "<digits>@lid" form. Groups (@g.us) and broadcasts are not. */
const PRIVATE_CHAT = /^\d{5,20}@(c\.us|lid)$/;

/** Message types that may carry a typed text (a caption counts). */
const TEXT_TYPES: ReadonlySet<string> = new Set(['chat', 'image', 'video', 'document']);

/** Message types that come from a person but hold no text we can read. */
const MEDIA_TYPES: ReadonlySet<string> = new Set([
  'audio',
  'ptt',
  'image',
  'video',
  'document',
  'sticker',
  'location',
  'vcard',
  'multi_vcard',
  'album',
  'poll_creation',
  'ptv',
]);

/** What we read of a whatsapp-web.js Message; everything else on it is ignored. */
const inboundMessageSchema = z.object({
  from: z.string().max(80),
  body: z.string().default(''),
  fromMe: z.boolean(),
  type: z.string().max(40),
  isStatus: z.boolean().default(false),
  broadcast: z.boolean().optional(),
  author: z.string().max(80).nullish(),
  hasMedia: z.boolean().optional(),
});

/** A message from a person in a private chat, reduced to what the bot acts on. */
export type WhatsAppInbound = TextInbound;

/**
 * Decides what a library Message is to us, or null when it is not for us at all: our own
 * messages, status updates, broadcasts, groups, system notices and malformed objects.
 */
export function readWhatsAppMessage(raw: unknown): WhatsAppInbound | null {
  const parsed = inboundMessageSchema.safeParse(raw);
  if (!parsed.success) return null;
  const m = parsed.data;
  if (m.fromMe || m.isStatus || m.broadcast || m.author || !PRIVATE_CHAT.test(m.from)) return null;
  const body = m.body.trim();
  if (TEXT_TYPES.has(m.type) && body) {
    if (body.length > WHATSAPP_MAX_INBOUND) return { kind: 'too-long', chatId: m.from };
    return { kind: 'text', chatId: m.from, text: body };
  }
  if (m.type === 'chat') return { kind: 'text', chatId: m.from, text: '' };
  if (MEDIA_TYPES.has(m.type) || m.hasMedia) return { kind: 'media-only', chatId: m.from };
  return null; // revoked, e2e notifications, call logs, protocol messages…
}

export interface TextChannelOptions {
  core: BotCore;
  log: Logger;
  /** Command words; read from the locales when not given. */
  words?: CommandWords;
  /** Organisers by chat id ("447700900123@c.us"); none when not given, as in production today. */
  organisers?: ChatOrganisers;
}

/**
 * The WhatsApp channel: turns whatsapp-web.js 'message' events into neutral events for
 * BotCore and sends what comes back as numbered text through `client.sendMessage` only.
 * The library fires events concurrently: each chat's messages are handled one at a time, in
 * order, and different chats at once. The core answers failures kindly; what escapes it (a
 * bug here) is logged scrubbed of numbers and chat ids.
 */
export class WhatsAppChannel {
  readonly #words: CommandWords;
  readonly #listener = (message: unknown) =>
    void this.receive(message).catch((err: unknown) => this.opts.log.error({ err: describeError(err) }, 'whatsapp message dropped'));
  readonly #pending = new Set<Promise<void>>();
  readonly #chats = new KeyedMutex();

  constructor(
    private readonly client: WhatsAppClientLike,
    private readonly opts: TextChannelOptions,
  ) {
    this.#words = opts.words ?? commandWordsFrom(opts.core.translator, (name) => opts.core.hasCommand(name));
  }

  /** Starts listening to the client's messages. */
  attach(): this {
    this.client.on('message', this.#listener);
    return this;
  }

  /** Stops listening and waits for the messages being handled. */
  async detach(): Promise<void> {
    this.client.removeListener('message', this.#listener);
    await this.idle();
  }

  /** Resolves when every message received so far has been answered (tests wait on this). */
  async idle(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending]);
  }

  /** Handles one library message event. Never throws. */
  receive(raw: unknown): Promise<void> {
    const p = this.#receive(raw).finally(() => this.#pending.delete(p));
    this.#pending.add(p);
    return p;
  }

  async #receive(raw: unknown): Promise<void> {
    const inbound = readWhatsAppMessage(raw);
    if (!inbound) return;
    await this.#chats.run(inbound.chatId, () =>
      handleTextInbound({
        core: this.opts.core,
        channel: 'whatsapp',
        inbound,
        words: this.#words,
        languageHint: languageHintFromWhatsAppId(inbound.chatId),
        log: this.opts.log.child({ update: randomBytes(4).toString('hex') }),
        sendText: this.#sender(inbound.chatId),
        organisers: this.opts.organisers,
      }),
    );
  }

  #sender(chatId: string): SendText {
    const tag = this.opts.core.recipientTag('whatsapp', chatId);
    return async (text, { preview }) => {
      try {
        return messageIdOf(await this.client.sendMessage(chatId, text, { linkPreview: preview }));
      } catch (err) {
        throw toWhatsAppSendError(err, tag);
      }
    };
  }
}

/**
 * The id of a sent library Message: its own key only. The serialized form ("true_<number>@c.us_<key>")
 * holds the phone number, and these ids are stored (flow states, the delivery log). A local one
 * when the client returned none.
 */
export function messageIdOf(sent: unknown): string {
  const id = (sent as { id?: { id?: unknown } } | undefined)?.id?.id;
  return typeof id === 'string' && id.length > 0 ? id : `local-${randomBytes(6).toString('hex')}`;
}
