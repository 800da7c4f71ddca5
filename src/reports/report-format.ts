import type { Language } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { MIN_SHOWN } from './small-counts.js';
import type { Shown } from './safe-report.js';

/** How a hidden small count reads, everywhere (text, CSV, chart). */
export const HIDDEN = `<${MIN_SHOWN}`;

/** A shown count in a language's grouping, with Latin digits so figures match the CSV. */
export function formatCount(lang: Language, n: Shown): string {
  return n === null ? HIDDEN : new Intl.NumberFormat(`${lang}-u-nu-latn`).format(n);
}

/** A rate as a whole percent, written the language's way ("45%", "%45", "45 %"). */
export function formatRate(t: Translator, lang: Language, rate: number): string {
  return t.t(lang, 'report-percent', { value: String(Math.round(rate * 100)) });
}

/** The report's time, in the language's words, in UTC. */
export function formatWhen(lang: Language, at: Date): string {
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at);
}

/** A plan's title in a language, falling back to English, then to its id. */
export function planTitle(titles: Record<string, string>, lang: Language, planId: string): string {
  return titles[lang] ?? titles.en ?? planId;
}
