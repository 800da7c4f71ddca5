import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { commandWordsFrom } from '../src/channels/text/command-words.js';
import { parseTypedText } from '../src/channels/text/parse-typed-text.js';
import { renderTextMessage } from '../src/channels/text/render-text-message.js';
import { renderTelegramMessage } from '../src/channels/telegram/render-telegram-message.js';
import { BIDI_CONTROLS, firstStrongDirection, layoutRightToLeft, RLM } from '../src/core/bidi.js';
import { cleanInboundText } from '../src/core/clean-text.js';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '../src/core/types.js';
import { loadTranslator, type Vars } from '../src/i18n/translator.js';
import { renderPlanMessage } from '../src/plans/render-plan-message.js';

const localesDir = fileURLToPath(new URL('../locales', import.meta.url));
const translator = loadTranslator(localesDir);
const englishKeys = translator.keys('en');

/** Every message of a language as Fluent parsed it. */
function messagesOf(lang: Language): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.ftl'))) {
    for (const entry of new FluentResource(readFileSync(join(localesDir, lang, file), 'utf8')).body) out.set(entry.id, entry.value);
  }
  return out;
}

interface Select {
  type: 'select';
  selector: { type: string; name?: string };
  variants: { key: { type: 'str' | 'num'; value: string | number } }[];
  star: number;
}

/** The select expressions of a message's pattern (top level: our messages nest none). */
function selectsOf(pattern: unknown): Select[] {
  if (!Array.isArray(pattern)) return [];
  return pattern.filter((p): p is Select => typeof p === 'object' && p !== null && (p as Select).type === 'select');
}

/** Plural category names a select covers; its default variant counts for "other". */
function categoriesOf(select: Select): Set<string> {
  const keys = new Set(select.variants.filter((v) => v.key.type === 'str').map((v) => String(v.key.value)));
  keys.add('other');
  return keys;
}

const english = messagesOf('en');
/** Keys whose English text chooses a plural form of a number variable. */
const pluralKeys = [...english].filter(([, value]) => selectsOf(value).some((s) => s.variants.some((v) => v.key.value === 'one'))).map(([key]) => key);

describe('plural forms', () => {
  it('English has plural-taking keys, report-more-plans among them', () => {
    expect(pluralKeys).toEqual(expect.arrayContaining(['plan-minutes', 'plans-intro', 'report-more-plans']));
  });

  it.each(LANGUAGES)('%s gives every plural-taking key each CLDR category the language uses', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const messages = messagesOf(lang);
    const problems: string[] = [];
    for (const key of pluralKeys) {
      const selects = selectsOf(messages.get(key));
      // A language with one form only (Indonesian, Malay) needs no select at all.
      if (selects.length === 0 && categories.length === 1) continue;
      const selectors = selects.filter((s) => s.selector.type === 'var');
      if (selectors.length === 0) {
        problems.push(`${key}: no plural select`);
        continue;
      }
      for (const s of selectors) {
        const missing = categories.filter((c) => !categoriesOf(s).has(c));
        if (missing.length) problems.push(`${key}: missing [${missing.join('] [')}]`);
      }
    }
    expect(problems, `${lang}:\n${problems.join('\n')}`).toEqual([]);
  });

  it('report-more-plans reads naturally for one older plan and for many', () => {
    expect(translator.t('en', 'report-more-plans', { count: 1 })).toBe('…and 1 older plan in the CSV file.');
    expect(translator.t('en', 'report-more-plans', { count: 4 })).toBe('…and 4 older plans in the CSV file.');
    expect(translator.t('ar', 'report-more-plans', { count: 2 })).toContain('خطّتان');
    expect(translator.t('fr', 'report-more-plans', { count: 1 })).toContain('1 plan plus ancien');
  });
});

