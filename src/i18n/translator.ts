import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { unisolateTechnical } from '../core/bidi.js';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '../core/types.js';

export { languageFromHint, type Translator, type Vars } from '../core/translator.js';
import type { Translator, Vars } from '../core/translator.js';

/** Problems found while loading .ftl files (syntax errors); empty when all is well. */
export interface LoadedTranslator extends Translator {
  errors: string[];
  keys(lang: Language): string[];
}

/**
 * Loads every `locales/<lang>/*.ftl` once. A key missing in a language falls back to English,
 * so a half-translated language still reads; a test keeps the locales complete.
 */
export function loadTranslator(localesDir: string): LoadedTranslator {
  const bundles = new Map<Language, FluentBundle>();
  const errors: string[] = [];
  for (const lang of LANGUAGES) {
    // Isolation marks keep numbers and names in order inside right-to-left text; in
    // left-to-right languages they only add invisible characters.
    const bundle = new FluentBundle(lang, { useIsolating: RTL_LANGUAGES.has(lang) });
    const dir = join(localesDir, lang);
    if (existsSync(dir)) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
        const resource = new FluentResource(readFileSync(join(dir, file), 'utf8'));
        for (const e of bundle.addResource(resource)) errors.push(`${lang}/${file}: ${e.message}`);
      }
    }
    bundles.set(lang, bundle);
  }
  const format = (lang: Language, key: string, vars?: Vars): string | undefined => {
    const bundle = bundles.get(lang);
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return undefined;
    const errs: Error[] = [];
    // Isolation marks stay around numbers and names, never around a link, a command or a code.
    return unisolateTechnical(bundle.formatPattern(message.value, vars, errs));
  };
  return {
    errors,
    t(lang, key, vars) {
      return format(lang, key, vars) ?? format('en', key, vars) ?? key;
    },
    has(lang, key) {
      return bundles.get(lang)?.hasMessage(key) ?? false;
    },
    keys(lang) {
      const bundle = bundles.get(lang);
      // FluentBundle keeps messages in a Map named _messages; there is no public iterator.
      const messages = (bundle as unknown as { _messages: Map<string, unknown> })._messages;
      return [...messages.keys()];
    },
  };
}

/** Each language's name in its own script, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  en: 'English',
  ur: 'اردو',
  tr: 'Türkçe',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  fr: 'Français',
  ug: 'ئۇيغۇرچە',
  bn: 'বাংলা',
};
