import type { Flow } from '../src/core/flow/flow-io.js';
import { LANGUAGE_NAMES } from '../src/i18n/translator.js';
import { askLanguage, askTimezone, askTopics, timezoneName, topicList, type FollowerFlowDeps } from './steps.js';

export interface SettingsArgs {
  followerId: string;
  /** Their current topics or time zone, shown pre-ticked. */
  current: string[];
}

/** /language: pick another language. */
export function languageFlow(deps: FollowerFlowDeps): Flow<SettingsArgs> {
  return async (io, { followerId }) => {
    const lang = await askLanguage(io, deps, followerId, 'settings-pick-language');
    await io.say('settings-language-saved', { language: LANGUAGE_NAMES[lang] });
  };
}

/** /topics: change the topics they follow. */
export function topicsFlow(deps: FollowerFlowDeps): Flow<SettingsArgs> {
  return async (io, { followerId, current }) => {
    const topics = await askTopics(io, deps, followerId, 'settings-pick-topics', current);
    await io.say('settings-topics-saved', { topics: topicList(io, topics) });
    if (!topics.some((t) => !current.includes(t))) return;
    // A cause added: the open plans for it are owed now.
    await io.effect('catch-up', async () => {
      await deps.catchUp?.intend(followerId);
      await deps.catchUp?.run(followerId);
      return null;
    });
  };
}

/** /timezone: change when reminders arrive. */
export function timezoneFlow(deps: FollowerFlowDeps): Flow<SettingsArgs> {
  return async (io, { followerId, current }) => {
    const zone = await askTimezone(io, deps, followerId, 'settings-pick-timezone', current[0]);
    await io.say('settings-timezone-saved', { timezone: timezoneName(io, zone) });
  };
}
