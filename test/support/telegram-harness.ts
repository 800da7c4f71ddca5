import { randomBytes } from 'node:crypto';
import type { Bot } from 'grammy';
import type { Connection } from 'mongoose';
import { createApp, type App } from '../../src/app.js';
import { createTelegramBot } from '../../src/channels/telegram/create-telegram-bot.js';
import { DEFAULT_FLOOD_LIMITS, type FloodLimits } from '../../src/channels/telegram/flood-guard.js';
import { connectDatabase } from '../../src/db/connect.js';
import { silentLogger } from '../../src/logger.js';
import { LANGUAGES } from '../../src/core/types.js';
import { telegramBroadcastSender } from '../../src/channels/telegram/telegram-broadcast-sender.js';
import type { BroadcastSender } from '../../src/broadcast/broadcast-sender.js';
import type { Clock } from '../../src/broadcast/clock.js';
import { testDatabaseUri } from './db.js';
import { FakeBotApi, type FakeMessage } from './fake-bot-api.js';
import type { TcpProxy } from './tcp-proxy.js';
import type { QuorumRule } from '../../src/forum/quorum-rule.js';

const TOKEN = '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz';

export const TEST_TOPICS = ['uyghur', 'palestine', 'sudan'];

let updateId = 1;

/** The bot_command entity Telegram marks at the start of a text or caption beginning with "/". */
const commandEntities = (text: string) => (text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined);
let callbackId = 1;

/** A follower on Telegram, typing and tapping as a person would. */
export class TelegramUser {
  constructor(
    private readonly h: TelegramHarness,
    readonly chatId: number,
    readonly languageCode = 'en',
  ) {}

  get from() {
    return { id: this.chatId, is_bot: false, first_name: 'Test', language_code: this.languageCode };
  }

  /** Sends a text message (or command). */
  async send(text: string): Promise<void> {
    const entities = commandEntities(text);
    await this.#deliverMessage({ text, ...(entities ? { entities } : {}) });
  }

  /** Sends a file as a document (a plan's YAML), with an optional caption such as /propose. */
  async sendDocument(body: string, fileName: string, caption?: string): Promise<void> {
    const document = this.h.api.addFile(body, fileName);
    await this.#deliverMessage({ document, ...(caption ? { caption, caption_entities: commandEntities(caption) ?? [] } : {}) });
  }

  /** One message from this user, with what it carries (text or a document). */
  async #deliverMessage(content: Record<string, unknown>): Promise<void> {
    await this.h.deliver({
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: this.chatId, type: 'private', first_name: 'Test' },
        from: this.from,
        ...content,
      },
    });
  }

  /** Taps /start through a deep link with an optional code. */
  start(code?: string): Promise<void> {
    return this.send(code === undefined ? '/start' : `/start ${code}`);
  }

  /** Sends arbitrary callback data, as a forged or ancient button would. */
  async tapData(data: string, messageId = 1): Promise<void> {
    await this.h.deliver({
      update_id: updateId++,
      callback_query: {
        id: String(callbackId++),
        from: this.from,
        chat_instance: 'x',
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: this.chatId, type: 'private', first_name: 'Test' },
          text: '',
        },
      },
    });
  }

  /** Taps the button whose label contains `label` on the newest message that has one. */
  async tap(label: string, message?: FakeMessage): Promise<void> {
    const candidates = message ? [message] : [...this.messages()].reverse();
    for (const m of candidates) {
      const button = m.reply_markup?.inline_keyboard.flat().find((b) => b.text.includes(label));
      if (button?.callback_data) return this.tapData(button.callback_data, m.message_id);
    }
    throw new Error(`no button "${label}" in chat; last messages: ${this.texts().slice(-3).join(' | ')}`);
  }

  messages(): FakeMessage[] {
    return this.h.api.messages(this.chatId);
  }

  texts(): string[] {
    return this.messages().map((m) => m.text);
  }

  last(): FakeMessage {
    const all = this.messages();
    if (!all.length) throw new Error('no messages in chat');
    return all[all.length - 1]!;
  }

  /** Labels of the buttons on a message (default: the newest with buttons). */
  buttons(message?: FakeMessage): string[] {
    const m = message ?? [...this.messages()].reverse().find((x) => x.reply_markup);
    return m?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
  }

  /** Callback answers shown for this user's taps (toasts). */
  notices(): string[] {
    return this.h.api
      .callsOf('answerCallbackQuery')
      .map((c) => String(c.payload.text ?? ''))
      .filter(Boolean);
  }
}

export interface TelegramHarnessOptions {
  organisers?: number[];
  approvalsRequired?: number;
  /** The forum's rule: organisers become ADMIN_TELEGRAM_IDS of the app, and who may approve is read from the database too. */
  quorum?: QuorumRule;
  /** CORRECTION_APPROVALS (default: as many as a plan). */
  correctionApprovals?: number;
  broadcastRate?: number;
  topics?: string[];
  dataKey?: Buffer;
  api?: FakeBotApi;
  /** The broadcast pacer's clock: a fake one makes pauses (a 429's retry_after) instant and visible. */
  pacerClock?: Clock;
  /**
   * The flood guard's limits. By default only the queue bound holds: tests type far faster than
   * people, one message after another, and the per-window bound would drop their answers.
   */
  floodLimits?: FloodLimits;
  /** Bot API call timeout (production: API_TIMEOUT_SECONDS). */
  apiTimeoutSeconds?: number;
  /** Reach the database through this proxy, so a test can take it down and bring it back. */
  proxy?: TcpProxy;
  /** TRANSLATION_REVIEW: language versions are held until a member who speaks them approves. */
  translationReview?: boolean;
}

