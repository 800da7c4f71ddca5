import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEZONE, zoneOf } from '../../src/core/timezones.js';
import { DIRECT_AUDIENCE } from '../../src/core/types.js';
import { TelegramHarness } from '../support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('chat_nobody_stuck');
});
afterAll(() => h.close());

/** A follower left by a past failure: stored as onboarding, with no conversation in progress. */
async function strandedFollower(chatId: number): Promise<void> {
  const { follower } = await h.app.followers.ensure({
    channel: 'telegram',
    address: h.app.vault.seal('telegram', String(chatId)),
    language: 'en',
    timezone: zoneOf(DEFAULT_TIMEZONE.en),
    audience: DIRECT_AUDIENCE,
    at: new Date(),
  });
  expect(await h.app.db.FlowState.countDocuments({ _id: follower.id })).toBe(0);
}

const FIRST_PROMPT = 'which language would you like';

describe('nobody is ever stuck in onboarding', () => {
  it('a follower in onboarding with no conversation who says "hello" gets the onboarding’s first prompt', async () => {
    await strandedFollower(7001);
    const u = h.user(7001);
    await u.send('hello');
    expect(u.last().text).toContain(FIRST_PROMPT);
    expect(u.buttons()).toContain('English');
    // And the onboarding goes on from there to the end.
    await u.tap('English');
    await u.tap('Sudan');
    await u.tap('Done');
    await u.tap('London');
    expect(await h.follower(7001)).toMatchObject({ status: 'active', topics: ['sudan'] });
  });

  it('a follower in onboarding with no conversation who taps an old button gets the first prompt', async () => {
    await strandedFollower(7002);
    const u = h.user(7002);
    await u.tapData('oldtok|en', 5);
    expect(u.last().text).toContain(FIRST_PROMPT);
    await u.tap('English');
    expect(u.last().text).toContain('Which causes');
  });

  it('a follower whose conversation was lost mid-onboarding is started again by their next answer', async () => {
    const u = h.user(7003);
    await u.start();
    await u.tap('English');
    await h.app.db.FlowState.deleteMany({}); // as a failed write of a past run would leave it
    await u.send('2');
    expect(u.last().text).toContain(FIRST_PROMPT);
    expect(await h.follower(7003)).toMatchObject({ status: 'onboarding' });
  });
});

