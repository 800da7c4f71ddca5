import { normaliseDigits } from '../../core/flow/parse-answer.js';
import { LANGUAGES, type InboundEvent } from '../../core/types.js';
import type { Translator } from '../../i18n/translator.js';

/**
 * Commands a follower can type as a plain word on text channels, each with a
 * `wa-words-<command>` locale key listing its words in that language ("stop, توقف").
 */
export const WORD_COMMANDS = [
  'start',
  'help',
  'stop',
  'done',
  'undo',
  'pledge',
  'plans',
  'language',
  'topics',
  'timezone',
  'privacy',
  'forget',
] as const;
export type WordCommand = (typeof WORD_COMMANDS)[number];

/** Commands whose word may be followed by an argument: a join code, a task number. */
const WITH_ARGUMENT: ReadonlySet<string> = new Set(['start', 'done', 'undo']);

/** Commands that mean nothing without their number. */
const NEEDS_NUMBER: ReadonlySet<string> = new Set(['done', 'undo']);

/** Folded word → command name. Build it once with `commandWordsFrom`. */
export type CommandWords = ReadonlyMap<string, WordCommand>;

/** Longest text parsed at all; flows only ever match short answers. */
const MAX_PARSED = 1000;

/**
 * Folds text for comparing words: digits to ASCII, accents and Arabic diacritics and hamza
 * seats dropped (أ إ آ → ا), tatweel removed, lower case, spaces collapsed, and the
 * punctuation people put around a single word ("Stop!", "*menu*") trimmed.
 */
export function foldWord(text: string): string {
  return normaliseDigits(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.!?؟,،;:*_~"'«»“”]+|[\s.!?؟,،;:*_~"'«»“”]+$/g, '');
}

/**
 * Reads every language's `wa-words-<command>` into one table, so a word works whatever language
 * the follower picked (someone reading Urdu may well type "stop"). Words of commands the bot
 * does not have are left out. Throws if one word would mean two commands: that is a locale bug.
 */
export function commandWordsFrom(translator: Translator, hasCommand: (name: string) => boolean = () => true): CommandWords {
  const words = new Map<string, WordCommand>();
  for (const command of WORD_COMMANDS) {
    if (!hasCommand(command)) continue;
    for (const lang of LANGUAGES) {
      for (const raw of translator.t(lang, `wa-words-${command}`).split(',')) {
        const word = foldWord(raw);
        if (!word) continue;
        const existing = words.get(word);
        if (existing && existing !== command) throw new Error(`locale word "${word}" means both ${existing} and ${command}`);
        words.set(word, command);
      }
    }
  }
  return words;
}

/**
 * Turns a typed WhatsApp (or console) message into a neutral event. A whole message that is a
 * command word ("menu", "STOP", "توقف") is that command; "join abuali" and "done 2" carry an
 * argument; "/start x" works as on Telegram. Everything else is text, so flows get numbers.
 */
export function parseWhatsAppText(text: string, words: CommandWords): InboundEvent {
  const trimmed = text.slice(0, MAX_PARSED).trim();
  const slash = /^\/([A-Za-z0-9_]{1,32})(?:\s+([\s\S]*))?$/.exec(trimmed);
  if (slash) return { kind: 'command', name: slash[1]!.toLowerCase(), arg: (slash[2] ?? '').trim() };

  const whole = words.get(foldWord(trimmed));
  // A bare "done" is left as text: inside a multiple choice it is an answer, not a tick.
  if (whole && !NEEDS_NUMBER.has(whole)) return { kind: 'command', name: whole, arg: '' };

  // "done 2", "تم ٢", "done2": a word and a number.
  const numbered = /^(.*?)\s*(\d{1,3})[.!]?$/u.exec(normaliseDigits(trimmed));
  if (numbered && numbered[1]) {
    const command = words.get(foldWord(numbered[1]));
    if (command && WITH_ARGUMENT.has(command) && command !== 'start') return { kind: 'command', name: command, arg: numbered[2]! };
  }

  // "join abuali": the join phrase and a code (the text a wa.me link pre-fills).
  const space = trimmed.search(/\s/);
  if (space > 0) {
    const command = words.get(foldWord(trimmed.slice(0, space)));
    const arg = trimmed.slice(space).trim();
    if (command === 'start' && arg && !/\s/.test(arg)) return { kind: 'command', name: 'start', arg };
  }
  return { kind: 'text', text: trimmed };
}
