import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../src/core/bidi.js';
import { placeName, zoneFromOffset, zoneFromPlace } from '../src/core/places.js';
import { PLACES } from '../src/core/places-table.js';
import { LANGUAGES } from '../src/core/types.js';
import { loadTranslator } from '../src/i18n/translator.js';

const translator = loadTranslator(fileURLToPath(new URL('../locales', import.meta.url)));

describe('"another place": a city, a country or an offset, typed in any UI language', () => {
  it.each([
    ['Casablanca', 'Africa/Casablanca'],
    ['الدار البيضاء', 'Africa/Casablanca'],
    ['KAZABLANKA', 'Africa/Casablanca'],
    ['Maroc', 'Africa/Casablanca'],
    ['lagos', 'Africa/Lagos'],
    ['Nigéria', 'Africa/Lagos'],
    ['Nairobi', 'Africa/Nairobi'],
    ['تہران', 'Asia/Tehran'],
    ['Téhéran', 'Asia/Tehran'],
    ['ঢাকা', 'Asia/Dhaka'],
    ['কক্সবাজার', 'Asia/Dhaka'],
    ['ئۈرۈمچى', 'Asia/Urumqi'],
    ['Doğu Türkistan', 'Asia/Urumqi'],
    ['Jayapura', 'Asia/Jayapura'],
    ['WITA', 'Asia/Makassar'],
    ['Bali', 'Asia/Makassar'],
    ['مكة المكرمة', 'Asia/Riyadh'],
    ['Sydney', 'Australia/Sydney'],
    ['Lima', 'America/Lima'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['Montréal', 'America/Toronto'],
    ['لاہور', 'Asia/Karachi'],
    ['Asia/Dhaka', 'Asia/Dhaka'],
  ])('%s is %s', (typed, zone) => {
    expect(zoneFromPlace(typed)).toBe(zone);
  });

  it('reads UTC offsets, in any digits, with the POSIX sign of Etc zones', () => {
    expect(zoneFromOffset('UTC+3')).toBe('Etc/GMT-3');
    expect(zoneFromOffset('gmt -5')).toBe('Etc/GMT+5');
    expect(zoneFromOffset('−4')).toBe('Etc/GMT+4');
    expect(zoneFromOffset('13')).toBe('Etc/GMT-13');
    expect(zoneFromOffset('+5:30')).toBe('Asia/Kolkata');
    expect(zoneFromOffset('+0545')).toBe('Asia/Kathmandu');
    expect(zoneFromOffset('+٥:٣٠')).toBe('Asia/Kolkata');
    expect(zoneFromOffset('+৬')).toBe('Etc/GMT-6');
    expect(zoneFromOffset('UTC')).toBe('Etc/UTC');
    expect(zoneFromOffset('+15')).toBeUndefined();
    expect(zoneFromOffset('+5:20')).toBeUndefined();
  });

  it('leaves out what it cannot place, and names that mean two places', () => {
    expect(zoneFromPlace('Atlantis')).toBeUndefined();
    expect(zoneFromPlace('')).toBeUndefined();
    // عمان is both Amman (UTC+3) and Oman (UTC+4) in Arabic: neither is guessed.
    expect(zoneFromPlace('عمان')).toBeUndefined();
    expect(zoneFromPlace('مسقط')).toBe('Asia/Muscat');
  });

  it('every zone in the table is one Intl knows, and every place is findable by each of its names', () => {
    for (const place of PLACES) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: place.zone }), place.zone).not.toThrow();
      expect(zoneFromPlace(place.names.en!.split(',')[0]!), place.zone).toBe(place.zone);
    }
  });

  it('covers a zone where each of the nine languages is spoken', () => {
    const zones = new Set(PLACES.map((p) => p.zone));
    for (const z of ['Africa/Casablanca', 'Africa/Lagos', 'Africa/Nairobi', 'Asia/Tehran', 'Asia/Dhaka', 'Asia/Jayapura', 'Asia/Makassar', 'Asia/Urumqi', 'Asia/Almaty', 'America/Los_Angeles', 'America/Sao_Paulo', 'America/Toronto', 'Europe/Istanbul', 'Asia/Kuching', 'Africa/Dakar', 'Asia/Yangon']) {
      expect(zones.has(z), z).toBe(true);
    }
  });

  it.each(LANGUAGES)('the examples the %s prompt gives are all understood', (lang) => {
    const prompt = stripBidiControls(translator.t(lang, 'tz-ask-place'));
    const inParens = /\(([^)]*)\)/.exec(prompt)![1]!;
    const examples = inParens.slice(inParens.lastIndexOf(':') + 1).split(/[,،]/).map((e) => e.trim());
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const e of examples) expect(zoneFromPlace(e), `${lang}: ${e}`).toBeDefined();
  });

  it('says a zone back in the reader\'s language', () => {
    expect(placeName('Africa/Cairo', 'fr')).toBe('Le Caire');
    expect(placeName('Africa/Casablanca', 'ar')).toBe('الدار البيضاء');
    expect(placeName('Asia/Dhaka', 'bn')).toBe('ঢাকা');
    expect(placeName('Africa/Juba', 'ug')).toBe('Juba');
    expect(placeName('Etc/GMT-3', 'en')).toBe('UTC+3');
    expect(placeName('Etc/GMT+5', 'en')).toBe('UTC-5');
    expect(placeName('America/Lima', 'ms')).toBe('Lima');
    expect(placeName('Pacific/Galapagos', 'en')).toBe('Galapagos');
  });
});
