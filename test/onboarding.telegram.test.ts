import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness } from './support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('onboarding');
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
});
afterAll(() => h.close());

describe('onboarding on Telegram', () => {
  it('a follower who joins by a link with a topic preset is attributed and onboarded', async () => {
    const u = h.user(1001);
    await u.start('abuali-uyghur');
    expect(u.texts()[0]).toContain('welcome');
    expect(u.buttons()).toContain('العربية');
    expect(u.buttons()).toContain('English');
    await u.tap('English');
    // The preset topic comes pre-ticked.
    expect(u.buttons()).toContain('✅ Uyghurs');
    expect(u.buttons()).toContain('▫️ Palestine');
    await u.tap('Palestine');
    expect(u.buttons()).toContain('✅ Palestine');
    await u.tap('Done');
    await u.tap('London');
    const texts = u.texts().join('\n');
    expect(texts).toContain('Your privacy');
    expect(texts).toContain('All set');
    expect(u.last().text).toContain('Uyghurs, Palestine');
    const f = await h.follower(1001);
    expect(f).toMatchObject({ audience: 'abuali', language: 'en', topics: ['uyghur', 'palestine'], status: 'active' });
    expect(f!.timezone).toBe('Europe/London');
  });
});