/** The whole bot on a fresh test database, with the fake Bot API behind grammY. */
export class TelegramHarness {
  app!: App;
  bot!: Bot;
  /** The app's Telegram broadcast sender (its pacer shows this process's share of the rate). */
  broadcastSender!: BroadcastSender;
  readonly api: FakeBotApi;
  readonly dataKey: Buffer;

  private constructor(
    readonly conn: Connection,
    readonly options: TelegramHarnessOptions,
    /** The test database's connection string (for child processes). */
    readonly uri: string,
  ) {
    this.api = options.api ?? new FakeBotApi();
    this.dataKey = options.dataKey ?? randomBytes(32);
  }

  static async start(name: string, options: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
    const uri = await testDatabaseUri(name);
    const { conn } = await connectDatabase(options.proxy ? options.proxy.rewrite(uri) : uri, silentLogger);
    const h = new TelegramHarness(conn, options, uri);
    await h.boot();
    return h;
  }

  /** (Re)creates app and bot on the same database, as a process restart would. */
  async boot(): Promise<void> {
    this.broadcastSender = telegramBroadcastSender({
      token: TOKEN,
      fetch: this.api.fetch as typeof fetch,
      rate: this.options.broadcastRate ?? 1000,
      paid: false,
      clock: this.options.pacerClock,
    });
    this.app = await createApp({
      conn: this.conn,
      dataKey: this.dataKey,
      topics: this.options.topics ?? TEST_TOPICS,
      defaultLanguage: 'en',
      log: silentLogger,
      approvalsRequired: this.options.approvalsRequired ?? 2,
      ...(this.options.quorum ? { quorum: this.options.quorum, organiserIds: (this.options.organisers ?? []).map(String) } : {}),
      correctionApprovals: this.options.correctionApprovals,
      translationReview: this.options.translationReview,
      botUsername: this.api.botInfo.username,
      whatsappNumber: '447700900123',
      senders: [this.broadcastSender],
      schedulerEveryMs: 200,
      broadcastPollMs: 100,
    });
    this.bot = createTelegramBot({
      token: TOKEN,
      botInfo: this.api.botInfo,
      fetch: this.#fetch,
      core: this.app.core,
      organisers: this.options.quorum ? this.app.forum.directory : new Set((this.options.organisers ?? []).map(String)),
      log: silentLogger,
      floodLimits: this.options.floodLimits ?? { ...DEFAULT_FLOOD_LIMITS, maxPerWindow: Number.POSITIVE_INFINITY },
      apiTimeoutSeconds: this.options.apiTimeoutSeconds,
    });
  }

  /**
   * How a user's update reaches the bot: handled at once (as a webhook would), or, once a test
   * starts long polling, queued for the runner's getUpdates.
   */
  deliver(update: Parameters<Bot['handleUpdate']>[0]): Promise<void> {
    if (this.polling) {
      this.api.pushUpdate(update as never);
      return Promise.resolve();
    }
    return this.bot.handleUpdate(update);
  }

  /** Set by tests that run long polling (see deliver). */
  polling = false;

  /** Chats whose Bot API calls get no answer at all (see hang). */
  readonly #silentFor = new Set<string>();
  /** Calls waiting on a silent Telegram: how each is ended. */
  readonly #hanging = new Set<(err: Error) => void>();
  /** Bot API calls for a silent chat that grammY gave up on (its timeout aborted them). */
  abortedCalls = 0;

  /** Telegram stops answering the bot's calls for these chats (an answer never comes back). */
  hang(...chatIds: number[]): void {
    for (const id of chatIds) this.#silentFor.add(String(id));
  }

  /** Telegram answers again; calls still waiting fail as a dropped connection would. */
  unhang(): void {
    this.#silentFor.clear();
    for (const end of this.#hanging) end(new TypeError('fetch failed: connection reset'));
    this.#hanging.clear();
  }

  /** The bot's fetch: the fake Bot API, except for silent chats' calls, which wait until aborted. */
  readonly #fetch = ((input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { chat_id?: unknown }) : {};
    if (body.chat_id === undefined || !this.#silentFor.has(String(body.chat_id))) return this.api.fetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      const end = (err: Error) => {
        this.#hanging.delete(end);
        reject(err);
      };
      this.#hanging.add(end);
      init?.signal?.addEventListener('abort', () => {
        this.abortedCalls++;
        end(new DOMException('The operation was aborted', 'AbortError'));
      });
    });
  }) as typeof fetch;

  user(chatId: number, languageCode = 'en'): TelegramUser {
    return new TelegramUser(this, chatId, languageCode);
  }

  /** The stored follower for a chat, as the bot sees it. */
  follower(chatId: number) {
    return this.app.followers.findByHash(this.app.vault.hash('telegram', String(chatId)));
  }

  /**
   * Onboards a follower through the real flow by typing, so it works in every language:
   * the language by its code, topics by their ids, the first time zone offered.
   */
  async onboard(chatId: number, opts: { code?: string; language?: string; topics?: string[] } = {}): Promise<TelegramUser> {
    const u = this.user(chatId, opts.language ?? 'en');
    const topics = this.options.topics ?? TEST_TOPICS;
    await u.start(opts.code);
    await u.send(String(LANGUAGES.indexOf((opts.language ?? 'en') as never) + 1));
    await u.send((opts.topics ?? ['uyghur']).map((t) => topics.indexOf(t) + 1).join(' '));
    await u.send('1');
    return u;
  }

  async close(): Promise<void> {
    await this.app.stop().catch(() => undefined);
    await this.conn.dropDatabase().catch(() => undefined);
    await this.conn.close();
  }
}