/** A plausible value for each variable our messages use, with real links, commands and codes. */
const SAMPLE_LINK = 'https://t.me/forumbot?start=sara-uyghur';
const SAMPLE_CODES = ['abuali', 'ABCD234XYZ', 'Zx9_abcDEF-123', 'plan-2026-uyghur'];
function sampleVars(key: string): Vars {
  return {
    link: SAMPLE_LINK,
    code: SAMPLE_CODES[0]!,
    invite: SAMPLE_CODES[1]!,
    token: SAMPLE_CODES[2]!,
    id: SAMPLE_CODES[3]!,
    name: 'Abu Ali',
    title: 'Sign the petition',
    topic: 'Uyghurs',
    topics: 'Uyghurs, Sudan',
    language: 'English',
    timezone: 'London',
    list: 'Arabic 40% · English 35%',
    date: '1 Dec 2026',
    at: '2026-12-01T18:00',
    status: 'draft',
    state: 'claimed',
    pct: '25%',
    value: key === 'report-percent' ? 25 : '<10',
    label: 'Reached',
    errors: 'tasks: required',
    problems: 'code: too long',
    languages: 'en, ar',
    vettedBy: 'Forum research team',
  };
}
const NUMBER_VARS = ['count', 'total', 'done', 'minutes', 'required', 'approvals', 'sent', 'pending', 'failed', 'blocked', 'tasks', 'number', 'min', 'all', 'week', 'month', 'active', 'onboarding', 'optedOut', 'reached', 'pledged'];

/** Where a URL, a slash command or one of our sample codes sits in a text. */
function technicalRuns(text: string): { start: number; end: number; run: string }[] {
  const runs = [...text.matchAll(/https?:\/\/[^\s\u2066-\u2069\u200e\u200f]+|(?<![\p{L}\p{N}])\/[a-z][a-z0-9_]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, run: m[0] }));
  for (const code of SAMPLE_CODES) {
    for (let i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + 1)) runs.push({ start: i, end: i + code.length, run: code });
  }
  return runs;
}

/** Controls inside a run or on either side of it. */
function controlsTouching(text: string): string[] {
  const isControl = (ch: string | undefined) => ch !== undefined && new RegExp(BIDI_CONTROLS.source).test(ch);
  return technicalRuns(text)
    .filter(({ start, end }) => isControl(text[start - 1]) || isControl(text[end]) || [...text.slice(start, end)].some(isControl))
    .map(({ start, end, run }) => `${run} in …${JSON.stringify(text.slice(Math.max(0, start - 3), end + 3))}…`);
}

const CHANNELS = {
  telegram: (text: string, rtl: boolean) => [renderTelegramMessage({ text, rtl }).text],
  whatsapp: (text: string, rtl: boolean) => renderTextMessage({ text, rtl }),
  // The console renders as WhatsApp does (src/channels/console).
  console: (text: string, rtl: boolean) => renderTextMessage({ text, rtl }),
};

describe('no bidi control touches a link, a command or a code', () => {
  it.each(LANGUAGES)('in %s, for every key on every channel', (lang) => {
    const problems: string[] = [];
    for (const key of englishKeys) {
      const vars = sampleVars(key);
      for (const n of NUMBER_VARS) vars[n] = 3;
      for (const count of [1, 2, 3, 11]) {
        const text = translator.t(lang, key, { ...vars, count, minutes: count });
        for (const [channel, render] of Object.entries(CHANNELS)) {
          for (const out of render(text, RTL_LANGUAGES.has(lang))) {
            for (const p of controlsTouching(out)) problems.push(`${key} (${channel}): ${p}`);
          }
        }
      }
    }
    expect([...new Set(problems)], problems.join('\n')).toEqual([]);
  });

  it.each(LANGUAGES)('every %s command stands apart from the word before it, so Telegram makes it tappable', (lang) => {
    const glued = englishKeys.flatMap((key) => [...translator.t(lang, key, sampleVars(key)).matchAll(/[\p{L}\p{M}\p{N}]\/[a-z]+/gu)].map((m) => `${key}: ${m[0]}`));
    expect(glued.filter((g) => !/\/\/|[a-z]\/[a-z]/i.test(g.split(': ')[1]!)), glued.join('\n')).toEqual([]);
  });

  it('Arabic /mylink keeps its URL free of isolation marks', () => {
    const line = translator.t('ar', 'mylink-telegram', { link: SAMPLE_LINK });
    expect(line).toBe(`تيليجرام: ${SAMPLE_LINK}`);
  });

  it('numbers and names keep their isolation in right-to-left text', () => {
    expect(translator.t('ar', 'plan-progress', { done: 2, total: 4 })).toContain('\u20682\u2069');
    expect(translator.t('ar', 'mylink-intro', { name: 'Abu Ali' })).toContain('\u2068Abu Ali\u2069');
  });
});

