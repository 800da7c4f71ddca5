import type { ChannelName, Follower, FollowerStatus, Language } from './types.js';

/** A follower's address as we keep it: a lookup hash and an encrypted copy for sending. */
export interface SealedAddress {
  /** Keyed hash of channel and chat id: equality lookups, no way back. */
  hash: string;
  /** The chat id encrypted; only the bot, holding the key, can open it. */
  sealed: string;
}

/**
 * Seals chat ids so the database alone reveals nobody (src/privacy/address-vault.ts). The core
 * hashes an inbound chat to find its follower and seals it to store a new one.
 */
export interface AddressSealer {
  /** The lookup hash for a chat id on a channel. */
  hash(channel: ChannelName, chatId: string): string;
  /** Hash and encrypted copy, for storing a new follower. */
  seal(channel: ChannelName, chatId: string): SealedAddress;
  /** Opens a sealed chat id, only to send to it; throws if it was tampered with. */
  open(channel: ChannelName, sealed: string): string;
}

/** What changes on a follower through flows and commands. */
export interface FollowerPatch {
  language?: Language;
  topics?: string[];
  timezone?: string;
  status?: FollowerStatus;
  blocked?: boolean;
  onboardedAt?: Date | null;
  optedOutAt?: Date | null;
}

/** Followers, by their keyed address hash. Returns plain data. */
export interface FollowerStore {
  findByHash(hash: string): Promise<Follower | null>;
  findById(id: string): Promise<Follower | null>;
  /**
   * Finds the follower at this address or creates them, atomically (unique address hash), so a
   * double /start or two processes never make two followers. The first audience sticks.
   */
  ensure(input: {
    channel: ChannelName;
    address: SealedAddress;
    language: Language;
    timezone: string;
    audience: string;
    at: Date;
  }): Promise<{ follower: Follower; created: boolean }>;
  /** Records that they joined by an audience's link; false if that link was already recorded. */
  recordJoin(followerId: string, audience: string, at: Date): Promise<boolean>;
  update(id: string, patch: FollowerPatch): Promise<Follower | null>;
  /** Erases the follower and everything recorded about them. */
  erase(id: string): Promise<void>;
}

/** An influencer's audience, named by its join code. */
export interface Audience {
  code: string;
  displayName: string;
  language: Language;
}

export interface AudienceStore {
  findByCode(code: string): Promise<Audience | null>;
}

/**
 * Catching a follower up on the plans already out, when they become eligible (onboarding done,
 * a cause added, back from /stop). Implemented by src/plans/catch-up.ts.
 */
export interface FollowerCatchUp {
  /** Records that they are owed the open plans (durable), before the change that makes them eligible. */
  intend(followerId: string): Promise<void>;
  /** Sends what they are owed now; anything left is sent by a later run of the catch-up job. */
  run(followerId: string): Promise<void>;
}
