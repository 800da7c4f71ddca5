import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed. */
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Invite codes as handed out: 10 characters of INVITE_ALPHABET. */
export const INVITE_CODE = /^[A-HJKMNP-Z2-9]{10}$/;

/** A fresh one-time invite code. */
export function newInviteCode(): string {
  return Array.from({ length: 10 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
}
