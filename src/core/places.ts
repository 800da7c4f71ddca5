import { normaliseDigits } from './flow/parse-answer.js';
import { PLACES } from './places-table.js';
import type { Language } from './types.js';

/**
 * Folds a place name for matching in any script: digits to ASCII, accents and Arabic marks
 * dropped, Turkish dotless i as i, the Arabic, Persian and Urdu forms of the same letter made
 * one (ي ى ی, ك ک, ه ہ ھ ة), punctuation and hyphens as spaces, lower case.
 */
export function foldPlace(text: string): string {
  return normaliseDigits(text)
    .normalize('NFD')
    // Latin accents and Arabic diacritics only: a Bengali vowel sign is part of the word.
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[يىی]/g, 'ي')
    .replace(/[کك]/g, 'ك')
    .replace(/[ہھۀة]/g, 'ه')
    .replace(/\u0640/g, '')
    .replace(/[’'`´]/g, '')
    .replace(/[\s\-_.,،;:!?؟।()«»"“”/]+/g, ' ')
    .trim();
}

/** Folded name → IANA zone; names that would mean two zones are left out (Arabic عمان: Amman or Oman). */
function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  // Every IANA zone by its city ("Sydney", "Buenos Aires"), then the curated table over it.
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const key = foldPlace(zone.split('/').pop()!);
    if (zone.includes('/') && !zone.startsWith('Etc/') && !index.has(key)) index.set(key, zone);
  }
  const curated = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const place of PLACES) {
    for (const name of Object.values(place.names).flatMap((list) => list.split(','))) {
      const key = foldPlace(name);
      if (curated.has(key) && curated.get(key) !== place.zone) ambiguous.add(key);
      if (key) curated.set(key, place.zone);
    }
  }
  for (const [key, zone] of curated) {
    if (ambiguous.has(key)) index.delete(key);
    else index.set(key, zone);
  }
  return index;
}

let index: Map<string, string> | undefined;

/** Half-hour and 45-minute offsets, by a zone that keeps them (there is no Etc zone for them). */
const ODD_OFFSETS: Record<string, string> = {
  '-9:30': 'Pacific/Marquesas',
  '-3:30': 'America/St_Johns',
  '3:30': 'Asia/Tehran',
  '4:30': 'Asia/Kabul',
  '5:30': 'Asia/Kolkata',
  '5:45': 'Asia/Kathmandu',
  '6:30': 'Asia/Yangon',
  '8:45': 'Australia/Eucla',
  '9:30': 'Australia/Darwin',
  '10:30': 'Australia/Lord_Howe',
  '12:45': 'Pacific/Chatham',
};

/**
 * A UTC offset as a zone: "UTC+3", "GMT -5", "+5:30", "+0530", "13", "utc". Whole hours give
 * Etc/GMT∓N (note the POSIX sign: UTC+3 is Etc/GMT-3), which keeps no summer time.
 */
export function zoneFromOffset(text: string): string | undefined {
  const folded = normaliseDigits(text).toLowerCase().replace(/[−–]/g, '-').replace(/\s+/g, '');
  if (folded === 'utc' || folded === 'gmt' || folded === 'utc0' || folded === 'gmt0') return 'Etc/UTC';
  const m = /^(?:utc|gmt)?([+-]?)(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(folded);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (minutes === 0) {
    if (sign * hours < -12 || sign * hours > 14) return undefined;
    if (hours === 0) return 'Etc/UTC';
    return `Etc/GMT${sign > 0 ? '-' : '+'}${hours}`;
  }
  return ODD_OFFSETS[`${sign < 0 ? '-' : ''}${hours}:${String(minutes).padStart(2, '0')}`];
}

/**
 * The IANA zone a typed answer names: a city or country in any of the UI languages, an IANA id
 * ("Asia/Dhaka"), or a UTC offset. Undefined when nothing matches.
 */
export function zoneFromPlace(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 80) return undefined;
  const offset = zoneFromOffset(trimmed);
  if (offset) return offset;
  if (/^[A-Za-z_]+\/[A-Za-z_/-]+$/.test(trimmed) && isZone(trimmed)) return trimmed;
  index ??= buildIndex();
  return index.get(foldPlace(trimmed));
}

/** Whether Intl knows a zone id. */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone's name for the reader: the curated place's first name in their language (English
 * when it has none there), "UTC+3" for an offset, else the IANA city ("Lima").
 */
export function placeName(zone: string, lang: Language): string {
  const place = PLACES.find((p) => p.zone === zone);
  const names = place?.names[lang] ?? place?.names.en;
  if (names) return names.split(',')[0]!.trim();
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (etc) return `UTC${etc[1] === '-' ? '+' : '-'}${etc[2]}`;
  if (zone === 'Etc/UTC' || zone === 'UTC') return 'UTC';
  return zone.split('/').pop()!.replace(/_/g, ' ');
}
