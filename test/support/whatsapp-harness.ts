import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import wwebjs from 'whatsapp-web.js';
import { createApp, type App } from '../../src/app.js';
import { whatsappBroadcastSender } from '../../src/channels/whatsapp/whatsapp-broadcast-sender.js';
import type { Clock } from '../../src/broadcast/clock.js';
import { WhatsAppPacer } from '../../src/broadcast/whatsapp-pacer.js';
import { MongoDailySendCounter } from '../../src/db/daily-send-counter.js';
import { WhatsAppChannel } from '../../src/channels/whatsapp/whatsapp-channel.js';
import { createWhatsAppClient, type WhatsAppClient } from '../../src/channels/whatsapp/start-whatsapp.js';
import { connectDatabase } from '../../src/db/connect.js';
import { silentLogger } from '../../src/logger.js';
import { testDatabaseUri } from './db.js';
import type { TcpProxy } from './tcp-proxy.js';

const { Message } = wwebjs as unknown as { Message: new (client: unknown, data: Record<string, unknown>) => unknown };

export const WA_TEST_TOPICS = ['uyghur', 'palestine', 'sudan'];
/** The bot's own number, as the library would report it. */
export const BOT_WID = '447700900123@c.us';

/** One message the bot sent, as captured from client.sendMessage. */
export interface SentWhatsApp {
  chatId: string;
  text: string;
  /** The pacer clock's time when it was sent (broadcast tests). */
  at: number;
}

let messageSeq = 1;

/**
 * Raw message data as WhatsApp Web's store hands it to whatsapp-web.js, which wraps it in its
 * own Message class, exactly as the Client does before emitting 'message'.
 */
export function libraryMessage(client: WhatsAppClient, data: { from: string; body?: string; type?: string; fromMe?: boolean; author?: string; caption?: string; directPath?: string; isStatusV3?: boolean }): unknown {
  const id = `3EB0${(messageSeq++).toString(16).toUpperCase().padStart(16, '0')}`;
  const fromMe = data.fromMe ?? false;
  return new Message(client, {
    id: { fromMe, remote: data.from, id, _serialized: `${fromMe}_${data.from}_${id}` },
    body: data.body ?? '',
    caption: data.caption,
    directPath: data.directPath,
    type: data.type ?? 'chat',
    t: Math.floor(Date.now() / 1000),
    from: data.from,
    to: BOT_WID,
    author: data.author,
    isStatusV3: data.isStatusV3,
    isForwarded: false,
    star: false,
    broadcast: false,
    ack: 1,
    mentionedJidList: [],
    groupMentions: [],
    links: [],
  });
}

/** A follower on WhatsApp, typing as a person would. */
export class WhatsAppUser {
  constructor(
    private readonly h: WhatsAppHarness,
    readonly number: string,
  ) {}

  get chatId(): string {
    return `${this.number}@c.us`;
  }

  /** Sends a text message, as a library 'message' event, and waits for the bot's answer. */
  async send(text: string): Promise<void> {
    await this.h.emit({ from: this.chatId, body: text });
  }

  /** Opens the wa.me link: its pre-filled text is the first message ("join <code>", or a greeting). */
  start(code?: string): Promise<void> {
    return this.send(code === undefined ? 'Assalamu alaikum' : `join ${code}`);
  }

  texts(): string[] {
    return this.h.sent.filter((s) => s.chatId === this.chatId).map((s) => s.text);
  }

  last(): string {
    const all = this.texts();
    if (!all.length) throw new Error('no messages in chat');
    return all[all.length - 1]!;
  }

  /** The number a label has in the newest numbered list that shows it. */
  numberOf(label: string): number {
    for (const text of [...this.texts()].reverse()) {
      const line = text.split('\n').find((l) => /^\u200F?\d+\. /.test(l) && l.includes(label));
      if (line) return Number(/(\d+)\./.exec(line)![1]);
    }
    throw new Error(`no option "${label}"; last messages: ${this.texts().slice(-2).join(' | ')}`);
  }

  follower() {
    return this.h.follower(this.number);
  }
}

