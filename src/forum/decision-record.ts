import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import type { PlanQuorum, QuorumTally } from '../plans/plan-quorum.js';
import { contentFor } from '../plans/plan-schema.js';
import type { PlanStore } from '../plans/plan-types.js';
import { formatEndDate } from '../plans/render-plan-message.js';
import type { DecisionStore } from './forum-types.js';
import type { OrganiserDirectory } from './organiser-directory.js';

/** One member's act on the record: an approval given or an objection standing, and when. */
export interface RecordEntry {
  member: string;
  at: Date;
  /** Whether it counts today: the approver may still approve, the objector is still a member. */
  counts: boolean;
}

/** A decision's record, read afresh from the approvals, objections and the decision itself. */
export interface DecisionRecordView {
  subject: string;
  kind: 'plan' | 'add' | 'remove';
  /** A plan's title in the reader's language; a member decision's member key. */
  about: string;
  revision: number;
  proposedBy: string;
  proposedAt: Date;
  approvals: RecordEntry[];
  objections: RecordEntry[];
  tally: QuorumTally;
  /** When it was agreed (a plan) or carried out (a member decision), or null. */
  settledAt: Date | null;
}

export interface RecordDeps {
  plans: PlanStore;
  decisions: DecisionStore;
  directory: OrganiserDirectory;
  quorum: PlanQuorum;
  approvalLog: { of(subject: string, revision: number): Promise<{ member: string; at: Date }[]> };
}

/**
 * Who proposed a plan or a member decision, who approved it and who objects, each with the day:
 * the forum's record of how it was decided. Null when the subject is neither.
 */
export async function readRecord(deps: RecordDeps, subject: string, lang: Language): Promise<DecisionRecordView | null> {
  const [{ organisers, members }, objections] = await Promise.all([deps.directory.keys(), deps.decisions.objections(subject)]);
  const standing = objections.map((o) => ({ ...o, counts: members.has(o.member) })).sort((a, b) => a.at.getTime() - b.at.getTime());
  const approvalsOf = async (revision: number) =>
    (await deps.approvalLog.of(subject, revision)).map((a) => ({ ...a, counts: organisers.has(a.member) }));
  if (subject.startsWith('m.')) {
    const d = await deps.decisions.getDecision(subject);
    if (!d) return null;
    const [approvals, tally, settledAt] = await Promise.all([approvalsOf(1), deps.quorum.tally(subject, 1), deps.decisions.doneAt(subject)]);
    return { subject, kind: d.op, about: d.member, revision: 1, proposedBy: d.proposedBy, proposedAt: d.createdAt, approvals, objections: standing, tally, settledAt };
  }
  const plan = await deps.plans.get(subject);
  if (!plan) return null;
  const [approvals, tally] = await Promise.all([approvalsOf(plan.revision), deps.quorum.tally(subject, plan.revision)]);
  return {
    subject,
    kind: 'plan',
    about: contentFor(plan, lang).content.title,
    revision: plan.revision,
    proposedBy: plan.proposedBy,
    proposedAt: plan.createdAt,
    approvals,
    objections: standing,
    tally,
    settledAt: plan.agreedAt ?? null,
  };
}

/**
 * The record as the reader sees it: members by the name they chose (`/profile name`), the
 * reader as "you", others as a member with no name; acts that no longer count say so.
 */
export function renderRecord(view: DecisionRecordView, ctx: { lang: Language; zone?: string; me: string; names: ReadonlyMap<string, string>; t: Translator }): string {
  const { lang, t } = ctx;
  const tr = (key: string, vars?: Record<string, string | number>) => t.t(lang, key, vars);
  const who = (key: string) => (key === ctx.me ? tr('forum-record-you') : (ctx.names.get(key) ?? tr('forum-record-unnamed')));
  const day = (at: Date) => formatEndDate(lang, at, ctx.zone);
  const entry = (e: RecordEntry, key: string) => `${tr(key, { who: who(e.member), date: day(e.at) })}${e.counts ? '' : ` ${tr('forum-record-gone')}`}`;
  const head =
    view.kind === 'plan'
      ? tr('forum-record-plan', { id: view.subject, title: view.about, revision: view.revision })
      : tr(`forum-record-decision-${view.kind}`, { id: view.subject, member: who(view.about) });
  const lines = [head, tr('forum-record-proposed', { who: who(view.proposedBy), date: day(view.proposedAt) }), '', tr('forum-record-approvals')];
  lines.push(...(view.approvals.length ? view.approvals.map((a) => entry(a, 'forum-record-approved')) : [tr('forum-record-none')]));
  if (view.objections.length) lines.push('', tr('forum-record-objections'), ...view.objections.map((o) => entry(o, 'forum-record-objected')));
  const { approvals, required, objections } = view.tally;
  lines.push('', tr('forum-record-tally', { count: approvals, required, objections }));
  if (view.settledAt) lines.push(tr(view.kind === 'plan' ? 'forum-record-agreed' : 'forum-record-done', { date: day(view.settledAt) }));
  else lines.push(tr(view.tally.agreed ? 'forum-record-ready' : 'forum-record-waiting'));
  return lines.join('\n');
}
