import type { Flow } from '../src/core/flow/flow-io.js';
import type { FollowerFlowDeps } from './steps.js';

export interface ForgetArgs {
  followerId: string;
}

/** /forget: erase everything about the follower, after they confirm. */
export function forgetFlow(deps: FollowerFlowDeps): Flow<ForgetArgs> {
  return async (io, { followerId }) => {
    const answer = await io.choose('forget-confirm', [
      { id: 'yes', label: io.t('forget-yes') },
      { id: 'no', label: io.t('forget-no') },
    ]);
    if (answer === 'no') {
      await io.say('forget-kept');
      return;
    }
    await io.effect('erase', async () => {
      await deps.followers.erase(followerId);
      return null;
    });
    await io.say('forget-done');
  };
}
