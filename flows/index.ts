import type { Flow } from '../src/core/flow/flow-io.js';
import { draftPlanFlow, type DraftFlowDeps } from './draft-plan.js';
import { forgetFlow } from './forget.js';
import { onboardingFlow } from './onboarding.js';
import { languageFlow, timezoneFlow, topicsFlow } from './settings.js';
import type { FollowerFlowDeps } from './steps.js';
import { DRAFT_FLOW } from '../src/plans/draft-commands.js';

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

/** The forum members' flows (drafting a plan), run apart from any follower's flow. */
export function memberFlows(deps: DraftFlowDeps): Record<string, Flow<never>> {
  return { [DRAFT_FLOW]: draftPlanFlow(deps) };
}
