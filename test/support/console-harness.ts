import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { Connection } from 'mongoose';
import { createApp, type App } from '../../src/app.js';
import { consoleBroadcastSender } from '../../src/channels/console/console-broadcast-sender.js';
import { CONSOLE_BOT_HEADER, CONSOLE_PROMPT, ConsoleChannel } from '../../src/channels/console/console-channel.js';
import { connectDatabase } from '../../src/db/connect.js';
import { silentLogger } from '../../src/logger.js';
import { testDatabaseUri } from './db.js';

export const CONSOLE_TEST_TOPICS = ['uyghur', 'palestine', 'sudan'];

/**
 * One person at a console: a ConsoleChannel on its own stdin/stdout (PassThrough streams).
 * Lines are written to stdin; the bot's messages are read back from stdout.
 */
export class ConsoleSession {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  readonly channel: ConsoleChannel;
  readonly done: Promise<void>;
  #out = '';
  #prompts = 0;
  #waiters: (() => void)[] = [];

  constructor(
    private readonly h: ConsoleHarness,
    readonly chatId: string,
    opts: { banner?: boolean } = {},
  ) {
    this.output.setEncoding('utf8');
    this.output.on('data', (chunk: string) => {
      this.#out += chunk;
      this.#prompts = this.#out.split(CONSOLE_PROMPT).length - 1;
      for (const w of this.#waiters.splice(0)) w();
    });
    this.channel = new ConsoleChannel({ core: h.app.core, log: silentLogger, input: this.input, output: this.output, chatId, banner: opts.banner, organisers: h.organisers });
    this.done = this.channel.run();
  }

  /** Everything printed so far. */
  get stdout(): string {
    return this.#out;
  }

  /** Types a line and waits until the console prompts for the next one. */
  async send(line: string): Promise<void> {
    const target = this.#prompts + 1;
    this.input.write(`${line}\n`);
    await this.#until(() => this.#prompts >= target);
  }

  start(code?: string): Promise<void> {
    return this.send(code === undefined ? 'hello' : `join ${code}`);
  }

  /** The bot's messages, in order. */
  texts(): string[] {
    return this.#out
      .split(`\n${CONSOLE_BOT_HEADER}\n`)
      .slice(1)
      .map((m) => m.split(`\n${CONSOLE_PROMPT}`)[0]!.replace(/\n+$/, ''));
  }

  last(): string {
    const all = this.texts();
    if (!all.length) throw new Error('no messages on the console');
    return all[all.length - 1]!;
  }

  follower() {
    return this.h.app.followers.findByHash(this.h.app.vault.hash('console', this.chatId));
  }

  /** Ends stdin (Ctrl+D) and waits for the channel to finish. */
  async end(): Promise<void> {
    this.input.end();
    await this.done;
  }

  async #until(ok: () => boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`console did not answer; output so far:\n${this.#out.slice(-500)}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

/** The whole bot on a fresh test database, reached through console sessions. */
export class ConsoleHarness {
  app!: App;
  readonly sessions = new Map<string, ConsoleSession>();

  private constructor(
    readonly conn: Connection,
    readonly dataKey: Buffer,
    /** Console chat ids counted as the forum's organisers (members who draft plans). */
    readonly organisers: ReadonlySet<string>,
  ) {}

  static async start(name: string, opts: { organisers?: string[] } = {}): Promise<ConsoleHarness> {
    const { conn } = await connectDatabase(await testDatabaseUri(name), silentLogger);
    const h = new ConsoleHarness(conn, randomBytes(32), new Set(opts.organisers));
    await h.boot();
    return h;
  }

  /** (Re)creates the app on the same database, as a process restart would. */
  async boot(): Promise<void> {
    this.app = await createApp({
      conn: this.conn,
      dataKey: this.dataKey,
      topics: CONSOLE_TEST_TOPICS,
      defaultLanguage: 'en',
      log: silentLogger,
      approvalsRequired: 1,
      // Several consoles share one process in tests: route broadcasts to each one's stdout.
      senders: [consoleBroadcastSender((chatId) => this.sessions.get(chatId)?.output ?? new PassThrough(), 1000)],
      broadcastPollMs: 20,
    });
  }

  /**
   * A process restart: every console session ends, the app is made anew on the same database,
   * and each chat gets a new session on it (what was printed before the restart is gone).
   */
  async restart(): Promise<void> {
    const chats = [...this.sessions.keys()];
    for (const s of this.sessions.values()) await s.end();
    await this.app.worker.stop().catch(() => undefined);
    await this.boot();
    for (const chatId of chats) this.session(chatId, { banner: false });
  }

  session(chatId: string, opts: { banner?: boolean } = {}): ConsoleSession {
    const s = new ConsoleSession(this, chatId, opts);
    this.sessions.set(chatId, s);
    return s;
  }

  async close(): Promise<void> {
    for (const s of this.sessions.values()) await s.end().catch(() => undefined);
    await this.app.worker.stop().catch(() => undefined);
    await this.conn.dropDatabase().catch(() => undefined);
    await this.conn.close();
  }
}
