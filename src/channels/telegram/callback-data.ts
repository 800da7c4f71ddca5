import { z } from 'zod';

/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/**
 * A button's callback data: the prompt's token, a bar, the option id ("k3Fq9w|ar", "p.plan-id|t2+").
 * Tokens are the flows' random base64url ones or a feature's prefixed ones; option ids are short
 * words. Neither may hold the bar, so the split is unambiguous.
 */
const callbackData = z
  .string()
  .refine((s) => Buffer.byteLength(s) <= CALLBACK_DATA_LIMIT, 'over 64 bytes')
  .transform((s, ctx) => {
    const m = /^([A-Za-z0-9_.-]{1,48})\|([A-Za-z0-9_+-]{1,32})$/.exec(s);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: 'not token|option' });
      return z.NEVER;
    }
    return { token: m[1]!, optionId: m[2]! };
  });

/** Joins a choice token and option id into callback data; throws if they could not be read back. */
export function encodeCallbackData(token: string, optionId: string): string {
  const data = `${token}|${optionId}`;
  const back = callbackData.safeParse(data);
  if (!back.success || back.data.token !== token || back.data.optionId !== optionId) {
    throw new Error(`callback data for token ${token.slice(0, 20)} is not encodable: ${back.success ? 'ambiguous' : back.error.issues[0]?.message}`);
  }
  return data;
}

/** Splits callback data back; anything malformed (old bots, forged taps, odd bytes) gives null. */
export function decodeCallbackData(data: string | undefined): { token: string; optionId: string } | null {
  const parsed = callbackData.safeParse(data);
  return parsed.success ? parsed.data : null;
}
