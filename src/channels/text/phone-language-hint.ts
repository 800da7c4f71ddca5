import type { Language } from '../../core/types.js';

/** Country calling codes whose people most likely read one of our languages. Longest first. */
const CALLING_CODES: Record<Language, string[]> = {
  ar: ['966', '971', '974', '965', '973', '968', '962', '961', '963', '964', '967', '970', '212', '213', '216', '218', '249', '222', '20'],
  ur: ['92'],
  tr: ['90'],
  id: ['62'],
  ms: ['60', '673'],
  fr: ['33', '221', '223', '225', '226', '227'],
  en: [],
  // Uyghurs have no calling code of their own; most abroad have a Turkish or Central Asian number.
  ug: [],
  bn: ['880'],
};

const BY_CALLING_CODE: { code: string; lang: Language }[] = Object.entries(CALLING_CODES)
  .flatMap(([lang, codes]) => codes.map((code) => ({ code, lang: lang as Language })))
  .sort((a, b) => b.code.length - a.code.length);

/**
 * A first guess at a new follower's language from the calling code of their phone number
 * (international digits, no "+"), for channels that tell us nothing else: used only until
 * they pick one in onboarding, and never kept.
 */
export function languageHintFromPhoneNumber(digits: string): Language | undefined {
  return BY_CALLING_CODE.find((c) => digits.startsWith(c.code))?.lang;
}