export interface WhatsAppHarnessOptions {
  perMinute?: number;
  dailyCap?: number;
  jitter?: number;
  clock?: Clock;
  approvalsRequired?: number;
  dataKey?: Buffer;
  /** Logger for app and channel (silent by default). */
  log?: Logger;
  /** Reach the database through this proxy, so a test can take it down and bring it back. */
  proxy?: TcpProxy;
  /** Numbers the channel counts as the forum's organisers (members who draft plans). */
  organisers?: string[];
}

/** The whole bot on a fresh test database, with a real whatsapp-web.js Client that is never initialised. */
export class WhatsAppHarness {
  app!: App;
  client!: WhatsAppClient;
  channel!: WhatsAppChannel;
  pacer!: WhatsAppPacer;
  counter: MongoDailySendCounter;
  readonly sent: SentWhatsApp[] = [];
  readonly dataKey: Buffer;
  /** Makes the next sends to a chat fail with this library error message. */
  readonly failures = new Map<string, string>();

  private constructor(
    readonly conn: Connection,
    readonly options: WhatsAppHarnessOptions,
  ) {
    this.dataKey = options.dataKey ?? randomBytes(32);
    this.counter = new MongoDailySendCounter(conn);
  }

  static async start(name: string, options: WhatsAppHarnessOptions = {}): Promise<WhatsAppHarness> {
    const uri = await testDatabaseUri(name);
    const { conn } = await connectDatabase(options.proxy ? options.proxy.rewrite(uri) : uri, silentLogger);
    const h = new WhatsAppHarness(conn, options);
    await h.boot();
    return h;
  }

  /** (Re)creates client, app and channel on the same database, as a process restart would. */
  async boot(): Promise<void> {
    await this.channel?.detach();
    this.client = createWhatsAppClient({ sessionDir: '/nonexistent/never-initialised', chromiumPath: '/usr/bin/chromium' });
    // The adapter's only way out: capture it.
    this.client.sendMessage = (async (chatId: string, content: unknown) => {
      const failure = this.failures.get(chatId);
      if (failure) throw new Error(failure);
      this.sent.push({ chatId, text: String(content), at: (this.options.clock ?? Date).now() });
      const key = `3EB0${this.sent.length}`;
      return { id: { fromMe: true, remote: chatId, id: key, _serialized: `true_${chatId}_${key}` } };
    }) as WhatsAppClient['sendMessage'];
    const perMinute = this.options.perMinute ?? 60_000;
    this.pacer = new WhatsAppPacer({
      perMinute,
      dailyCap: this.options.dailyCap ?? 100_000,
      jitter: this.options.jitter,
      counter: this.counter,
      clock: this.options.clock,
    });
    this.app = await createApp({
      conn: this.conn,
      dataKey: this.dataKey,
      topics: WA_TEST_TOPICS,
      defaultLanguage: 'en',
      log: this.options.log ?? silentLogger,
      approvalsRequired: this.options.approvalsRequired ?? 1,
      whatsappNumber: '447700900123',
      senders: [whatsappBroadcastSender({ client: this.client, pacer: this.pacer, perMinute })],
      broadcastPollMs: 20,
    });
    const organisers = new Set((this.options.organisers ?? []).map((n) => `${n}@c.us`));
    this.channel = new WhatsAppChannel(this.client, { core: this.app.core, log: this.options.log ?? silentLogger, organisers }).attach();
  }

  /** Emits a library-shaped 'message' event on the client and waits until it is answered. */
  async emit(data: Parameters<typeof libraryMessage>[1]): Promise<void> {
    this.client.emit('message', libraryMessage(this.client, data));
    await this.channel.idle();
  }

  user(number: string): WhatsAppUser {
    return new WhatsAppUser(this, number);
  }

  follower(number: string) {
    return this.app.followers.findByHash(this.app.vault.hash('whatsapp', `${number}@c.us`));
  }

  async close(): Promise<void> {
    await this.channel.detach();
    await this.app.worker.stop().catch(() => undefined);
    await this.conn.dropDatabase().catch(() => undefined);
    await this.conn.close();
  }
}
