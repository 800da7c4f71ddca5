/** A join code as Telegram allows it in a deep link: 1-64 of A-Z a-z 0-9 _ -. */
const JOIN_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** What a join code asks for, before we know whether the audience exists. */
export interface ParsedJoinCode {
  /** Candidate audience codes, best first (lower-cased). */
  audiences: string[];
  /** A topic to pre-tick, if the code carried one. */
  topic: string | null;
}

/**
 * Reads `abuali`, `abuali-uyghur` or `uyghur` (a topic alone). Anything malformed, too long or
 * odd yields no audience (the follower is counted as "direct"), never an error.
 */
export function parseJoinCode(raw: string | undefined, topics: readonly string[]): ParsedJoinCode {
  const code = (raw ?? '').trim();
  if (!JOIN_CODE.test(code)) return { audiences: [], topic: null };
  const lower = code.toLowerCase();
  if (topics.includes(lower)) return { audiences: [lower], topic: lower };
  const dash = lower.lastIndexOf('-');
  if (dash > 0) {
    const suffix = lower.slice(dash + 1);
    if (topics.includes(suffix)) return { audiences: [lower, lower.slice(0, dash)], topic: suffix };
  }
  return { audiences: [lower], topic: null };
}

/**
 * The one rule for an influencer's code, wherever one is registered (chat, CLI) or read back (a
 * report button): 2-40 of a-z 0-9 _, typed in any case and kept in lower case. README.md states
 * this rule; the wider JOIN_CODE above only bounds what a link may carry (code, '-', topic).
 */
export const AUDIENCE_CODE = /^[a-z0-9_]{2,40}$/;

/** The rule in words, for the message that refuses a code. */
export const AUDIENCE_CODE_RULE = '2-40 letters a-z, digits or _';

/** Whether a string could be an audience code we hand out. */
export function isValidAudienceCode(code: string): boolean {
  return AUDIENCE_CODE.test(code);
}
