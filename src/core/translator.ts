import { LANGUAGES, type Language } from './types.js';

/** Values a message may interpolate (Fluent's variables: strings, numbers, dates). */
export type Vars = Record<string, string | number | Date>;

/**
 * Turns a message key into text in one language: the only way follower-facing text is made.
 * Declared here so the core depends on no catalogue format; src/i18n implements it with Fluent.
 */
export interface Translator {
  t(lang: Language, key: string, vars?: Vars): string;
  /** Whether a key exists in a language (without falling back). */
  has(lang: Language, key: string): boolean;
}

/** Picks a language from a client hint such as Telegram's `language_code` ("ar", "en-GB"). */
export function languageFromHint(hint: string | undefined, fallback: Language): Language {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  if (base === 'in') return 'id';
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : fallback;
}
