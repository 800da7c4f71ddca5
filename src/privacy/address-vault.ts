import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { AddressSealer, SealedAddress } from '../core/ports.js';
import type { ChannelName } from '../core/types.js';

export type { SealedAddress };
export { logTag } from '../core/log-tag.js';

/**
 * Seals chat ids so that the database alone reveals nobody: a leaked dump holds neither
 * chat ids nor phone numbers, and the lookup hash cannot be reversed without the key.
 */
export class AddressVault implements AddressSealer {
  readonly #hashKey: Buffer;
  readonly #ownerKey: Buffer;
  readonly #encKey: Buffer;
  readonly #tokenKey: Buffer;

  /**
   * `key` is 32 random bytes; sub-keys are derived so that hash and cipher never share one, and
   * so that an influencer's owner hash shares nothing with their follower hash.
   */
  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('AddressVault needs a 32-byte key');
    this.#hashKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'address-hash', 32));
    this.#ownerKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'owner-hash', 32));
    this.#encKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'address-seal', 32));
    this.#tokenKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'organiser-token', 32));
  }

  /** The keyed hash kept of an organiser's CLI token, bound to that organiser's key. */
  tokenHash(organiserKey: string, token: string): string {
    return createHmac('sha256', this.#tokenKey).update(`${organiserKey}\n${token}`).digest('base64url');
  }

  /**
   * The lookup hash of a chat as an influencer's owner: under its own sub-key, so a dump cannot
   * match an owner to the same chat's follower record.
   */
  ownerHash(chatId: string): string {
    return createHmac('sha256', this.#ownerKey).update(`telegram-owner:${chatId}`).digest('base64url');
  }

  /** Owner hash and encrypted copy of a Telegram chat, for storing who receives an influencer's reports. */
  sealOwner(chatId: string): SealedAddress {
    return { hash: this.ownerHash(chatId), sealed: this.#encrypt('telegram', chatId) };
  }

  /** The lookup hash for a chat id on a channel. */
  hash(channel: ChannelName, chatId: string): string {
    return createHmac('sha256', this.#hashKey).update(`${channel}:${chatId}`).digest('base64url');
  }

  /** Hash and encrypted copy, for storing a new follower. */
  seal(channel: ChannelName, chatId: string): SealedAddress {
    return { hash: this.hash(channel, chatId), sealed: this.#encrypt(channel, chatId) };
  }

  /** AES-GCM under a fresh IV, so two seals of one chat id never look alike. */
  #encrypt(channel: ChannelName, chatId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#encKey, iv);
    cipher.setAAD(Buffer.from(channel));
    const body = Buffer.concat([cipher.update(chatId, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  /** Opens a sealed chat id; throws if it was tampered with or sealed under another key. */
  open(channel: ChannelName, sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !tag || !body) throw new Error('malformed sealed address');
    const decipher = createDecipheriv('aes-256-gcm', this.#encKey, iv);
    decipher.setAAD(Buffer.from(channel));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
