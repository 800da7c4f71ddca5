import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPLAY_OPS } from '../src/core/flow/flow-runner.js';
import { TelegramHarness } from './support/telegram-harness.js';

let h: TelegramHarness;
beforeAll(async () => {
  h = await TelegramHarness.start('onboarding');
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
  await h.app.db.Audience.create({ code: 'sister_amina', displayName: 'Sister Amina', createdAt: new Date() });
});
afterAll(() => h.close());

async function onboard(chatId: number, code?: string) {
  const u = h.user(chatId);
  await u.start(code);
  await u.tap('English');
  await u.tap('Palestine');
  await u.tap('Done');
  await u.tap('London');
  return u;
}

describe('joining by a link', () => {
  it('a follower who joins by a link with a topic preset is attributed and onboarded', async () => {
    const u = h.user(1001);
    await u.start('abuali-uyghur');
    expect(u.texts()[0]).toContain('welcome');
    expect(u.buttons()).toEqual(['العربية', 'English', 'اردو', 'Türkçe', 'Bahasa Indonesia', 'Bahasa Melayu', 'Français', 'ئۇيغۇرچە', 'বাংলা']);
    await u.tap('English');
    expect(u.buttons()).toContain('✅ Uyghurs');
    expect(u.buttons()).toContain('▫️ Palestine');
    await u.tap('Palestine');
    expect(u.buttons()).toContain('✅ Palestine');
    // The toggles edit the same message rather than sending new ones.
    expect(u.last().edits).toBe(1);
    await u.tap('Done');
    await u.tap('London');
    const texts = u.texts().join('\n');
    expect(texts).toContain('Your privacy');
    expect(u.last().text).toContain('All set');
    expect(u.last().text).toContain('Uyghurs, Palestine');
    const f = await h.follower(1001);
    expect(f).toMatchObject({ audience: 'abuali', language: 'en', topics: ['uyghur', 'palestine'], status: 'active' });
    expect(f!.timezone).toBe('Europe/London');
  });

  it('a follower with no code is counted as direct and nothing is pre-ticked', async () => {
    const u = h.user(1002);
    await u.start();
    await u.tap('English');
    expect(u.buttons().filter((b) => b.startsWith('✅'))).toEqual([]);
    await u.tap('Done');
    expect(u.last().text).toContain('at least one');
    await u.tap('Sudan');
    await u.tap('Done');
    await u.tap('Karachi');
    expect((await h.follower(1002))).toMatchObject({ audience: 'direct', topics: ['sudan'], timezone: 'Asia/Karachi' });
  });

  it.each([
    ['an unknown code', 'nobody_knows_me'],
    ['a code that is too long', 'a'.repeat(80)],
    ['a code with odd characters', '$where:1'],
    ['an operator-like code', '{"$gt":""}'],
  ])('%s still onboards the follower as direct, with no error shown', async (_what, code) => {
    const chatId = 1100 + Math.floor(Math.random() * 800);
    const u = h.user(chatId);
    await u.start(code);
    expect(u.texts().join('\n')).not.toMatch(/error|wrong|invalid/i);
    expect(u.buttons()).toContain('English');
    expect((await h.follower(chatId))?.audience).toBe('direct');
  });

  it('a topic alone as the code pre-ticks it', async () => {
    const u = h.user(1003);
    await u.start('palestine');
    await u.tap('English');
    expect(u.buttons()).toContain('✅ Palestine');
  });

  it('joining again through another link keeps the first attribution and records the later one', async () => {
    await onboard(1004, 'abuali');
    const u = h.user(1004);
    await u.start('sister_amina');
    expect(u.last().text).toContain('Welcome back');
    const f = await h.follower(1004);
    expect(f!.audience).toBe('abuali');
    const joins = await h.app.db.Join.find({ followerId: f!.id }).lean();
    expect(joins.map((j) => j.audience).sort()).toEqual(['abuali', 'sister_amina']);
    // Tapping the same link twice records it once.
    await u.start('sister_amina');
    expect(await h.app.db.Join.countDocuments({ followerId: f!.id })).toBe(2);
  });

  it('a second link with a topic adds that topic for an existing follower', async () => {
    await onboard(1005);
    const u = h.user(1005);
    await u.start('abuali-uyghur');
    expect(u.last().text).toContain('added Uyghurs');
    expect((await h.follower(1005))!.topics).toEqual(['palestine', 'uyghur']);
  });

  it('a double /start makes one follower', async () => {
    const u = h.user(1006);
    await Promise.all([u.start('abuali'), u.start('abuali')]);
    const hash = h.app.vault.hash('telegram', '1006');
    expect(await h.app.db.Follower.countDocuments({ addressHash: hash })).toBe(1);
  });
});

