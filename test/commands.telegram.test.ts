import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramHarness, type TelegramUser } from './support/telegram-harness.js';

let h: TelegramHarness;
let next = 3000;
beforeAll(async () => {
  h = await TelegramHarness.start('commands');
  await h.app.db.Audience.create({ code: 'abuali', displayName: 'Abu Ali', createdAt: new Date() });
});
afterAll(() => h.close());

async function onboarded(): Promise<TelegramUser> {
  const u = h.user(next++);
  await u.start('abuali-uyghur');
  await u.tap('English');
  await u.tap('Done');
  await u.tap('London');
  return u;
}

describe('follower commands', () => {
  it('/help lists the commands', async () => {
    const u = await onboarded();
    await u.send('/help');
    for (const c of ['/plans', '/topics', '/language', '/timezone', '/privacy', '/stop', '/forget']) {
      expect(u.last().text).toContain(c);
    }
  });

  it('/privacy says what is kept and how to leave', async () => {
    const u = await onboarded();
    await u.send('/privacy');
    expect(u.last().text).toContain('What I keep');
    expect(u.last().text).toContain('/forget');
  });

  it('/privacy and /help answer even someone who never joined, without storing them', async () => {
    const u = h.user(next++);
    await u.send('/privacy');
    await u.send('/help');
    expect(u.texts()).toHaveLength(2);
    expect(await h.follower(u.chatId)).toBeNull();
  });

  it('/language switches the language', async () => {
    const u = await onboarded();
    await u.send('/language');
    await u.tap('Français');
    expect((await h.follower(u.chatId))!.language).toBe('fr');
    await u.send('/help');
    expect(u.last().text).not.toContain("Here's what I can do");
  });

  it('/topics shows current topics ticked and saves the change', async () => {
    const u = await onboarded();
    await u.send('/topics');
    expect(u.buttons()).toContain('✅ Uyghurs');
    await u.tap('Uyghurs');
    await u.tap('Palestine');
    await u.tap('Done');
    expect(u.last().text).toContain('You follow: Palestine');
    expect((await h.follower(u.chatId))!.topics).toEqual(['palestine']);
  });

  it('/timezone changes when reminders arrive', async () => {
    const u = await onboarded();
    await u.send('/timezone');
    expect(u.buttons()[0]).toContain('London'); // the current one is offered first
    await u.tap('Dhaka');
    expect((await h.follower(u.chatId))!.timezone).toBe('Asia/Dhaka');
  });

  it('/stop keeps the follower as opted out, and /start brings them back', async () => {
    const u = await onboarded();
    await u.send('/stop');
    expect(u.last().text).toContain("won't receive");
    expect((await h.follower(u.chatId))!.status).toBe('opted_out');
    await u.send('hello?');
    expect(u.last().text).toContain('/start');
    await u.start();
    expect(u.last().text).toContain('Welcome back');
    expect((await h.follower(u.chatId))!.status).toBe('active');
  });

  it('/forget asks first, and "No" keeps everything', async () => {
    const u = await onboarded();
    await u.send('/forget');
    expect(u.last().text).toContain('cannot be undone');
    await u.tap('No');
    expect(u.last().text).toContain('Nothing was erased');
    expect(await h.follower(u.chatId)).not.toBeNull();
  });

  it('/forget then "Yes" leaves nothing of the follower behind', async () => {
    const u = await onboarded();
    const f = (await h.follower(u.chatId))!;
    await u.start('abuali'); // a second join record
    await u.send('/forget');
    await u.tap('Yes');
    expect(u.last().text).toContain('erased');
    expect(await h.follower(u.chatId)).toBeNull();
    for (const name of await h.conn.db!.listCollections().toArray()) {
      const coll = h.conn.db!.collection(name.name);
      const hits = await coll.countDocuments({ $or: [{ followerId: f.id }, { _id: f.id as never }, { addressHash: f.addressHash }] });
      const hitsOid = await coll.countDocuments({ followerId: new (await import('mongoose')).Types.ObjectId(f.id) });
      expect(hits + hitsOid, `collection ${name.name}`).toBe(0);
    }
  });

  it('/forget from someone unknown says nothing is stored', async () => {
    const u = h.user(next++);
    await u.send('/forget');
    expect(u.last().text).toContain("don't have anything");
  });

  it('an unknown command gets a friendly reply', async () => {
    const u = await onboarded();
    await u.send('/dance');
    expect(u.last().text).toContain("don't know that command");
  });

  it('free text outside a flow gets a friendly pointer to /help', async () => {
    const u = await onboarded();
    await u.send('I signed the petition!');
    expect(u.last().text).toContain('/help');
  });

  it('a command in the middle of onboarding does not lose the flow', async () => {
    const u = h.user(next++);
    await u.start();
    await u.tap('English');
    await u.send('/help');
    await u.tap('Sudan');
    await u.tap('Done');
    expect(u.last().text).toContain('Where are you');
  });

  it('a failing Bot API call gets an apology and the next try works', async () => {
    const u = await onboarded();
    h.api.failNext('editMessageText', { code: 400, description: "Bad Request: message can't be edited" });
    await u.send('/topics');
    await u.tap('Sudan');
    expect(u.last().text).toContain('went wrong');
    await u.tap('Sudan');
    await u.tap('Done');
    expect((await h.follower(u.chatId))!.topics).toContain('sudan');
  });

  it('a 429 during a conversation is retried after retry_after', async () => {
    const u = await onboarded();
    h.api.failNext('sendMessage', { code: 429, retry_after: 1 });
    const started = Date.now();
    await u.send('/help');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(u.last().text).toContain('/plans');
  });
});
