import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../src/plans/organiser-commands.js';
import { authoriseOrganiser, OrganiserAuthError } from '../src/plans/organiser-tokens.js';
import { TelegramHarness } from './support/telegram-harness.js';

const ORG_A = 900101;
const ORG_B = 900102;
const ORGANISERS = [String(ORG_A), String(ORG_B)];
let h: TelegramHarness;

beforeAll(async () => {
  h = await TelegramHarness.start('org_tokens', { organisers: [ORG_A, ORG_B] });
});
afterAll(() => h.close());

/** What the plan CLI does before acting as `as` with `token`. */
const authorise = (as: string | undefined, token: string | undefined) =>
  authoriseOrganiser(h.app.organiserTokens, ORGANISERS, (id) => organiserKey(h.app.vault, id), as, token);

/** Asks the bot for a token in chat and reads it from the reply. */
async function tokenFor(chatId: number): Promise<string> {
  const user = h.user(chatId);
  await user.send('/clitoken');
  const token = /ORGANISER_TOKEN=(\S+)/.exec(user.last().text)?.[1];
  expect(token).toBeDefined();
  return token!;
}

const refusal = (p: Promise<unknown>) => p.then(() => 'accepted', (err: unknown) => (err instanceof OrganiserAuthError ? err.reason : String(err)));

describe('acting as an organiser from the plan CLI', () => {
  it('needs that organiser’s own token from /clitoken: a missing, wrong or other organiser’s token is refused', async () => {
    const tokenA = await tokenFor(ORG_A);
    const tokenB = await tokenFor(ORG_B);
    expect(await refusal(authorise(String(ORG_A), undefined))).toBe('no_token');
    expect(await refusal(authorise(String(ORG_A), 'not-a-token'))).toBe('wrong_token');
    // B's token does not let anyone act as A, nor an outsider act at all.
    expect(await refusal(authorise(String(ORG_A), tokenB))).toBe('wrong_token');
    expect(await refusal(authorise('123', tokenA))).toBe('not_organiser');
    expect(await authorise(String(ORG_A), tokenA)).toBe(organiserKey(h.app.vault, String(ORG_A)));
    expect(await authorise(String(ORG_B), tokenB)).toBe(organiserKey(h.app.vault, String(ORG_B)));
  });

  it('keeps only a keyed hash of the token, and a new /clitoken replaces the old one', async () => {
    const first = await tokenFor(ORG_A);
    const second = await tokenFor(ORG_A);
    const stored = await h.app.db.OrganiserToken.find({}).lean();
    expect(JSON.stringify(stored)).not.toContain(second);
    expect(JSON.stringify(stored)).not.toContain(String(ORG_A));
    expect(await refusal(authorise(String(ORG_A), first))).toBe('wrong_token');
    expect(await refusal(authorise(String(ORG_A), second))).toBe('accepted');
  });

  it('the Arabic message shows the token with no direction marks, and one copied with marks is still accepted', async () => {
    const user = h.user(ORG_B, 'ar');
    await user.send('/clitoken');
    const copied = user.last().text.split('\n')[1]!;
    expect(copied).not.toMatch(/[\u200e\u200f\u2066-\u2069]/);
    expect(await authorise(String(ORG_B), copied)).toBe(organiserKey(h.app.vault, String(ORG_B)));
    expect(await authorise(String(ORG_B), `\u200f\u2068${copied}\u2069`)).toBe(organiserKey(h.app.vault, String(ORG_B)));
  });

  it('/clitoken is refused to someone who is not an organiser, and gives them nothing', async () => {
    const before = await h.app.db.OrganiserToken.countDocuments();
    const outsider = h.user(7777);
    await outsider.send('/clitoken');
    expect(outsider.last().text).toContain("for the Forum's organisers");
    expect(outsider.last().text).not.toContain('ORGANISER_TOKEN');
    expect(await h.app.db.OrganiserToken.countDocuments()).toBe(before);
  });
});
