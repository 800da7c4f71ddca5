import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldCounters } from './support/counters.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { FakeBotApiWithFiles } from './reports-fake-api.js';

const ORG = 900001;
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('influencers', { organisers: [ORG], api: new FakeBotApiWithFiles() });
});
afterAll(() => h.close());

const isPng = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).subarray(0, 8).toString('hex') === '89504e470d0a1a0a';

describe('registering influencers in chat', () => {
  it('an organiser registers one and gets a one-time invite the influencer claims', async () => {
    const org = h.user(ORG);
    await org.send('/influencer add Hamza_1 Hamza Yusuf');
    expect(org.texts().at(-2)).toContain('Hamza Yusuf is registered with the join code hamza_1');
    const invite = /\/claim ([A-Z0-9]{10})/.exec(org.last().text)?.[1];
    expect(invite).toBeDefined();

    const hamza = h.user(7001);
    await hamza.send(`/claim ${invite!.toLowerCase()}`);
    expect(hamza.last().text).toContain('Welcome, Hamza Yusuf! Your join code is hamza_1');
    const stored = await h.app.db.Audience.findOne({ code: 'hamza_1' }).lean<{ ownerHash: string; ownerSealed: string; inviteCode: null }>();
    // The chat id is kept only as a hash and a sealed copy.
    expect(stored!.ownerHash).toBe(h.app.vault.ownerHash('7001'));
    expect(JSON.stringify(stored)).not.toContain('7001');
    expect(stored!.inviteCode).toBeNull();

    const other = h.user(7002);
    await other.send(`/claim ${invite}`);
    expect(other.last().text).toContain("isn't valid, or it was already used");
  });

  it('a registration with a Telegram id needs no invite; bad arguments are explained', async () => {
    const org = h.user(ORG);
    await org.send('/influencer add maryam 7003 Maryam');
    expect(org.last().text).toContain('Their reports will go to the Telegram account you gave');
    await org.send('/influencer add maryam Someone Else');
    expect(org.last().text).toContain('“maryam” is already taken');
    await org.send('/influencer add uyghur Not A Code');
    expect(org.last().text).toContain('“uyghur” is already taken');
    await org.send('/influencer add x! Y');
    expect(org.last().text).toContain('a join code is 2-40 letters');
    await org.send('/influencer list');
    expect(org.last().text).toContain('hamza_1 — Hamza Yusuf · reports go to their account');
    expect(org.last().text).toContain('maryam — Maryam · reports go to their account');
  });

  it('a chat that is both a follower and an influencer shares no hash between its follower and audience records', async () => {
    const org = h.user(ORG);
    await org.send('/influencer add both_1 Both Ways');
    const invite = /\/claim ([A-Z0-9]{10})/.exec(org.last().text)![1]!;
    const both = await h.onboard(7070);
    await both.send(`/claim ${invite}`);
    expect(both.last().text).toContain('Welcome, Both Ways!');
    const follower = await h.app.db.Follower.findOne({ addressHash: h.app.vault.hash('telegram', '7070') }).lean();
    const audience = await h.app.db.Audience.findOne({ code: 'both_1' }).lean();
    expect(follower).not.toBeNull();
    const strings = (doc: unknown): string[] =>
      doc && typeof doc === 'object' ? Object.values(doc).flatMap(strings) : typeof doc === 'string' && doc.length >= 16 ? [doc] : [];
    const shared = strings(follower).filter((v) => strings(audience).includes(v));
    expect(shared).toEqual([]);
    // Still theirs: /mylink finds the audience by the owner hash.
    await both.send('/mylink');
    expect(both.texts().join('\n')).toContain('both_1');
  });

  it('an owner stored under the old follower-style hash is found once and re-stored under the owner hash', async () => {
    await h.app.db.Audience.create({
      code: 'legacy_1',
      displayName: 'Legacy',
      language: 'en',
      ownerHash: h.app.vault.hash('telegram', '7071'),
      ownerSealed: h.app.vault.seal('telegram', '7071').sealed,
      inviteCode: null,
      createdAt: new Date(),
    });
    await h.user(7071).send('/mylink');
    expect(h.user(7071).texts().join('\n')).toContain('legacy_1');
    const stored = await h.app.db.Audience.findOne({ code: 'legacy_1' }).lean<{ ownerHash: string }>();
    expect(stored!.ownerHash).toBe(h.app.vault.ownerHash('7071'));
  });

  it('only organisers may register influencers', async () => {
    const u = h.user(7050);
    await u.send('/influencer add sneaky Sneaky');
    expect(u.last().text).toContain("for the Forum's organisers");
    expect(await h.app.db.Audience.countDocuments({ code: 'sneaky' })).toBe(0);
  });
});

describe('/mylink', () => {
  it('gives Telegram and WhatsApp links, one per cause, and a QR code of each', async () => {
    const maryam = h.user(7003);
    const before = maryam.messages().length;
    await maryam.send('/mylink');
    const fresh = maryam.messages().slice(before);
    const text = fresh[0]!.text;
    expect(text).toContain('Telegram: https://t.me/forum_test_bot?start=maryam');
    expect(text).toContain('WhatsApp: https://wa.me/447700900123?text=join%20maryam');
    expect(text).toContain('Uyghurs: https://t.me/forum_test_bot?start=maryam-uyghur');
    expect(text).toContain('Sudan: https://t.me/forum_test_bot?start=maryam-sudan');
    const photos = fresh.filter((m) => m.kind === 'photo');
    expect(photos.map((p) => p.file!.filename)).toEqual(['join-telegram-maryam.png', 'join-whatsapp-maryam.png']);
    expect(photos.every((p) => isPng(p.file!.bytes))).toBe(true);
  });

  it('/mylink <cause> gives that cause’s links and QR codes', async () => {
    const maryam = h.user(7003);
    const before = maryam.messages().length;
    await maryam.send('/mylink sudan');
    const fresh = maryam.messages().slice(before);
    expect(fresh[0]!.text).toContain('Telegram: https://t.me/forum_test_bot?start=maryam-sudan');
    expect(fresh.filter((m) => m.kind === 'photo').map((p) => p.file!.filename)).toContain('join-telegram-maryam-sudan.png');
    await maryam.send('/mylink atlantis');
    expect(maryam.last().text).toContain('I don\'t know the cause “atlantis”');
  });

  it('a join link brings followers into that audience', async () => {
    await h.onboard(7100, { code: 'maryam-sudan', topics: ['sudan'] });
    expect((await h.follower(7100))!.audience).toBe('maryam');
    await foldCounters(h.app.db);
    expect(await h.app.db.JoinDay.countDocuments({ audience: 'maryam' })).toBe(1);
  });

  it('is refused to someone who is not an influencer', async () => {
    const u = h.user(7051);
    await u.send('/mylink');
    expect(u.last().text).toContain('ask an organiser for an invite code');
  });

  it('speaks the influencer’s language', async () => {
    const ar = h.user(7060, 'ar');
    const org = h.user(ORG);
    await org.send('/influencer add amr 7060 عمرو');
    await ar.send('/weekly on');
    expect(ar.last().text).toContain('سيصلك تقرير الوصول كل أسبوع');
    await ar.send('/weekly maybe');
    expect(ar.last().text).toContain('/weekly on');
  });
});
