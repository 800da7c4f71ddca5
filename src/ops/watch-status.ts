/**
 * `npm run plan -- status <plan-id> --watch`: the organisers' progress message in the terminal,
 * redrawn in place every few seconds while the plan is publishing, ending with the final figures.
 * It only reads (the plan and the BroadcastProgress totals), so it runs beside the bot.
 */
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import type { BroadcastProgress, PlanStore, StoredPlan } from '../plans/plan-types.js';
import { renderBroadcastProgress, type ProgressSample } from './broadcast-progress-text.js';

const WAITING: ReadonlySet<string> = new Set(['approved', 'scheduled']);

export interface WatchStatusDeps {
  plans: Pick<PlanStore, 'get'>;
  progress: BroadcastProgress;
  translator: Translator;
  lang: Language;
  out: NodeJS.WriteStream | { write(s: string): boolean; isTTY?: boolean };
  everyMs?: number;
  /** Called when the plan is not (or not yet) broadcasting: the usual status line. */
  statusLine(plan: StoredPlan): Promise<string>;
}

/** Watches one plan until its broadcast is over; resolves with false when there is no such plan. */
export async function watchStatus(planId: string, deps: WatchStatusDeps): Promise<boolean> {
  const every = deps.everyMs ?? 2_000;
  let plan = await deps.plans.get(planId);
  let shownLines = 0;
  let lastText = '';
  const show = (text: string) => {
    if (text === lastText) return;
    lastText = text;
    // A terminal gets the block redrawn in place; a pipe or a file gets each new block once.
    if (deps.out.isTTY && shownLines > 0) deps.out.write(`\u001b[${shownLines}F\u001b[J`);
    deps.out.write(`${text}\n`);
    shownLines = text.split('\n').length;
  };
  while (plan && WAITING.has(plan.status)) {
    show(await deps.statusLine(plan));
    await sleep(every);
    plan = await deps.plans.get(planId);
  }
  if (!plan) return false;
  if (plan.status !== 'publishing' && plan.status !== 'published') {
    show(await deps.statusLine(plan));
    return true;
  }
  const started = plan.publishedAt?.getTime() ?? Date.now();
  let first: ProgressSample = { at: Date.now(), totals: await deps.progress.totals(planId) };
  for (;;) {
    const done = plan?.status !== 'publishing';
    const at = done ? (plan?.finishedAt?.getTime() ?? Date.now()) : Date.now();
    const latest = { at, totals: await deps.progress.totals(planId) };
    // The final figures time the whole broadcast; the rate while running, what this watch saw.
    if (done) first = { ...first, at: started };
    show(renderBroadcastProgress(planId, first, latest, done, deps.translator, deps.lang));
    if (done) return true;
    await sleep(every);
    plan = await deps.plans.get(planId);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
