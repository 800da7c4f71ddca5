import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { BotCore } from '../../core/bot-core.js';
import { commandWordsFrom, type CommandWords } from '../text/command-words.js';
import { handleTextInbound, TEXT_MAX_INBOUND } from '../text/handle-text-inbound.js';

/** The line that opens every bot message in the console, so people and tests can tell them apart. */
export const CONSOLE_BOT_HEADER = '── bot ──';
/** Shown when the bot waits for the next line. */
export const CONSOLE_PROMPT = 'you › ';

/** The default local chat id: one person at one terminal. */
export const CONSOLE_CHAT_ID = 'console-1';

export interface ConsoleChannelOptions {
  core: BotCore;
  log: Logger;
  /** Lines typed by the follower (process.stdin by default). */
  input?: Readable;
  /** Where the bot's messages go (process.stdout by default). */
  output?: Writable;
  chatId?: string;
  words?: CommandWords;
  /** Prints the welcome banner first (default true). */
  banner?: boolean;
}

/** Writes one bot message to the console. */
export function writeConsoleMessage(output: Writable, text: string): void {
  output.write(`\n${CONSOLE_BOT_HEADER}\n${text}\n`);
}

/**
 * A follower's chat in the terminal, for trying the bot with no token and no phone. Each line
 * typed is one message, handled exactly as WhatsApp handles it (same words, same numbered
 * replies, same rendering), one at a time.
 */
export class ConsoleChannel {
  readonly chatId: string;
  readonly #input: Readable;
  readonly #output: Writable;
  readonly #words: CommandWords;

  constructor(private readonly opts: ConsoleChannelOptions) {
    this.chatId = opts.chatId ?? CONSOLE_CHAT_ID;
    this.#input = opts.input ?? process.stdin;
    this.#output = opts.output ?? process.stdout;
    this.#words = opts.words ?? commandWordsFrom(opts.core.translator, (name) => opts.core.hasCommand(name));
  }

  /** Reads lines until the input ends (Ctrl+D), answering each before reading the next. */
  async run(): Promise<void> {
    if (this.opts.banner !== false) this.#output.write(CONSOLE_BANNER);
    this.#output.write(CONSOLE_PROMPT);
    const lines = createInterface({ input: this.#input, crlfDelay: Infinity, terminal: false });
    for await (const line of lines) {
      await this.#handle(line);
      this.#output.write(`\n${CONSOLE_PROMPT}`);
    }
    this.#output.write('\n');
  }

  async #handle(line: string): Promise<void> {
    const text = line.trim();
    await handleTextInbound({
      core: this.opts.core,
      channel: 'console',
      inbound: text.length > TEXT_MAX_INBOUND ? { kind: 'too-long', chatId: this.chatId } : { kind: 'text', chatId: this.chatId, text },
      words: this.#words,
      log: this.opts.log,
      sendText: async (part) => {
        writeConsoleMessage(this.#output, part);
        return `console-${Date.now()}`;
      },
    });
  }
}

/** What a newcomer sees first. For the developer, so in English and not in the locales. */
export const CONSOLE_BANNER = `
Console channel: you are a follower chatting with the bot, shown as WhatsApp shows it.
  • Say hello (or type "join <code>" as an influencer's link would) to start onboarding.
  • Answer with numbers ("2", or "1 3" for several); "menu" lists what you can do.
  • Try "plans", "done 1", "stop", "forget". Ctrl+D quits.
`;
