import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { FluentResource } from '@fluent/bundle';
import { loadTranslator } from '../src/i18n/translator.js';
import { LANGUAGES, type Language } from '../src/core/types.js';

const localesDir = fileURLToPath(new URL('../locales', import.meta.url));
const translator = loadTranslator(localesDir);
const others = LANGUAGES.filter((lang) => lang !== 'en');

/** An entry starts at a line `key =` (a message) or `-key =` (a term); its body runs until the next entry or comment. */
const ENTRY_START = /^(-?)([a-zA-Z][a-zA-Z0-9_-]*)\s*=/;
const ATTRIBUTE = /^\s+\.[a-zA-Z][a-zA-Z0-9_-]*\s*=/;
const VARIABLE = /\{\s*\$([a-zA-Z0-9_]+)/g;

interface Parsed {
  /** Raw source of each message, keyed by message id. */
  messages: Map<string, string>;
  /** Syntax problems Fluent would silently skip or truncate (FluentBundle only reports duplicate ids). */
  problems: string[];
}

/** Reads a language's .ftl files line by line, without Fluent, so that junk Fluent would drop shows up. */
function parseLanguage(lang: Language): Parsed {
  const dir = join(localesDir, lang);
  const messages = new Map<string, string>();
  const problems: string[] = [];
  if (!existsSync(dir)) return { messages, problems };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const where = `${lang}/${file}`;
    const inFile = new Map<string, { line: number; source: string }>();
    let current: { id: string; line: number; source: string; isTerm: boolean } | undefined;
    const close = () => {
      if (current && !current.isTerm) {
        inFile.set(current.id, { line: current.line, source: current.source });
        messages.set(current.id, current.source);
      }
      current = undefined;
    };
    text.split(/\r?\n/).forEach((line, i) => {
      const entry = ENTRY_START.exec(line);
      if (entry) {
        close();
        current = { id: entry[2] ?? '', line: i + 1, source: line.slice(entry[0].length), isTerm: entry[1] === '-' };
      } else if (line.startsWith('#')) {
        close();
      } else if (line.trim() === '') {
        if (current) current.source += '\n';
      } else if (current && (/^\s/.test(line) || (line.startsWith('}') && current.source.includes('->')))) {
        // Indented continuation, or the closing brace of a select expression (allowed at column 0).
        current.source += `\n${line}`;
        // Outside a select expression, a continuation line starting with [ * or . ends the value.
        const first = line.trimStart()[0];
        if (!current.source.includes('->') && (first === '[' || first === '*' || (first === '.' && !ATTRIBUTE.test(line)))) {
          problems.push(`${where}:${i + 1}: continuation line of "${current.id}" starts with "${first}": ${line.trim()}`);
        }
      } else {
        problems.push(`${where}:${i + 1}: line belongs to no message: ${line}`);
      }
    });
    close();
    // A message Fluent could not parse is dropped without any error being reported.
    const parsedIds = new Set(new FluentResource(text).body.map((entry) => entry.id));
    for (const [id, { line }] of inFile) {
      if (!parsedIds.has(id)) problems.push(`${where}:${line}: Fluent could not parse message "${id}"`);
    }
  }
  return { messages, problems };
}

function variables(source: string): string[] {
  return [...new Set([...source.matchAll(VARIABLE)].map((m) => m[1] ?? ''))].sort();
}

const parsed = new Map(LANGUAGES.map((lang) => [lang, parseLanguage(lang)] as const));
const sources = new Map(LANGUAGES.map((lang) => [lang, parsed.get(lang)!.messages] as const));
const englishKeys = translator.keys('en');

describe('locales', () => {
  it('English has messages', () => {
    expect(englishKeys.length).toBeGreaterThan(0);
  });

  it('has no .ftl syntax errors in any language', () => {
    expect(translator.errors, translator.errors.join('\n')).toEqual([]);
    const problems = LANGUAGES.flatMap((lang) => parsed.get(lang)!.problems);
    expect(problems, problems.join('\n')).toEqual([]);
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