describe('line direction on right-to-left readers\' messages', () => {
  const lines = (text: string) => text.split('\n').filter((l) => l.trim().length > 0);

  it.each(['ar', 'ur', 'ug'] as const)('every %s /help line on Telegram reads right to left, its command untouched', (lang) => {
    const { text } = renderTelegramMessage({ text: translator.t(lang, 'help'), rtl: true });
    for (const line of lines(text)) expect(firstStrongDirection(line), line).toBe('rtl');
    expect(text).toMatch(/\/plans/);
    expect(controlsTouching(text)).toEqual([]);
  });

  it('an Arabic footer that starts with a command is laid out right to left on both channels', () => {
    const footer = translator.t('ar', 'report-weekly-footer');
    expect(footer.startsWith('/weekly')).toBe(true);
    for (const out of [renderTelegramMessage({ text: footer, rtl: true }).text, renderTextMessage({ text: footer, rtl: true })[0]!]) {
      expect(out.startsWith(`${RLM} /weekly`)).toBe(true);
      expect(firstStrongDirection(out)).toBe('rtl');
    }
  });

  it('English fallback text in an Urdu reader\'s plan stays left to right, Urdu lines right to left', () => {
    const plan = {
      id: 'p1',
      content: {
        en: {
          title: 'Sign the petition',
          why: 'It asks the UN to act.',
          tasks: [{ title: 'Sign', how: 'Open the link and sign.', link: 'https://example.org/sign', minutes: 2, source: { vettedBy: 'Forum', date: new Date('2026-11-01') } }],
        },
      },
    } as unknown as Parameters<typeof renderPlanMessage>[0];
    const msg = renderPlanMessage(plan, 'ur', { pledged: false, completedAt: null, done: [] }, translator);
    const [text] = renderTextMessage(msg);
    const all = lines(text!);
    const english = all.filter((l) => !/[\u0600-\u06FF]/.test(l));
    expect(english.length).toBeGreaterThan(2);
    for (const line of english) {
      expect(line.startsWith(RLM), line).toBe(false);
      expect(firstStrongDirection(line), line).not.toBe('rtl');
    }
    for (const line of all.filter((l) => /[\u0600-\u06FF]/.test(l))) expect(firstStrongDirection(line), line).toBe('rtl');
    expect(text).toContain('    https://example.org/sign');
  });

  it('a line that opens with an Arabic letter gets no mark; a mixed line opening in Latin gets one, never touching a word', () => {
    expect(layoutRightToLeft('مرحبا Sara')).toBe('مرحبا Sara');
    expect(layoutRightToLeft('«Sara» مرحبا')).toBe(`${RLM}«Sara» مرحبا`);
    // A Latin word may be a code ("abuali — أبو علي"): the mark stands apart from it.
    expect(layoutRightToLeft('abuali — أبو علي')).toBe(`${RLM} abuali — أبو علي`);
    expect(layoutRightToLeft('1. العربية')).toBe('1. العربية');
    expect(layoutRightToLeft('Telegram: https://t.me/x')).toBe('Telegram: https://t.me/x');
  });

  it('the language list keeps each name in its own direction, with no marks', () => {
    const [text] = renderTextMessage({ text: translator.t('ar', 'settings-pick-language'), rtl: true, choices: { token: 't', options: [{ id: 'en', label: 'English' }, { id: 'ar', label: 'العربية' }], hint: translator.t('ar', 'flow-hint-choose-one', { count: 2 }) } });
    expect(text).toContain('\n1. English\n2. العربية');
  });
});

