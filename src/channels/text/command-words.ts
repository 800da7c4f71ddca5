import { normaliseDigits } from '../../core/flow/parse-answer.js';
import { LANGUAGES } from '../../core/types.js';
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
  'sources',
  'going',
  'notgoing',
  'gatherings',
] as const;
export type WordCommand = (typeof WORD_COMMANDS)[number];

/** Folded word → command name. Build it once with `commandWordsFrom`. */
export type CommandWords = ReadonlyMap<string, WordCommand>;

/**
 * Latin accents and Arabic-script diacritics (harakat, shadda, hamza seats, superscript alef): only
 * these, never a Bengali or Devanagari vowel sign, which is a letter of the word.
 */
export const COMBINING_ACCENTS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g;

/**
 * Folds text for comparing words: digits to ASCII, accents and Arabic diacritics and hamza
 * seats dropped (أ إ آ → ا), tatweel removed, lower case, spaces collapsed, and the
 * punctuation people put around a single word ("Stop!", "*menu*", "Fait !") trimmed.
 * Case folds the same for every locale, Turkish included: İ and I lose their dot question
 * (İ → i, ı → i), so "KATIL", "katıl" and "katil" are one word, and "I PLEDGE" stays English.
 * The letters Arabic, Persian/Urdu and Uyghur spell differently are made one (ي ى ی, ك ک).
 */
export function foldWord(text: string): string {
  return normaliseDigits(text)
    .normalize('NFD')
    .replace(COMBINING_ACCENTS, '')
    .replace(/\u0640/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.!?؟,،;:*_~"'«»“”।]+|[\s.!?؟,،;:*_~"'«»“”।]+$/g, '');
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
