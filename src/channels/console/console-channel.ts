import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { BotCore } from '../../core/bot-core.js';
import { commandWordsFrom, type CommandWords } from '../text/command-words.js';
import { handleTextInbound, TEXT_MAX_INBOUND, type ChatOrganisers } from '../text/handle-text-inbound.js';
import { formatForTerminal, isAnsiTerminal } from './terminal-format.js';

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
  /** Organisers by chat id (none when not given). */
  organisers?: ChatOrganisers;
}

/** Consoles waiting at their prompt: a message arriving then (a broadcast, a reminder) gives the prompt back after it. */
const atPrompt = new WeakSet<Writable>();

/** Writes one bot message to the console, emphasis rendered as the terminal can. */
export function writeConsoleMessage(output: Writable, text: string): void {
  output.write(`\n${CONSOLE_BOT_HEADER}\n${formatForTerminal(text, isAnsiTerminal(output))}\n`);
  if (atPrompt.has(output)) output.write(`\n${CONSOLE_PROMPT}`);
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
  #running = false;

  constructor(private readonly opts: ConsoleChannelOptions) {
    this.chatId = opts.chatId ?? CONSOLE_CHAT_ID;
    this.#input = opts.input ?? process.stdin;
    this.#output = opts.output ?? process.stdout;
    this.#words = opts.words ?? commandWordsFrom(opts.core.translator, (name) => opts.core.hasCommand(name));
  }

  /** Whether it is reading input (for /healthz). */
  get running(): boolean {
    return this.#running;
  }

  /** Reads lines until the input ends (Ctrl+D), answering each before reading the next. */
  async run(): Promise<void> {
    this.#running = true;
    if (this.opts.banner !== false) this.#output.write(CONSOLE_BANNER);
    this.#output.write(CONSOLE_PROMPT);
    atPrompt.add(this.#output);
    const lines = createInterface({ input: this.#input, crlfDelay: Infinity, terminal: false });
    try {
      for await (const line of lines) {
        atPrompt.delete(this.#output);
        await this.#handle(line);
        this.#output.write(`\n${CONSOLE_PROMPT}`);
        atPrompt.add(this.#output);
      }
    } finally {
      atPrompt.delete(this.#output);
      this.#running = false;
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
      organisers: this.opts.organisers,
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
