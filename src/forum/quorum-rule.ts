import { z } from 'zod';

/** One term of a quorum rule: a plain number of members, or a share of the organisers. */
export type QuorumTerm = { kind: 'count'; n: number } | { kind: 'share'; percent: number };

/**
 * The forum's quorum rule: the approvals a decision needs are the largest of its terms, e.g.
 * `max(3, 50%)` is "3, or half of the organisers, whichever is more". A share is of the
 * organisers who may approve now, rounded up; a decision never needs fewer than one approval.
 */
export interface QuorumRule {
  terms: QuorumTerm[];
  /** The rule as written, for /planhelp and the README. */
  text: string;
}

const TERM = /^(\d{1,3})(%?)$/;

function parseTerm(raw: string): QuorumTerm | string {
  const m = TERM.exec(raw.trim());
  if (!m) return `"${raw.trim()}" is neither a number nor a share like 50%`;
  const n = Number(m[1]);
  if (m[2]) return n >= 1 && n <= 100 ? { kind: 'share', percent: n } : `a share must be 1% to 100%, not ${n}%`;
  return n >= 1 && n <= 100 ? { kind: 'count', n } : `a number of approvals must be 1 to 100, not ${n}`;
}

/** Reads `3`, `50%` or `max(3, 50%)`; a list of problems when it is none of them. */
export function parseQuorumRule(text: string): QuorumRule | { errors: string[] } {
  const t = text.trim().toLowerCase();
  const inner = /^max\((.*)\)$/.exec(t)?.[1];
  const parts = inner !== undefined ? inner.split(',') : [t];
  const terms = parts.map(parseTerm);
  const errors = terms.filter((x): x is string => typeof x === 'string');
  if (errors.length || !terms.length) return { errors: errors.length ? errors : ['empty rule'] };
  return { terms: terms as QuorumTerm[], text: t };
}

/** A rule of one plain number (APPROVALS_REQUIRED). */
export function countRule(n: number): QuorumRule {
  return { terms: [{ kind: 'count', n }], text: String(n) };
}

/** QUORUM in the environment: a rule, checked at start. */
export const quorumRuleSchema = z.string().transform((text, ctx) => {
  const rule = parseQuorumRule(text);
  if ('errors' in rule) {
    for (const message of rule.errors) ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return rule;
});

/** Approvals the rule asks for when `organisers` members may approve. */
export function requiredApprovals(rule: QuorumRule, organisers: number): number {
  const each = rule.terms.map((t) => (t.kind === 'count' ? t.n : Math.ceil((t.percent * organisers) / 100)));
  return Math.max(1, ...each);
}

/**
 * Whether a decision is agreed: with no objection, the approvals meet the rule; an objection
 * holds it until it is withdrawn or outvoted, outvoted meaning one more approval beyond the
 * rule for each standing objection (approvals ≥ required + objections).
 */
export function isAgreed(approvals: number, objections: number, required: number): boolean {
  return approvals >= required + objections;
}
