import { DEFAULT_TIMEZONE, zoneOf } from '../core/timezones.js';
import type { Language } from '../core/types.js';

/** An IANA zone this runtime knows (e.g. Asia/Riyadh), or UTC. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s clock is ahead of UTC at `at`, in ms. */
function offsetAt(at: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(at / 1000) * 1000;
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})\s+([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2})$/;

/**
 * A start time as organisers write it: ISO with its offset ("2026-12-05T18:00+03:00",
 * "2026-12-05T15:00Z"), or a local date and time with its IANA zone ("2026-12-05 18:00
 * Asia/Riyadh"). Null for anything else, a zone the runtime does not know, or a local time that
 * does not exist there (skipped by a DST change).
 */
export function parseStartTime(text: string): Date | null {
  const t = text.trim();
  if (WITH_OFFSET.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = WITH_ZONE.exec(t);
  if (!m) return null;
  const zone = m[6]!;
  if (!isTimeZone(zone)) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null;
  // The wall time less the zone's offset, then once more at that instant (a DST change in between).
  let at = wall - offsetAt(wall, zone);
  at = wall - offsetAt(at, zone);
  return offsetAt(at, zone) + at === wall ? new Date(at) : null;
}

/** The zone to show times in: the follower's own, or their language's usual one. */
export function zoneFor(lang: Language, timezone: string | undefined): string {
  return timezone && isTimeZone(timezone) ? timezone : zoneOf(DEFAULT_TIMEZONE[lang]);
}

/**
 * "Saturday 5 December, 18:00 GMT+3": the day and time in the reader's language and zone, with
 * the zone's offset so nobody wonders whose evening it is. Western digits, as the reports write them.
 */
export function formatGatheringTime(lang: Language, at: Date, timezone: string | undefined): string {
  const timeZone = zoneFor(lang, timezone);
  const locale = `${lang === 'en' ? 'en-GB' : lang}-u-nu-latn`;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);
}
