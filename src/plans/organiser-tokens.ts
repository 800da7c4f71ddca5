import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressVault } from '../privacy/address-vault.js';

/** Organisers' personal CLI tokens, kept only as keyed hashes. Implemented in src/db. */
export interface OrganiserTokenStore {
  /** Replaces an organiser's token hash when they ask for a new token with /clitoken (the old one stops working). */
  replace(organiserKey: string, tokenHash: string, at: Date): Promise<void>;
  /** The organiser's current token hash, when the plan CLI checks a token; null if they never asked for one. */
  tokenHashOf(organiserKey: string): Promise<string | null>;
}

/** Why the plan CLI will not act for an organiser. */
export class OrganiserAuthError extends Error {
  override name = 'OrganiserAuthError';
  constructor(readonly reason: 'not_organiser' | 'no_token' | 'wrong_token') {
    super(
      reason === 'not_organiser'
        ? '--as <id> is required and must be an organiser (ADMIN_TELEGRAM_IDS or added as one)'
        : reason === 'no_token'
          ? 'a personal token is required: --token <token> or ORGANISER_TOKEN (send /clitoken to the bot to get one)'
          : 'that token is not the one this organiser got from /clitoken',
    );
  }
}

/**
 * Personal tokens that let the plan CLI act for one organiser: issued in chat, shown once, kept
 * as a keyed hash bound to the organiser, so knowing someone's Telegram id is not enough.
 */
export class OrganiserTokens {
  constructor(
    private readonly store: OrganiserTokenStore,
    private readonly vault: AddressVault,
  ) {}

  /** A new token for this organiser (by organiser key); only its hash is kept, the old token stops working. */
  async issue(organiserKey: string, now = new Date()): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.store.replace(organiserKey, this.vault.tokenHash(organiserKey, token), now);
    return token;
  }

  /** True when `token` is the one this organiser was last issued. */
  async verify(organiserKey: string, token: string): Promise<boolean> {
    const stored = await this.store.tokenHashOf(organiserKey);
    if (!stored) return false;
    const given = Buffer.from(this.vault.tokenHash(organiserKey, token));
    const kept = Buffer.from(stored);
    return given.length === kept.length && timingSafeEqual(given, kept);
  }
}

/**
 * What the plan CLI checks before acting as an organiser: `as` is one of the organisers and
 * `token` is their own. Returns their organiser key; throws OrganiserAuthError otherwise.
 */
export async function authoriseOrganiser(
  tokens: OrganiserTokens,
  /** Who may act: the app's organiser check (database and ADMIN_TELEGRAM_IDS), or a fixed list. */
  organisers: readonly string[] | ((telegramUserId: string) => Promise<boolean>),
  keyOf: (telegramUserId: string) => string,
  as: string | undefined,
  token: string | undefined,
): Promise<string> {
  const allowed = !!as && (typeof organisers === 'function' ? await organisers(as) : organisers.includes(as));
  if (!allowed) throw new OrganiserAuthError('not_organiser');
  // Copied from a right-to-left /clitoken message, a token carries the invisible isolation marks
  // the catalogue puts around values there: they are not part of it.
  const clean = token?.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (!clean) throw new OrganiserAuthError('no_token');
  const key = keyOf(as);
  if (!(await tokens.verify(key, clean))) throw new OrganiserAuthError('wrong_token');
  return key;
}
