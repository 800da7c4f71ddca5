import type { Logger } from 'pino';
import type { BotCore } from '../../core/bot-core.js';
import type { ChannelName, InboundEvent } from '../../core/types.js';
import type { CommandWords } from './command-words.js';
import { parseTypedText } from './parse-typed-text.js';
import { TextOutbox, type SendText } from './text-outbox.js';

/** Longest message we read; longer ones get a kind "too long" reply. */
export const TEXT_MAX_INBOUND = 4096;

/** The forum's organisers on a text channel, by chat id (Telegram's channel asks the same of the forum's directory). */
export interface ChatOrganisers {
  has(chatId: string): boolean | Promise<boolean>;
}

/** A message from a person on a text channel, reduced to what the bot acts on. */
export type TextInbound =
  | { kind: 'text'; chatId: string; text: string }
  | { kind: 'media-only'; chatId: string }
  | { kind: 'too-long'; chatId: string };

/**
 * What WhatsApp and the console share once a message is read: parse the words and hand the
 * event to BotCore with an outbox that renders as WhatsApp does. Media and over-long texts go
 * to the core as unreadable, so it answers them in the follower's language. Never throws: the
 * core is the error boundary.
 */
export async function handleTextInbound(args: {
  core: BotCore;
  channel: ChannelName;
  inbound: TextInbound;
  words: CommandWords;
  languageHint?: string;
  log: Logger;
  sendText: SendText;
  /** Who on this channel is one of the forum's organisers, by chat id (none unless given). */
  organisers?: ChatOrganisers;
}): Promise<void> {
  const { core, channel, inbound } = args;
  const event: InboundEvent =
    inbound.kind === 'text'
      ? parseTypedText(inbound.text, args.words)
      : { kind: 'unreadable', what: inbound.kind === 'media-only' ? 'media' : 'too-long' };
  const outbox = new TextOutbox(args.sendText);
  const organiser = (await args.organisers?.has(inbound.chatId)) ?? false;
  await core.handle({ channel, chatId: inbound.chatId, event, languageHint: args.languageHint, organiser, outbox, log: args.log });
}
