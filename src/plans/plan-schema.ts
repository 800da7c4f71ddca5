import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../core/types.js';

/** Plan ids travel in button data (64 bytes), so they are short slugs. */
export const PLAN_ID = /^[a-z0-9][a-z0-9-]{2,31}$/;

/** Most tasks in a plan: each is a button, and the checklist stays readable. */
export const MAX_TASKS = 10;

const source = z.object({
  vettedBy: z.string().min(2).max(120),
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: z.coerce.date({ error: 'must be a date like 2026-11-15' }),
});

const task = z.object({
  title: z.string().min(3).max(120),
  how: z.string().min(3).max(1500),
  link: z.url({ protocol: /^https$/, error: 'must be an https:// link' }).optional(),
  minutes: z.number().int().min(1).max(600),
  source,
});

const content = z.object({
  title: z.string().min(3).max(120),
  why: z.string().min(3).max(600),
  tasks: z.array(task).min(1).max(MAX_TASKS),
});

/** A plan file as organisers write it (YAML). */
export const planFileSchema = z
  .object({
    id: z.string().regex(PLAN_ID, 'lower-case letters, digits and dashes, 3-32 characters, e.g. uyghur-2026-11'),
    topics: z.array(z.string().regex(/^[a-z0-9_]{1,24}$/)).min(1),
    publishAt: z.coerce.date({ error: 'must be a date and time like 2026-12-01T18:00:00Z' }).optional(),
    endsAt: z.coerce.date({ error: 'must be a date like 2026-12-31' }).optional(),
    /** Hours after a pledge before the first reminder, and between reminders. */
    reminderAfterHours: z.number().min(1).max(24 * 30).default(48),
    content: z.partialRecord(z.enum(LANGUAGES), content).refine((c) => c.en !== undefined, {
      message: 'English (en) is required: it is the fallback for every other language',
    }),
  })
  .superRefine((plan, ctx) => {
    const n = plan.content.en?.tasks.length;
    for (const [lang, c] of Object.entries(plan.content)) {
      if (n !== undefined && c && c.tasks.length !== n) {
        ctx.addIssue({
          code: 'custom',
          path: ['content', lang, 'tasks'],
          message: `has ${c.tasks.length} tasks but English has ${n}: every language must list the same tasks`,
        });
      }
    }
    if (plan.endsAt && plan.publishAt && plan.endsAt <= plan.publishAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after publishAt' });
    }
  });

export type PlanFile = z.output<typeof planFileSchema>;
export type PlanContent = z.output<typeof content>;
export type PlanTask = z.output<typeof task>;

/** Validation result: the plan, or one line per problem with the path of the bad field. */
export type PlanParseResult = { ok: true; plan: PlanFile } | { ok: false; errors: string[] };

/** Parses and validates a plan's YAML text. Unknown topics are reported against `topics`. */
export function parsePlan(yamlText: string, knownTopics?: readonly string[]): PlanParseResult {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText, { maxAliasCount: 50 });
  } catch (err) {
    return { ok: false, errors: [`YAML: ${(err as Error).message.split('\n')[0]}`] };
  }
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`);
    // Zod skips refinements once a field is invalid; English missing is worth saying regardless.
    const content = (raw as { content?: Record<string, unknown> } | null)?.content;
    if (content && typeof content === 'object' && !('en' in content) && !errors.some((e) => e.includes('English')))
      errors.push('content.en: English (en) is required: it is the fallback for every other language');
    return { ok: false, errors };
  }
  if (knownTopics) {
    const unknown = parsed.data.topics.filter((t) => !knownTopics.includes(t));
    if (unknown.length) return { ok: false, errors: unknown.map((t) => `topics: unknown topic "${t}" (known: ${knownTopics.join(', ')})`) };
  }
  return { ok: true, plan: parsed.data };
}

/**
 * The plan's content in a language, or English with a flag saying so: when the plan has no
 * version in that language, or (`reviewedLanguages` given) when no member who speaks it has
 * approved it yet.
 */
export function contentFor(plan: Pick<PlanFile, 'content'> & { reviewedLanguages?: readonly Language[] }, lang: Language): { content: PlanContent; fallback: boolean } {
  const own = plan.content[lang];
  const held = lang !== 'en' && plan.reviewedLanguages !== undefined && !plan.reviewedLanguages.includes(lang);
  if (own && !held) return { content: own, fallback: false };
  return { content: plan.content.en!, fallback: lang !== 'en' };
}