describe('typed text as followers send it', () => {
  const words = commandWordsFrom(translator);

  it('drops bidi marks before parsing: "‏تم 2" copied from the bot is done 2', () => {
    expect(parseTypedText('\u200Fتم 2', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
    expect(parseTypedText('\u2068done\u2069 \u20683\u2069', words)).toEqual({ kind: 'command', name: 'done', arg: '3' });
    expect(cleanInboundText('\u202Babc\u202C\u200E')).toBe('abc');
    // ZWNJ is part of Persian-script and Bengali spelling: it stays.
    expect(cleanInboundText('ab\u200Cc')).toBe('ab\u200Cc');
  });

  it('folds Turkish capitals: "KATIL", "BİTTİ 2", "Katıl abuali"', () => {
    expect(parseTypedText('KATIL', words)).toEqual({ kind: 'command', name: 'start', arg: '' });
    expect(parseTypedText('BİTTİ 2', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
    expect(parseTypedText('Katıl abuali', words)).toEqual({ kind: 'command', name: 'start', arg: 'abuali' });
    expect(parseTypedText('I PLEDGE', words)).toEqual({ kind: 'command', name: 'pledge', arg: '' });
  });

  it('takes French punctuation and several tasks: "Fait 2 !", "fait 1, fait 2", "done 1 and 3"', () => {
    expect(parseTypedText('Fait 2 !', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
    expect(parseTypedText('Fait 2\u202F!', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
    expect(parseTypedText('fait 1, fait 2', words)).toEqual({ kind: 'command', name: 'done', arg: '1 2' });
    expect(parseTypedText('done 1 and 3', words)).toEqual({ kind: 'command', name: 'done', arg: '1 3' });
    expect(parseTypedText('تم ١ و ٣', words)).toEqual({ kind: 'command', name: 'done', arg: '1 3' });
    expect(parseTypedText('done 1, stop 2', words)).toEqual({ kind: 'text', text: 'done 1, stop 2' });
  });

  it('reads the digits and words of the new languages', () => {
    expect(parseTypedText('হয়েছে ২', words)).toEqual({ kind: 'command', name: 'done', arg: '2' });
    expect(parseTypedText('তামাম', words).kind).toBe('text');
    expect(parseTypedText('تامام 3', words)).toEqual({ kind: 'command', name: 'done', arg: '3' });
    expect(parseTypedText('مەخپىيەتلىك', words)).toEqual({ kind: 'command', name: 'privacy', arg: '' });
    expect(parseTypedText('গোপনীয়তা', words)).toEqual({ kind: 'command', name: 'privacy', arg: '' });
    expect(parseTypedText('۳', words)).toEqual({ kind: 'text', text: '۳' });
  });

  it.each(LANGUAGES)('every word %s messages tell followers to type (*menu*, *done 2*) is understood', (lang) => {
    const problems: string[] = [];
    for (const key of englishKeys.filter((k) => k.endsWith('-whatsapp') || k === 'wa-media-only')) {
      const text = translator.t(lang, key, { count: 3, language: 'English', topics: 'Uyghurs', timezone: 'London' });
      for (const [, word] of text.matchAll(/\*([^*\n]+)\*/g)) {
        if (parseTypedText(word!, words).kind !== 'command') problems.push(`${key}: *${word}*`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(LANGUAGES)('the quoted words of the %s checklist hint are understood ("done" with a number)', (lang) => {
    const problems: string[] = [];
    for (const key of ['plan-text-hint', 'plan-done-usage']) {
      const text = translator.t(lang, key, { total: 3 });
      for (const [, a, b, c] of text.matchAll(/"([^"]+)"|«([^»]+)»|“([^”]+)”/g)) {
        const word = (a ?? b ?? c)!.replace(/[\u00a0\u202f]/g, ' ').trim();
        const understood = parseTypedText(word, words).kind === 'command' || parseTypedText(`${word} 1`, words).kind === 'command';
        if (!understood) problems.push(`${key}: ${word}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('everyday Urdu words are not commands', () => {
    expect(parseTypedText('کام', words).kind).toBe('text');
    expect(parseTypedText('وقت', words).kind).toBe('text');
    expect(parseTypedText('ٹائم زون', words)).toEqual({ kind: 'command', name: 'timezone', arg: '' });
  });
});