describe('the onboarding flow', () => {
  it('speaks the client language first and switches to the picked one', async () => {
    const u = h.user(2001, 'ar');
    await u.start();
    expect(u.texts()[0]).toMatch(/[\u0600-\u06FF]/);
    await u.tap('العربية');
    expect(u.last().text).toMatch(/[\u0600-\u06FF]/);
    expect((await h.follower(2001))!.language).toBe('ar');
  });

  it('accepts typed numbers in any script for a choice', async () => {
    const u = h.user(2002);
    await u.start();
    await u.send('2'); // English
    expect(u.last().text).toContain('Which causes');
    await u.send('1 ٣'); // Uyghurs and Sudan, with an Arabic-Indic 3
    expect(u.last().text).toContain('Where are you');
    expect((await h.follower(2002))!.topics).toEqual(['uyghur', 'sudan']);
  });

  it('random text where a button was expected gets a kind re-prompt and loses nothing', async () => {
    const u = h.user(2003);
    await u.start();
    await u.tap('English');
    await u.send('what is this?');
    expect(u.last().text).toContain("didn't catch that");
    await u.send('x'.repeat(4000));
    expect(u.last().text).toContain("didn't catch that");
    await u.send('{"$ne": null}');
    expect(u.last().text).toContain("didn't catch that");
    await u.tap('Uyghurs');
    await u.tap('Done');
    expect(u.last().text).toContain('Where are you');
  });

  it('a stale button gets a short notice and changes nothing', async () => {
    const u = h.user(2004);
    await u.start();
    const languageMessage = u.messages().find((m) => m.reply_markup)!;
    await u.tap('English');
    await u.tap('Français', languageMessage);
    expect(u.notices().at(-1)).toContain('no longer active');
    expect((await h.follower(2004))!.language).toBe('en');
    // Forged or ancient callback data is treated the same way.
    await u.tapData('garbage-without-bar');
    await u.tapData('zzzz|uyghur');
    expect(u.notices().at(-1)).toContain('no longer active');
    await u.tap('Sudan');
    await u.tap('Done');
    expect(u.last().text).toContain('Where are you');
  });

  it('a restart in the middle of onboarding resumes where it was', async () => {
    const u = h.user(2005);
    await u.start('abuali');
    await u.tap('English');
    await u.tap('Uyghurs');
    await h.boot(); // a new process: new app, new bot, same database
    await u.tap('Sudan');
    await u.tap('Done');
    await u.tap('Jakarta');
    expect(await h.follower(2005)).toMatchObject({ status: 'active', topics: ['uyghur', 'sudan'], timezone: 'Asia/Jakarta' });
    // Nothing was sent twice across the restart.
    const welcomes = u.texts().filter((t) => t.includes('welcome'));
    expect(welcomes).toHaveLength(1);
  });

  it('a flood of junk replies cannot grow the conversation without bound', async () => {
    const u = h.user(2007);
    await u.start();
    for (let i = 0; i < 220; i++) await u.send(`junk ${i}`);
    const state = await h.app.db.FlowState.findById((await h.follower(2007))!.id).lean<{ replay: { send: unknown[] } }>();
    expect(state!.replay.send.length).toBeLessThanOrEqual(MAX_REPLAY_OPS);
    // And the flow still works.
    await u.send('2');
    expect(u.last().text).toContain('Which causes');
  }, 60_000);

  it('a sticker or photo without text gets a reply', async () => {
    const u = h.user(2006);
    await onboard(2006);
    const before = u.messages().length;
    await u.send('');
    expect(u.messages().length).toBe(before + 1);
    expect(u.last().text).toContain('/help');
  });
});

describe('privacy of what is stored', () => {
  it('keeps no chat id, name or username in clear', async () => {
    await onboard(987654321);
    const raw = await h.app.db.Follower.findOne({ addressHash: h.app.vault.hash('telegram', '987654321') }).lean();
    const dump = JSON.stringify(raw);
    expect(dump).not.toContain('987654321');
    expect(dump).not.toContain('Test');
    expect(h.app.vault.open('telegram', raw!.addressSealed)).toBe('987654321');
  });
});
