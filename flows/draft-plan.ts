import { randomBytes } from 'node:crypto';
import type { Choice, Flow, FlowIO } from '../src/core/flow/flow-io.js';
import type { Language, OutMessage } from '../src/core/types.js';
import type { PlanActionResult } from '../src/plans/plan-service.js';
import { MAX_TASKS, type PlanFile, type PlanParseResult } from '../src/plans/plan-schema.js';
import {
  BOUNDS,
  draftYaml,
  readEndDate,
  readLength,
  readMinutes,
  readPlanId,
  readSource,
  readTaskLink,
  sourceOf,
  suggestPlanId,
  type Draft,
  type DraftTask,
} from './draft-reading.js';
import { topicLabels } from './steps.js';

/** What drafting a plan needs from the rest of the bot. */
export interface DraftFlowDeps {
  /** The forum's topic ids, in menu order. */
  topics: readonly string[];
  /** Named as the source of tasks whose member names none. */
  forumName: string;
  /** Checks a plan's YAML as /propose does (topics included). */
  validate(yaml: string): PlanParseResult;
  /** Proposes a plan's YAML as /propose does: same validation, approvals and quorum. */
  propose(yaml: string, member: string): Promise<PlanActionResult>;
  planExists(id: string): Promise<boolean>;
  /** Claims one proposal of a draft (a unique insert): false when another process already made it. */
  claimProposal(slot: string): Promise<boolean>;
  /** The checklist exactly as a follower gets it (the broadcast's own renderer). */
  render(plan: PlanFile, language: Language): OutMessage;
}

export interface DraftArgs {
  /** The member's key (a keyed hash, as approvals store it): the proposal is theirs. */
  member: string;
}

/**
 * The language a draft is written in. Plans need English, the fallback every follower gets when
 * their language is missing; the prompts are in the member's own language, and other language
 * versions are added later as YAML (/propose with the same id).
 */
export const DRAFT_LANGUAGE: Language = 'en';

/** Rounds of "edit a part": each adds to the replay log, which must stay within MAX_REPLAY_OPS (400). */
export const MAX_EDITS = 10;

/**
 * Longest checklist one Telegram message holds (its limit on message text): past it, Telegram
 * followers would see the plan cut, so the member is told before proposing.
 */
const ONE_MESSAGE = 4096;

/** Longest task title on a button of the "edit which part" menu. */
const LABEL_CHARS = 40;

/**
 * A forum member drafts a plan in chat, without YAML: causes, title, plan id (suggested from the
 * title), why, tasks one by one, an optional end date, then the checklist exactly as followers
 * will get it, and propose, edit a part, or cancel. Proposing sends the YAML the draft stands
 * for through the same path as /propose, so nothing after it differs.
 */
export function draftPlanFlow(deps: DraftFlowDeps): Flow<DraftArgs> {
  return async (io, { member }) => {
    const today = await io.effect('today', async () => new Date().toISOString().slice(0, 10));
    const draftId = await io.effect('draft-id', async () => randomBytes(6).toString('hex'));
    await io.say('draft-welcome', { max: MAX_TASKS });
    // The note names English: DRAFT_LANGUAGE is English because plans require it.
    if (io.language !== DRAFT_LANGUAGE) await io.say('draft-language-note');
    const topics = await askCauses(io, deps, []);
    const title = await askField(io, 'draft-ask-title', BOUNDS.title);
    const id = await askId(io, deps, title, today);
    const why = await askField(io, 'draft-ask-why', BOUNDS.why);
    const tasks: DraftTask[] = [];
    for (;;) {
      tasks.push(await askTask(io, deps, tasks.length + 1));
      if (tasks.length >= MAX_TASKS) {
        await io.say('draft-tasks-full', { max: MAX_TASKS });
        break;
      }
      const more = await io.choose('draft-ask-more', [
        { id: 'more', label: io.t('draft-button-more') },
        { id: 'done', label: io.t('draft-button-tasks-done') },
      ], { vars: { count: tasks.length } });
      if (more === 'done') break;
    }
    const endsAt = await askEndDate(io, today);
    await review(io, deps, { topics, id, title, why, tasks, endsAt }, { member, today, draftId });
  };
}

/** The preview, then propose, edit a part, or cancel, until one of the first or last. */
async function review(io: FlowIO, deps: DraftFlowDeps, draft: Draft, at: { member: string; today: string; draftId: string }): Promise<void> {
  const { member, today } = at;
  for (let round = 0; ; round++) {
    const yaml = draftYaml(draft, { language: DRAFT_LANGUAGE, today, forumName: deps.forumName });
    const parsed = deps.validate(yaml);
    if (parsed.ok) {
      const preview = deps.render(parsed.plan, DRAFT_LANGUAGE);
      await io.say('draft-preview-intro');
      await io.show(preview);
      if (preview.text.length > ONE_MESSAGE) await io.say('draft-preview-too-long', { count: preview.text.length, max: ONE_MESSAGE });
    } else {
      // Each answer was checked on its own; this is what only the whole plan shows (a cause removed from the forum).
      await io.say('draft-invalid', { errors: parsed.errors.join('\n') });
    }
    const canEdit = round < MAX_EDITS;
    if (!canEdit) await io.say('draft-edits-used');
    const options: Choice[] = [
      ...(parsed.ok ? [{ id: 'propose', label: io.t('draft-button-propose') }] : []),
      ...(canEdit ? [{ id: 'edit', label: io.t('draft-button-edit') }] : []),
      { id: 'cancel', label: io.t('draft-button-cancel') },
    ];
    const next = await io.choose('draft-ask-next', options);
    if (next === 'cancel') return io.say('draft-cancelled');
    if (next === 'propose') {
      // One proposal per round, whichever process the tap reached (two taps of one button, in two processes).
      const claimed = `${at.draftId}|${round}`;
      const result = await io.effect('propose', async () => ((await deps.claimProposal(claimed)) ? deps.propose(yaml, member) : null));
      if (!result) return io.say('draft-already-proposed');
      if (result.ok) return io.say('draft-proposed', result.vars);
      // Taken meanwhile, or locked: the answer /propose gives, and the draft stays to be edited.
      await io.say(result.key, result.vars);
      continue;
    }
    await editPart(io, deps, draft, today);
  }
}

