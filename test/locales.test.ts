import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadTranslator } from '../src/i18n/translator.js';
import { LANGUAGES, type Language } from '../src/core/types.js';

const localesDir = fileURLToPath(new URL('../locales', import.meta.url));
const translator = loadTranslator(localesDir);
const others = LANGUAGES.filter((lang) => lang !== 'en');

/** A message starts at a line `key =`; its body runs until the next one (comments and blank lines included). */
const MESSAGE_START = /^([a-z][a-z0-9_-]*)\s*=/;
const VARIABLE = /\{\s*\$([a-zA-Z0-9_]+)/g;

/** Raw source of each message of a language, keyed by message id, read straight from the .ftl files. */
function messageSources(lang: Language): Map<string, string> {
  const dir = join(localesDir, lang);
  const sources = new Map<string, string>();
  if (!existsSync(dir)) return sources;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let current: string | undefined;
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      const start = MESSAGE_START.exec(line);
      if (start) {
        current = start[1];
        sources.set(current, line.slice(start[0].length));
      } else if (line.startsWith('#')) {
        current = undefined;
      } else if (current !== undefined) {
        sources.set(current, `${sources.get(current)}\n${line}`);
      }
    }
  }
  return sources;
}

function variables(source: string): string[] {
  return [...new Set([...source.matchAll(VARIABLE)].map((m) => m[1]!))].sort();
}

const sources = new Map(LANGUAGES.map((lang) => [lang, messageSources(lang)] as const));
const englishKeys = translator.keys('en');

describe('locales', () => {
  it('English has messages', () => {
    expect(englishKeys.length).toBeGreaterThan(0);
  });

  it('has no .ftl syntax errors in any language', () => {
    expect(translator.errors).toEqual([]);
  });

  it.each(others)('%s has every key English has', (lang) => {
    const have = new Set(translator.keys(lang));
    const missing = englishKeys.filter((key) => !have.has(key));
    expect(missing, `${lang} is missing: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(others)('%s has no keys English lacks', (lang) => {
    const english = new Set(englishKeys);
    const extra = translator.keys(lang).filter((key) => !english.has(key));
    expect(extra, `${lang} has keys English lacks: ${extra.join(', ')}`).toEqual([]);
  });

  it('the raw-source parser sees the same keys as Fluent', () => {
    for (const lang of LANGUAGES) {
      expect([...sources.get(lang)!.keys()].sort(), lang).toEqual([...translator.keys(lang)].sort());
    }
  });

  it.each(others)('%s uses the same $variables as English in every message', (lang) => {
    const english = sources.get('en')!;
    const translated = sources.get(lang)!;
    const mismatches: string[] = [];
    for (const [key, source] of english) {
      const other = translated.get(key);
      if (other === undefined) continue; // reported by the missing-keys test
      const want = variables(source);
      const got = variables(other);
      if (want.join(',') !== got.join(',')) {
        mismatches.push(`${key}: English has {${want.join(', ')}}, ${lang} has {${got.join(', ')}}`);
      }
    }
    expect(mismatches, `${lang} variable mismatches:\n${mismatches.join('\n')}`).toEqual([]);
  });

  it.each(['ar', 'ur'] as const)('%s messages are written in Arabic script', (lang) => {
    const arabic = /[\u0600-\u06FF]/;
    const messages = [...sources.get(lang)!];
    const latinOnly = messages.filter(([, source]) => !arabic.test(source)).map(([key]) => key);
    expect(messages.length).toBeGreaterThan(0);
    const share = (messages.length - latinOnly.length) / messages.length;
    expect(share, `${lang} messages without Arabic script: ${latinOnly.join(', ')}`).toBeGreaterThan(0.9);
    // The greeting and the command help, read through the translator, really are translated.
    for (const key of ['onboarding-welcome', 'help', 'privacy', 'flow-done-button']) {
      if (translator.has('en', key)) expect(translator.t(lang, key), `${lang} ${key}`).toMatch(arabic);
    }
  });

  it.each(others)('%s keeps the slash commands English uses', (lang) => {
    const english = sources.get('en')!;
    const translated = sources.get(lang)!;
    const problems: string[] = [];
    for (const [key, source] of english) {
      const other = translated.get(key);
      if (other === undefined) continue;
      const commands = (text: string) => [...new Set(text.match(/\/[a-z]+\b/g) ?? [])].sort().join(' ');
      if (commands(source) !== commands(other)) {
        problems.push(`${key}: English has [${commands(source)}], ${lang} has [${commands(other)}]`);
      }
    }
    expect(problems, `${lang} command mismatches:\n${problems.join('\n')}`).toEqual([]);
  });
});
