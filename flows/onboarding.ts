import type { Flow } from '../src/core/flow/flow-io.js';
import { LANGUAGE_NAMES } from '../src/i18n/translator.js';
import { askLanguage, askTimezone, askTopics, timezoneName, topicList, type FollowerFlowDeps } from './steps.js';

export interface OnboardingArgs {
  followerId: string;
  /** Topics to pre-tick (from the join link). */
  preset: string[];
}

/**
 * A new follower's first minute: language, topics, reminder time, the privacy notice, then a
 * summary of what they chose and what happens next.
 */
export function onboardingFlow(deps: FollowerFlowDeps): Flow<OnboardingArgs> {
  return async (io, { followerId, preset }) => {
    await io.say('onboarding-welcome');
    const lang = await askLanguage(io, deps, followerId, 'onboarding-pick-language');
    const topics = await askTopics(io, deps, followerId, 'onboarding-pick-topics', preset);
    const zone = await askTimezone(io, deps, followerId, 'onboarding-pick-timezone');
    await io.say('onboarding-privacy');
    await io.effect('complete', async () => {
      // The intent first: a restart after the follower is active still owes them the open plans.
      await deps.catchUp?.intend(followerId);
      await deps.followers.update(followerId, { status: 'active', onboardedAt: new Date() });
      return null;
    });
    await io.say('onboarding-summary', {
      language: LANGUAGE_NAMES[lang],
      topics: topicList(io, topics),
      timezone: timezoneName(io, zone),
    });
    await io.effect('catch-up', async () => {
      await deps.catchUp?.run(followerId);
      return null;
    });
  };
}
