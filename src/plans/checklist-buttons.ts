import { z } from 'zod';
import { MAX_TASKS, PLAN_ID } from './plan-schema.js';

/**
 * The checklist's buttons on the wire: the choice token is `p.<planId>`, each option one of
 * `t<n>+` (tick task n), `t<n>-` (untick it), `pledge`, `src` (sources). Buttons already
 * sent carry this format, so it must not change. Telegram joins them as `token|option` (64 bytes).
 */

/** Choice-token prefix of every plan message's buttons. */
export const PLAN_TOKEN_PREFIX = 'p.';

/** What a checklist button asks for. */
export type ChecklistAction = { kind: 'tick' | 'untick'; task: number } | { kind: 'pledge' } | { kind: 'sources' };

/** A decoded tap: which plan, and what to do with it. */
export interface ChecklistTap {
  planId: string;
  action: ChecklistAction;
}

const planId = z.string().regex(PLAN_ID);
const taskOption = z
  .string()
  .regex(/^t[1-9]\d?[+-]$/)
  .transform((id) => ({ kind: id.endsWith('+') ? ('tick' as const) : ('untick' as const), task: Number(id.slice(1, -1)) }))
  .pipe(z.object({ kind: z.enum(['tick', 'untick']), task: z.number().int().min(1).max(MAX_TASKS) }));
const option = z.union([
  taskOption,
  z.literal('pledge').transform((): ChecklistAction => ({ kind: 'pledge' })),
  z.literal('src').transform((): ChecklistAction => ({ kind: 'sources' })),
]);

/** The choice token of a plan's message. */
export function planToken(id: string): string {
  return `${PLAN_TOKEN_PREFIX}${id}`;
}

/** The option id of one button. */
export function encodeChecklistOption(action: ChecklistAction): string {
  switch (action.kind) {
    case 'tick':
      return `t${action.task}+`;
    case 'untick':
      return `t${action.task}-`;
    case 'pledge':
      return 'pledge';
    case 'sources':
      return 'src';
  }
}

/** Reads a tap back; null for anything this family never sent (forged, stale, oversized). */
export function decodeChecklistTap(token: string, optionId: string): ChecklistTap | null {
  if (!token.startsWith(PLAN_TOKEN_PREFIX)) return null;
  const id = planId.safeParse(token.slice(PLAN_TOKEN_PREFIX.length));
  const action = option.safeParse(optionId);
  if (!id.success || !action.success) return null;
  return { planId: id.data, action: action.data };
}
