import { z } from 'zod';
import { AUDIENCE_CODE_RULE, isValidAudienceCode } from '../core/join-code.js';
import { INVITE_CODE } from './invite-code.js';

/** A join code as organisers choose it: the one rule in src/core/join-code.ts (lower-cased first). */
export const audienceCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isValidAudienceCode, `a join code is ${AUDIENCE_CODE_RULE}`);

/** A Telegram user id (digits). */
export const telegramUserId = z.string().regex(/^\d{1,20}$/, 'a Telegram user id is digits only');

/** `/influencer add <code> [telegram user id] <display name>` */
export const addArgs = z.object({
  code: audienceCode,
  owner: telegramUserId.optional(),
  displayName: z.string().trim().min(2, 'the display name needs at least 2 characters').max(60, 'the display name is at most 60 characters'),
});

/** `/claim <invite>`: forgiving about case and spaces. */
export const inviteArg = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(INVITE_CODE, 'an invite is 10 letters and digits'));

/** `/weekly on|off`, `/summaries on|off` */
export const onOffArg = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['on', 'off']));

/** `/report [code|forum] [csv]` in any order. */
export const reportArgs = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.split(/\s+/).filter(Boolean))
  .pipe(z.array(z.string()).max(2))
  .transform((words) => ({
    csv: words.includes('csv'),
    code: words.find((w) => w !== 'csv') ?? null,
  }))
  .pipe(z.object({ csv: z.boolean(), code: z.union([z.literal('forum'), audienceCode]).nullable() }));

/** Splits `add abuali 1234 Abu Ali` into the fields of `addArgs` (the id is optional). */
export function splitAddArgs(words: string[]): { code?: string; owner?: string; displayName: string } {
  const [code, maybeOwner, ...rest] = words;
  const hasOwner = maybeOwner !== undefined && /^\d+$/.test(maybeOwner);
  return {
    code,
    owner: hasOwner ? maybeOwner : undefined,
    displayName: (hasOwner ? rest : [maybeOwner ?? '', ...rest]).join(' '),
  };
}

/** One line per problem, for a reply. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `• ${i.message}`).join('\n');
}
