import type { FlowIO } from '../src/core/flow/flow-io.js';
import type { FollowerCatchUp, FollowerStore } from '../src/core/ports.js';
import { placeName, zoneFromPlace } from '../src/core/places.js';
import { DEFAULT_TIMEZONE, TIMEZONES, timezoneIdOf, zoneOf } from '../src/core/timezones.js';
import { LANGUAGES, RTL_LANGUAGES, type Language } from '../src/core/types.js';
import { LANGUAGE_NAMES } from '../src/i18n/translator.js';

/** What the follower flows need from the rest of the bot. */
export interface FollowerFlowDeps {
  followers: FollowerStore;
  /** The forum's topic ids, in menu order. */
  topics: readonly string[];
  /** Sends the plans already out to someone who just became eligible (none when not given). */
  catchUp?: FollowerCatchUp;
}

/** Asks for a language (each named in its own script), saves it and switches the prompts to it. */
export async function askLanguage(io: FlowIO, deps: FollowerFlowDeps, followerId: string, key: string): Promise<Language> {
  const lang = await io.choose(
    key,
    LANGUAGES.map((l) => ({ id: l, label: LANGUAGE_NAMES[l] })),
    { columns: 2 },
  );
  io.setLanguage(lang);
  await io.effect('save-language', async () => {
    await deps.followers.update(followerId, { language: lang });
    return null;
  });
  return lang;
}

/** Topic labels in the reader's language. */
export function topicLabels(io: FlowIO, topics: readonly string[]): { id: string; label: string }[] {
  return topics.map((id) => ({ id, label: io.t(`topic-${id}`) }));
}

/** Asks which topics they follow (toggles, pre-ticked with `preselected`) and saves them. */
export async function askTopics(
  io: FlowIO,
  deps: FollowerFlowDeps,
  followerId: string,
  key: string,
  preselected: string[],
): Promise<string[]> {
  const topics = await io.chooseMany(key, topicLabels(io, deps.topics), { preselected, min: 1 });
  await io.effect('save-topics', async () => {
    await deps.followers.update(followerId, { topics });
    return null;
  });
  return topics;
}

/** The option that leads to typing a city, a country or a UTC offset. */
export const OTHER_PLACE = '_other';

/**
 * Asks when reminders should reach them (their time zone), suggesting one from their language.
 * The short list ends with "another place": a city or country in any UI language, or a UTC
 * offset, typed then. A place typed straight at the list ("Sydney") is understood too.
 */
export async function askTimezone(
  io: FlowIO,
  deps: FollowerFlowDeps,
  followerId: string,
  key: string,
  current?: string,
): Promise<string> {
  const suggested = (current && timezoneIdOf(current)) || DEFAULT_TIMEZONE[io.language];
  const ordered = [...TIMEZONES].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const options = ordered.map((t) => ({ id: t.id as string, label: io.t(`tz-${t.id}`) }));
  const id = await io.choose(key, [...options, { id: OTHER_PLACE, label: io.t('tz-other') }], { columns: 2, orTyped: zoneFromPlace });
  const zone = id !== OTHER_PLACE ? (isShortListId(id) ? zoneOf(id) : id) : await io.ask('tz-ask-place', zoneFromPlace, { retry: 'tz-place-unknown' });
  await io.effect('save-timezone', async () => {
    await deps.followers.update(followerId, { timezone: zone });
    return null;
  });
  return zone;
}

function isShortListId(id: string): boolean {
  return TIMEZONES.some((t) => t.id === id);
}

/** A zone's name for the reader: the short list's own name, else the place's or "UTC+3". */
export function timezoneName(io: FlowIO, zone: string): string {
  const id = timezoneIdOf(zone);
  return id ? io.t(`tz-${id}`) : placeName(zone, io.language);
}

/** "Uyghurs, Palestine" in the reader's language. */
export function topicList(io: FlowIO, topics: readonly string[]): string {
  return topics.map((t) => io.t(`topic-${t}`)).join(RTL_LANGUAGES.has(io.language) ? '، ' : ', ');
}
