import type { Language } from '../core/types.js';
import type { SealedAddress } from '../privacy/address-vault.js';

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

/** What a new influencer is stored with: an owner already sealed, or an invite to claim one. */
export interface NewInfluencer {
  code: string;
  displayName: string;
  language: Language;
  owner: SealedAddress | null;
  inviteCode: string | null;
  createdAt: Date;
}

/** The subscriptions an influencer can turn on and off. */
export type Subscription = 'weeklyReport' | 'planSummaries';

/**
 * Influencers (audiences with an owner), as the influencer feature needs them. Owners are passed
 * and looked up sealed or hashed (see AddressVault): the store never sees a chat id in clear.
 */
export interface InfluencerStore {
  /** Registers an audience; false when the code is taken (a unique insert decides between racing callers). */
  insert(influencer: NewInfluencer): Promise<boolean>;
  /** One influencer by join code, for reports and commands that name one. */
  get(code: string): Promise<Influencer | null>;
  /** Every influencer by code, for /influencer list and the CLI. */
  list(): Promise<Influencer[]>;
  /** Replaces an influencer's invite (the old one stops working); false for an unknown code. */
  setInvite(code: string, invite: string): Promise<boolean>;
  /** Sets the chat that receives an influencer's reports (and drops the invite); false for an unknown code. */
  setOwner(code: string, owner: SealedAddress, language?: Language): Promise<boolean>;
  /**
   * Gives the audience an invite is for to this owner, once: only one caller ever wins an invite,
   * even racing in several processes. Null when the invite is unknown or already used.
   */
  claimInvite(invite: string, owner: SealedAddress, language: Language): Promise<Influencer | null>;
  /** The audiences whose reports go to this owner (by keyed hash), for /mylink, /report and help. */
  ownedBy(ownerHash: string): Promise<Influencer[]>;
  /** Turns a subscription on or off for every audience of this owner; returns how many. */
  subscribe(ownerHash: string, which: Subscription, on: boolean, now: Date): Promise<number>;
  /** Claimed influencers subscribed to something, for the weekly job and the broadcast-finished hook. */
  subscribed(which: Subscription): Promise<Influencer[]>;
  /** Claims the weekly report after `previous` for one influencer; true for exactly one caller across processes. */
  claimWeekly(code: string, previous: Date | null, now: Date): Promise<boolean>;
}
