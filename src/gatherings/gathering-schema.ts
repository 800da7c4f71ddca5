import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseStartTime } from './gathering-time.js';

/** Gathering ids: `g_` and 8 hex digits. The underscore keeps them apart from plan ids (slugs of [a-z0-9-]). */
export const GATHERING_ID = /^g_[0-9a-f]{8}$/;

/** A gathering that starts sooner than this after it is announced leaves followers no time. */
export const MIN_NOTICE_MS = 15 * 60_000;
/** Nor is one announced more than a year ahead. */
export const MAX_AHEAD_MS = 366 * 24 * 3_600_000;

const guests = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((g) => g.trim()).filter(Boolean) : v),
  z.array(z.string().trim().min(2, 'each guest needs a name of 2 characters or more').max(80, 'a guest name is 80 characters at most')).max(10, 'at most 10 guests'),
);

/** What an organiser or influencer writes to announce a gathering (YAML, or `key: value` lines). */
export const gatheringInputSchema = z.object({
  cause: z.string({ error: 'cause is needed: one of the forum’s causes, e.g. uyghur' }).trim().toLowerCase(),
  starts: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString() : v),
    z.string({ error: 'starts is needed, e.g. 2026-12-05 18:00 Asia/Riyadh or 2026-12-05T18:00+03:00' }).transform((s, ctx) => {
      const at = parseStartTime(s);
      if (!at) ctx.addIssue({ code: 'custom', message: `starts "${s}" is not a time: write 2026-12-05 18:00 Asia/Riyadh (a date, a time and a zone) or 2026-12-05T18:00+03:00` });
      return at ?? new Date(NaN);
    }),
  ),
  link: z.url({ protocol: /^https$/, error: 'link must be an https:// address' }).max(300),
  title: z.string({ error: 'title is needed' }).trim().min(3, 'title needs 3 characters or more').max(120, 'title is 120 characters at most'),
  guests: guests.default([]),
  minutes: z.coerce.number({ error: 'minutes must be a number' }).int().min(10, 'minutes: 10 at least').max(600, 'minutes: 600 at most').default(60),
  /** An influencer who owns several audiences names the one it is for. */
  audience: z.string().trim().toLowerCase().optional(),
});

export type GatheringInput = z.output<typeof gatheringInputSchema>;

/**
 * Reads an announcement: YAML (or the same as plain `key: value` lines), checked against the
 * forum's causes and the clock. Every problem is listed at once, worded for the person typing.
 */
export function parseGatheringInput(text: string, topics: readonly string[], now: Date): { ok: true; input: GatheringInput } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch {
    return { ok: false, errors: ['each line should be "key: value" (cause, starts, link, title, guests, minutes)'] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: ['each line should be "key: value" (cause, starts, link, title, guests, minutes)'] };
  const parsed = gatheringInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => i.message) };
  const input = parsed.data;
  const errors: string[] = [];
  if (!topics.includes(input.cause)) errors.push(`cause "${input.cause}" is not one of the forum’s causes: ${topics.join(', ')}`);
  const ms = input.starts.getTime() - now.getTime();
  if (ms < MIN_NOTICE_MS) errors.push('starts must be at least 15 minutes from now');
  else if (ms > MAX_AHEAD_MS) errors.push('starts must be within a year');
  return errors.length ? { ok: false, errors } : { ok: true, input };
}
