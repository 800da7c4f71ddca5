import type { Language } from './types.js';

/**
 * Time zones offered for reminders: few enough to fit a menu, covering where the forum's
 * followers mostly live. The locale key `tz-<id>` names each in the reader's language.
 */
export const TIMEZONES = [
  { id: 'london', zone: 'Europe/London' },
  { id: 'paris', zone: 'Europe/Paris' },
  { id: 'istanbul', zone: 'Europe/Istanbul' },
  { id: 'cairo', zone: 'Africa/Cairo' },
  { id: 'riyadh', zone: 'Asia/Riyadh' },
  { id: 'dubai', zone: 'Asia/Dubai' },
  { id: 'karachi', zone: 'Asia/Karachi' },
  { id: 'delhi', zone: 'Asia/Kolkata' },
  { id: 'dhaka', zone: 'Asia/Dhaka' },
  { id: 'jakarta', zone: 'Asia/Jakarta' },
  { id: 'kuala_lumpur', zone: 'Asia/Kuala_Lumpur' },
  { id: 'new_york', zone: 'America/New_York' },
] as const;

export type TimezoneId = (typeof TIMEZONES)[number]['id'];

/** A guess from the language alone, used until the follower says otherwise. */
export const DEFAULT_TIMEZONE: Record<Language, TimezoneId> = {
  ar: 'riyadh',
  en: 'london',
  ur: 'karachi',
  tr: 'istanbul',
  id: 'jakarta',
  ms: 'kuala_lumpur',
  fr: 'paris',
  // Most Uyghurs who can reach the bot live abroad, Türkiye first; "another place" covers the rest.
  ug: 'istanbul',
  bn: 'dhaka',
};

export function zoneOf(id: string): string {
  return TIMEZONES.find((t) => t.id === id)?.zone ?? 'UTC';
}

export function timezoneIdOf(zone: string): TimezoneId | undefined {
  return TIMEZONES.find((t) => t.zone === zone)?.id;
}
