import type { Flow } from '../src/core/flow/flow-io.js';
import { forgetFlow } from './forget.js';
import { onboardingFlow } from './onboarding.js';
import { languageFlow, timezoneFlow, topicsFlow } from './settings.js';
import type { FollowerFlowDeps } from './steps.js';

/** Every follower flow by the name the core starts it with. */
export function followerFlows(deps: FollowerFlowDeps): Record<string, Flow<never>> {
  return {
    onboarding: onboardingFlow(deps),
    language: languageFlow(deps),
    topics: topicsFlow(deps),
    timezone: timezoneFlow(deps),
    forget: forgetFlow(deps),
  };
}