/** Asks which part to change and asks that part again. */
async function editPart(io: FlowIO, deps: DraftFlowDeps, draft: Draft, today: string): Promise<void> {
  const parts: Choice[] = [
    { id: 'causes', label: io.t('draft-part-causes') },
    { id: 'title', label: io.t('draft-part-title') },
    { id: 'id', label: io.t('draft-part-id') },
    { id: 'why', label: io.t('draft-part-why') },
    ...draft.tasks.map((t, i) => ({ id: `task-${i + 1}`, label: io.t('draft-part-task', { n: i + 1, title: shortLabel(t.title) }) })),
    ...(draft.tasks.length < MAX_TASKS ? [{ id: 'add-task', label: io.t('draft-part-add-task') }] : []),
    ...(draft.tasks.length > 1 ? [{ id: 'remove-task', label: io.t('draft-part-remove-task') }] : []),
    { id: 'ends', label: io.t('draft-part-ends') },
  ];
  const part = await io.choose('draft-ask-part', parts);
  if (part === 'causes') draft.topics = await askCauses(io, deps, draft.topics);
  else if (part === 'title') draft.title = await askField(io, 'draft-ask-title', BOUNDS.title);
  else if (part === 'id') draft.id = await askId(io, deps, draft.title, today);
  else if (part === 'why') draft.why = await askField(io, 'draft-ask-why', BOUNDS.why);
  else if (part === 'add-task') draft.tasks.push(await askTask(io, deps, draft.tasks.length + 1));
  else if (part === 'remove-task') {
    const which = await io.choose('draft-ask-remove', draft.tasks.map((t, i) => ({ id: String(i), label: `${i + 1}. ${shortLabel(t.title)}` })));
    draft.tasks.splice(Number(which), 1);
  } else if (part === 'ends') draft.endsAt = await askEndDate(io, today);
  else {
    const n = Number(part.slice('task-'.length));
    draft.tasks[n - 1] = await askTask(io, deps, n);
  }
}

function shortLabel(text: string): string {
  const chars = [...text];
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…` : text;
}

function askCauses(io: FlowIO, deps: DraftFlowDeps, preselected: string[]): Promise<string[]> {
  return io.chooseMany('draft-ask-causes', topicLabels(io, deps.topics), { preselected, min: 1 });
}

/** Text within bounds; the prompt has no button, so the answer is always text. */
async function askField(io: FlowIO, key: string, bounds: { min: number; max: number }, vars?: Record<string, string | number>): Promise<string> {
  return (await io.askText(key, readLength(bounds), { vars: { ...vars, max: bounds.max } })) ?? '';
}

/** The plan id: the one suggested from the title (a button), or one typed; never one in use. */
async function askId(io: FlowIO, deps: DraftFlowDeps, title: string, today: string): Promise<string> {
  const suggested = suggestPlanId(title, today);
  for (;;) {
    const typed = await io.askText('draft-ask-id', readPlanId, { vars: { id: suggested }, button: `✅ ${suggested}`, hint: io.t('draft-hint-button') });
    const id = typed ?? suggested;
    if (!(await io.effect('id-in-use', () => deps.planExists(id)))) return id;
    await io.say('draft-id-taken', { id });
  }
}

/** One task: title, how, an optional https link, minutes, an optional source. */
async function askTask(io: FlowIO, deps: DraftFlowDeps, n: number): Promise<DraftTask> {
  const title = await askField(io, 'draft-ask-task-title', BOUNDS.taskTitle, { n });
  const how = await askField(io, 'draft-ask-task-how', BOUNDS.how, { n });
  const hint = io.t('draft-hint-button');
  const link = await io.askText('draft-ask-task-link', readTaskLink, { vars: { n }, button: io.t('draft-button-no-link'), hint });
  const minutes = Number(await io.askText('draft-ask-task-minutes', readMinutes, { vars: { n } }));
  const source = await io.askText('draft-ask-task-source', readSource, {
    vars: { n, forum: deps.forumName },
    button: io.t('draft-button-forum-source', { forum: deps.forumName }),
    hint,
  });
  return { title, how, link, minutes, source: source === null ? null : sourceOf(source) };
}

async function askEndDate(io: FlowIO, today: string): Promise<string | null> {
  return io.askText('draft-ask-ends', readEndDate(today), { button: io.t('draft-button-no-end'), hint: io.t('draft-hint-button') });
}
