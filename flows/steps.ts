import type { FlowIO } from '../src/core/flow/flow-io.js';
import type { FollowerCatchUp, FollowerStore } from '../src/core/ports.js';
import { DEFAULT_TIMEZONE, TIMEZONES, timezoneIdOf, zoneOf } from '../src/core/timezones.js';
import { LANGUAGES, type Language } from '../src/core/types.js';
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

/** Asks when reminders should reach them (their time zone), suggesting one from their language. */
export async function askTimezone(
  io: FlowIO,
  deps: FollowerFlowDeps,
  followerId: string,
  key: string,
  current?: string,
): Promise<string> {
  const suggested = (current && timezoneIdOf(current)) || DEFAULT_TIMEZONE[io.language];
  const ordered = [...TIMEZONES].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const id = await io.choose(
    key,
    ordered.map((t) => ({ id: t.id, label: io.t(`tz-${t.id}`) })),
    { columns: 2 },
  );
  const zone = zoneOf(id);
  await io.effect('save-timezone', async () => {
    await deps.followers.update(followerId, { timezone: zone });
    return null;
  });
  return zone;
}

/** "Uyghurs, Palestine" in the reader's language. */
export function topicList(io: FlowIO, topics: readonly string[]): string {
  return topics.map((t) => io.t(`topic-${t}`)).join(io.language === 'ar' || io.language === 'ur' ? '، ' : ', ');
}
