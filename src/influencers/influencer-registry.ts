import { DIRECT_AUDIENCE, type Language } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { InfluencerError } from './influencer-error.js';
import type { Influencer, InfluencerStore, Subscription } from './influencer-store.js';
import { newInviteCode } from './invite-code.js';

/**
 * Influencers as commands, the CLI and the notifier use them: chat ids go in and out through
 * the AddressVault here, so the store keeps only a keyed hash (for lookups) and a sealed copy
 * (to send). Join codes that are topics or the direct audience cannot be registered.
 */
export class InfluencerRegistry {
  constructor(
    private readonly store: InfluencerStore,
    private readonly vault: AddressVault,
    private readonly topics: readonly string[],
  ) {}

  /** Registers a new influencer; with `ownerTelegramId` their reports go there at once. */
  async register(input: { code: string; displayName: string; language: Language; ownerTelegramId?: string }): Promise<Influencer> {
    const { code } = input;
    if (code === DIRECT_AUDIENCE || this.topics.includes(code)) throw new InfluencerError('code_taken', code);
    const owner = input.ownerTelegramId ? this.vault.sealOwner(input.ownerTelegramId) : null;
    const made = await this.store.insert({
      code,
      displayName: input.displayName,
      language: input.language,
      owner,
      inviteCode: owner ? null : newInviteCode(),
      createdAt: new Date(),
    });
    if (!made) throw new InfluencerError('code_taken', code);
    return this.#existing(code);
  }

  /** One influencer by join code. */
  get(code: string): Promise<Influencer | null> {
    return this.store.get(code);
  }

  /** Every registered influencer, by code. */
  list(): Promise<Influencer[]> {
    return this.store.list();
  }

  /** A fresh one-time invite for an influencer (the old one stops working). */
  async issueInvite(code: string): Promise<string> {
    const invite = newInviteCode();
    if (!(await this.store.setInvite(code, invite))) throw new InfluencerError('unknown_code', code);
    return invite;
  }

  /** Sets who receives an influencer's reports (organisers, by Telegram user id). */
  async setOwner(code: string, telegramId: string, language?: Language): Promise<Influencer> {
    if (!(await this.store.setOwner(code, this.vault.sealOwner(telegramId), language))) throw new InfluencerError('unknown_code', code);
    return this.#existing(code);
  }

  /** Claims the audience an invite is for, for this chat; null when the invite is unknown or used. */
  claim(invite: string, chatId: string, language: Language): Promise<Influencer | null> {
    return this.store.claimInvite(invite, this.vault.sealOwner(chatId), language);
  }

  /**
   * The audiences this Telegram chat receives reports for. Owners stored before owner hashes had
   * their own key were hashed like followers: found by that hash once, they are re-stored under
   * the owner hash, so the link disappears the first time their owner uses the bot.
   */
  async ownedBy(chatId: string): Promise<Influencer[]> {
    const owned = await this.store.ownedBy(this.vault.ownerHash(chatId));
    if (owned.length) return owned;
    const legacy = await this.store.ownedBy(this.vault.hash('telegram', chatId));
    for (const inf of legacy) await this.store.setOwner(inf.code, this.vault.sealOwner(chatId));
    return legacy.length ? this.store.ownedBy(this.vault.ownerHash(chatId)) : [];
  }

  /** Turns a subscription on or off for every audience this chat owns; returns how many. */
  async subscribe(chatId: string, which: Subscription, on: boolean, now = new Date()): Promise<number> {
    await this.ownedBy(chatId);
    return this.store.subscribe(this.vault.ownerHash(chatId), which, on, now);
  }

  /** Influencers with an owner subscribed to something. */
  subscribed(which: Subscription): Promise<Influencer[]> {
    return this.store.subscribed(which);
  }

  /** Claims this week's report for an influencer; only one process's claim wins. */
  claimWeekly(code: string, previous: Date | null, now: Date): Promise<boolean> {
    return this.store.claimWeekly(code, previous, now);
  }

  /** Opens the owner's chat id, only to send to it. */
  ownerChatId(influencer: Influencer): string | null {
    return influencer.ownerSealed ? this.vault.open('telegram', influencer.ownerSealed) : null;
  }

  async #existing(code: string): Promise<Influencer> {
    const inf = await this.store.get(code);
    if (!inf) throw new InfluencerError('unknown_code', code);
    return inf;
  }
}
