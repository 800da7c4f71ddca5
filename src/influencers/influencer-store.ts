import { randomInt } from 'node:crypto';
import { DIRECT_AUDIENCE, isLanguage, type Language } from '../core/types.js';
import type { Models } from '../db/models.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { InfluencerError } from './influencer-error.js';

/** An influencer as the rest of the code sees them: their audience, never their chat id in clear. */
export interface Influencer {
  code: string;
  displayName: string;
  language: Language;
  /** Sealed Telegram chat that receives their reports, or null until someone claims it. */
  ownerSealed: string | null;
  weeklyReport: boolean;
  planSummaries: boolean;
  /** An unused invite, if one is out. */
  inviteCode: string | null;
  lastWeeklyAt: Date | null;
}

interface AudienceDoc {
  code: string;
  displayName: string;
  language?: string | null;
  ownerSealed?: string | null;
  weeklyReport?: boolean | null;
  planSummaries?: boolean | null;
  inviteCode?: string | null;
  lastWeeklyAt?: Date | null;
}

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Invite codes as handed out: 10 characters of INVITE_ALPHABET. */
export const INVITE_CODE = /^[A-HJKMNP-Z2-9]{10}$/;

function toInfluencer(doc: AudienceDoc): Influencer {
  return {
    code: doc.code,
    displayName: doc.displayName,
    language: isLanguage(doc.language) ? doc.language : 'en',
    ownerSealed: doc.ownerSealed ?? null,
    weeklyReport: Boolean(doc.weeklyReport),
    planSummaries: Boolean(doc.planSummaries),
    inviteCode: doc.inviteCode ?? null,
    lastWeeklyAt: doc.lastWeeklyAt ?? null,
  };
}

function newInviteCode(): string {
  return Array.from({ length: 10 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
}

/**
 * Influencers are audiences with an owner: the Telegram account that gets their reports, kept
 * only as a keyed hash (for lookups) and a sealed copy (to send). Codes are unique by index.
 */
export class InfluencerStore {
  constructor(
    private readonly db: Models,
    private readonly vault: AddressVault,
    private readonly topics: readonly string[],
  ) {}

  /** Registers a new influencer; with `ownerTelegramId` their reports go there at once. */
  async register(input: { code: string; displayName: string; language: Language; ownerTelegramId?: string }): Promise<Influencer> {
    const { code } = input;
    if (code === DIRECT_AUDIENCE || this.topics.includes(code)) throw new InfluencerError('code_taken', code);
    const owner = input.ownerTelegramId ? this.vault.seal('telegram', input.ownerTelegramId) : null;
    try {
      await this.db.Audience.create({
        code,
        displayName: input.displayName,
        language: input.language,
        ownerHash: owner?.hash ?? null,
        ownerSealed: owner?.sealed ?? null,
        weeklyReport: false,
        planSummaries: false,
        inviteCode: owner ? null : newInviteCode(),
        createdAt: new Date(),
      });
    } catch (err) {
      if ((err as { code?: number }).code === 11000) throw new InfluencerError('code_taken', code, { cause: err });
      throw err;
    }
    return (await this.get(code))!;
  }

  async get(code: string): Promise<Influencer | null> {
    const doc = await this.db.Audience.findOne({ code: String(code) }).lean<AudienceDoc>();
    return doc ? toInfluencer(doc) : null;
  }

  /** Every registered influencer, by code. */
  async list(): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({}).sort({ code: 1 }).lean<AudienceDoc[]>();
    return docs.map(toInfluencer);
  }

  /** A fresh one-time invite for an influencer (the old one stops working). */
  async issueInvite(code: string): Promise<string> {
    const invite = newInviteCode();
    const res = await this.db.Audience.updateOne({ code: String(code) }, { $set: { inviteCode: invite } });
    if (res.matchedCount === 0) throw new InfluencerError('unknown_code', code);
    return invite;
  }

  /** Sets who receives an influencer's reports (organisers, by Telegram user id). */
  async setOwner(code: string, telegramId: string, language?: Language): Promise<Influencer> {
    const owner = this.vault.seal('telegram', telegramId);
    const res = await this.db.Audience.updateOne(
      { code: String(code) },
      { $set: { ownerHash: owner.hash, ownerSealed: owner.sealed, inviteCode: null, ...(language ? { language } : {}) } },
    );
    if (res.matchedCount === 0) throw new InfluencerError('unknown_code', code);
    return (await this.get(code))!;
  }

  /** Claims the audience an invite is for, for this chat; null when the invite is unknown or used. */
  async claim(invite: string, chatId: string, language: Language): Promise<Influencer | null> {
    const owner = this.vault.seal('telegram', chatId);
    const doc = await this.db.Audience.findOne({ inviteCode: invite }).lean<AudienceDoc>();
    if (!doc) return null;
    // Only the request whose update still sees the invite wins it.
    const res = await this.db.Audience.updateOne(
      { code: doc.code, inviteCode: invite },
      { $set: { ownerHash: owner.hash, ownerSealed: owner.sealed, inviteCode: null, language } },
    );
    return res.modifiedCount === 1 ? this.get(doc.code) : null;
  }

  /** The audiences this Telegram chat receives reports for (equality on the indexed hash). */
  async ownedBy(chatId: string): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({ ownerHash: this.vault.hash('telegram', chatId) })
      .sort({ code: 1 })
      .lean<AudienceDoc[]>();
    return docs.map(toInfluencer);
  }

  /** Turns a subscription on or off for every audience this chat owns; returns how many. */
  async subscribe(chatId: string, which: 'weeklyReport' | 'planSummaries', on: boolean, now = new Date()): Promise<number> {
    const extra = which === 'weeklyReport' && on ? { lastWeeklyAt: now } : {};
    const res = await this.db.Audience.updateMany({ ownerHash: this.vault.hash('telegram', chatId) }, { $set: { [which]: on, ...extra } });
    return res.matchedCount;
  }

  /** Influencers subscribed to something (equality on an indexed boolean). */
  async subscribed(which: 'weeklyReport' | 'planSummaries'): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({ [which]: true }).lean<AudienceDoc[]>();
    return docs.map(toInfluencer).filter((i) => i.ownerSealed !== null);
  }

  /** Claims this week's report for an influencer; only one process's claim matches. */
  async claimWeekly(code: string, previous: Date | null, now: Date): Promise<boolean> {
    const res = await this.db.Audience.updateOne({ code, lastWeeklyAt: previous }, { $set: { lastWeeklyAt: now } });
    return res.modifiedCount === 1;
  }

  /** Opens the owner's chat id, only to send to it. */
  ownerChatId(influencer: Influencer): string | null {
    return influencer.ownerSealed ? this.vault.open('telegram', influencer.ownerSealed) : null;
  }
}
