import { stringify } from 'yaml';
import { z } from 'zod';
import type { TextReading } from '../src/core/flow/flow-io.js';
import { normaliseDigits } from '../src/core/flow/parse-answer.js';
import { PLAN_ID } from '../src/plans/plan-schema.js';

/**
 * Reading what a member types while drafting a plan, with the plan schema's own bounds, and
 * turning the draft into the YAML an organiser would write: the draft is proposed as that YAML,
 * so it meets exactly the validation, approvals and quorum of any other proposal.
 */

/** A task as the member drafted it. */
export interface DraftTask {
  title: string;
  how: string;
  link: string | null;
  minutes: number;
  /** Who vetted it, and where; null: the forum itself (the member drafting it). */
  source: { vettedBy: string; url: string | null } | null;
}

/** A whole draft, plain data. */
export interface Draft {
  topics: string[];
  id: string;
  title: string;
  why: string;
  tasks: DraftTask[];
  /** "2026-12-31", or null for a plan without an end date. */
  endsAt: string | null;
}

/** The bounds of the plan schema (src/plans/plan-schema.ts), per field. */
export const BOUNDS = {
  title: { min: 3, max: 120 },
  why: { min: 3, max: 600 },
  taskTitle: { min: 3, max: 120 },
  how: { min: 3, max: 1500 },
  vettedBy: { min: 2, max: 120 },
  minutes: { min: 1, max: 600 },
} as const;

/** Longest link kept (a link longer than this is a pasted mistake). */
const MAX_LINK = 500;

/** Text of `min` to `max` characters (after trimming), or the re-prompt saying which bound it missed. */
export function readLength(bounds: { min: number; max: number }): (text: string) => TextReading {
  return (text): TextReading => {
    const value = text.trim();
    const count = [...value].length;
    if (count > bounds.max) return { retry: 'draft-too-long', vars: { max: bounds.max, count } };
    if (count < bounds.min) return { retry: 'draft-too-short', vars: { min: bounds.min } };
    return { value };
  };
}

/** A plan id as plan files take them ("uyghur-2026-12"), lower-cased. */
export function readPlanId(text: string): TextReading {
  const value = text.trim().toLowerCase();
  return PLAN_ID.test(value) ? { value } : { retry: 'draft-retry-id' };
}

/** An id suggested from the title: its words as a slug, else "plan-2026-12-02" (for a title in another script). */
export function suggestPlanId(title: string, today: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 24) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, 24);
  const withMonth = `${slug}-${today.slice(0, 7)}`;
  if (PLAN_ID.test(withMonth)) return withMonth;
  return `plan-${today}`;
}

const httpsUrl = z.url({ protocol: /^https$/ });
const anyWebUrl = z.url({ protocol: /^https?$/ });

/** A task's link: https only, as the plan schema demands. */
export function readTaskLink(text: string): TextReading {
  const value = text.trim();
  if (value.length > MAX_LINK) return { retry: 'draft-too-long', vars: { max: MAX_LINK, count: [...value].length } };
  return httpsUrl.safeParse(value).success && /^https:\/\//i.test(value) ? { value } : { retry: 'draft-retry-link' };
}

/** Minutes a task takes: a whole number from 1 to 600, in any digits ("١٠" too). */
export function readMinutes(text: string): TextReading {
  const value = normaliseDigits(text).trim().replace(/\s*(min|mins|minutes|dk|dakika|minit)\.?$/i, '');
  if (!/^\d{1,4}$/.test(value)) return { retry: 'draft-retry-minutes' };
  const n = Number(value);
  return n >= BOUNDS.minutes.min && n <= BOUNDS.minutes.max ? { value: String(n) } : { retry: 'draft-retry-minutes' };
}

/** Who vetted a task, optionally with a link anywhere in the text ("Amnesty report https://…"). */
export function readSource(text: string): TextReading {
  const trimmed = text.trim();
  const url = /https?:\/\/\S+/i.exec(trimmed)?.[0];
  if (url && (url.length > MAX_LINK || !anyWebUrl.safeParse(url).success)) return { retry: 'draft-retry-source-link' };
  const name = (url ? trimmed.replace(url, ' ') : trimmed).replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
  const count = [...name].length;
  if (count > BOUNDS.vettedBy.max) return { retry: 'draft-too-long', vars: { max: BOUNDS.vettedBy.max, count } };
  if (count < BOUNDS.vettedBy.min) return { retry: 'draft-retry-source' };
  return { value: JSON.stringify({ vettedBy: name, url: url ?? null }) };
}

/** The source readSource kept. */
export function sourceOf(value: string): { vettedBy: string; url: string | null } {
  return JSON.parse(value) as { vettedBy: string; url: string | null };
}

/** An end date after `today` ("2026-12-31", also "31.12.2026" or "31/12/2026"), as YYYY-MM-DD. */
export function readEndDate(today: string): (text: string) => TextReading {
  return (text): TextReading => {
    const t = normaliseDigits(text).trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    if (!ymd) {
      m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
      ymd = m ? [Number(m[3]), Number(m[2]), Number(m[1])] : null;
    }
    if (!ymd) return { retry: 'draft-retry-date' };
    const [y, mo, d] = ymd;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { retry: 'draft-retry-date' };
    const value = date.toISOString().slice(0, 10);
    if (value <= today) return { retry: 'draft-retry-date-past' };
    return { value };
  };
}

/**
 * The plan file the draft stands for, in YAML, written in `language` only (English: plans
 * need it, it is every follower's fallback). Sources the member left out are the forum's own,
 * vetted on the day the draft began.
 */
export function draftYaml(draft: Draft, opts: { language: string; today: string; forumName: string }): string {
  const tasks = draft.tasks.map((t) => ({
    title: t.title,
    how: t.how,
    ...(t.link ? { link: t.link } : {}),
    minutes: t.minutes,
    source: {
      vettedBy: t.source?.vettedBy ?? opts.forumName,
      ...(t.source?.url ? { url: t.source.url } : {}),
      date: opts.today,
    },
  }));
  return stringify({
    id: draft.id,
    topics: draft.topics,
    ...(draft.endsAt ? { endsAt: draft.endsAt } : {}),
    content: { [opts.language]: { title: draft.title, why: draft.why, tasks } },
  });
}
