import type { Logger } from 'pino';
import type { CommandContext } from '../core/command-context.js';
import type { Feature } from '../core/feature.js';
import type { JoinLinks } from '../core/join-links.js';
import { RTL_LANGUAGES, type Follower, type Outbox } from '../core/types.js';
import type { PlanStore, PledgeStore, Progress, StoredPlan } from './plan-types.js';
import type { Translator } from '../i18n/translator.js';
import { contentFor } from './plan-schema.js';
import { decodeChecklistTap, PLAN_TOKEN_PREFIX } from './checklist-buttons.js';
import { renderPlanSources } from './render-plan-message.js';
import { nextReasonableTime } from './reminder-time.js';
import { activeTasks, isWithdrawn, planHasEnded, planIsOpen } from './plan-life.js';
import { renderChecklist, type TaskFigures } from './render-checklist.js';
import { PlansList } from './plans-list.js';

/** Plans a follower can act on: sent to them, not cancelled. */
const ACTIVE: ReadonlySet<string> = new Set(['publishing', 'published']);

/**
 * What a follower does with a plan: pledge, tick and untick tasks, see sources, list open
 * plans. Every write is idempotent (unique keys), so double taps, retries and stale buttons
 * can't make duplicates; a button carries the state it asks for ("t2+" ticks, "t2-" unticks).
 */
export class Checklist {
  constructor(
    private readonly plans: PlanStore,
    private readonly pledges: PledgeStore,
    private readonly translator: Translator,
    private readonly links: JoinLinks,
    private readonly log: Logger,
    /** Collective figures per task on the checklist (none when not given). */
    private readonly figures?: TaskFigures,
  ) {
    this.list = new PlansList({
      plans,
      pledges,
      translator,
      render: (plan, follower, progress) => renderChecklist(plan, follower, progress, translator, figures),
    });
  }

  /** /plans and reopening a checklist from it. */
  readonly list: PlansList;

  /** The checklist as a feature: its buttons, /plans, and the typed "done 2" on every channel. */
  feature(): Feature {
    return {
      name: 'checklist',
      buttons: [
        { prefix: PLAN_TOKEN_PREFIX, handle: (ctx, token, optionId) => this.#onTap(ctx, token, optionId) },
        this.list.button(),
      ],
      commands: {
        plans: (ctx, arg) => this.list.command(ctx, arg),
        sources: (ctx, arg) => this.list.sources(ctx, arg),
        done: (ctx, arg) => this.#typed(ctx, arg, true),
        undo: (ctx, arg) => this.#typed(ctx, arg, false),
        pledge: (ctx) => this.#typedPledge(ctx),
      },
    };
  }

  /** Applies one action to a plan for a follower and re-renders their checklist. */
  async act(
    follower: Follower,
    plan: StoredPlan,
    action: { kind: 'tick' | 'untick'; task: number } | { kind: 'pledge' },
    outbox: Outbox,
    messageId?: string,
  ): Promise<void> {
    const lang = follower.language;
    const tasks = contentFor(plan, lang).content.tasks.length;
    const firstReminder = nextReasonableTime(new Date(Date.now() + plan.reminderAfterHours * 3_600_000), follower.timezone);
    let becameComplete = false;
    let progress: Progress;
    if (action.kind === 'pledge') {
      const made = await this.pledges.pledge(plan.id, follower.id, follower.audience, firstReminder);
      await outbox.notice(this.translator.t(lang, made ? 'plan-pledge-thanks' : 'plan-pledge-already'));
      progress = await this.pledges.progress(plan.id, follower.id);
    } else {
      if (action.task < 1 || action.task > tasks) {
        await outbox.notice(this.translator.t(lang, 'plan-no-such-task', { total: tasks }));
        return;
      }
      if (isWithdrawn(plan, action.task)) {
        await outbox.notice(this.translator.t(lang, 'plan-task-withdrawn-notice', { task: action.task }));
        return;
      }
      if (action.kind === 'tick') await this.pledges.tick(plan.id, follower.id, follower.audience, action.task);
      else await this.pledges.untick(plan.id, follower.id, follower.audience, action.task);
      // Read after the write, so taps racing on other tasks are seen and the last one completes.
      progress = await this.pledges.progress(plan.id, follower.id);
      // Doing a task is a pledge in deed: count it as one.
      if (!progress.pledged) await this.pledges.pledge(plan.id, follower.id, follower.audience, firstReminder);
      // Complete means every task still in force is done: a withdrawn one is not owed.
      const complete = activeTasks(plan, tasks).every((n) => progress.done.includes(n));
      // Only a change is written: most taps neither complete nor reopen the plan.
      const changed = complete !== Boolean(progress.completedAt) && (await this.pledges.setCompleted(plan.id, follower.id, follower.audience, complete));
      becameComplete = complete && changed;
      progress = { ...progress, completedAt: complete ? (progress.completedAt ?? new Date()) : null };
    }
    const msg = await renderChecklist(plan, follower, progress, this.translator, this.figures);
    if (messageId) await outbox.edit(messageId, msg);
    else await outbox.send(msg);
    if (becameComplete) {
      const link = this.links.forChannel(follower.channel, follower.audience === 'direct' ? '' : follower.audience);
      await outbox.send({
        text: this.translator.t(lang, link ? 'plan-complete-thanks' : 'plan-complete-thanks-nolink', { link: link ?? '' }),
        rtl: RTL_LANGUAGES.has(lang),
        preview: false,
      });
      this.log.info({ plan: plan.id }, 'plan completed by a follower');
    }
  }

  async #planFor(ctx: CommandContext, planId: string): Promise<{ follower: Follower; plan: StoredPlan } | null> {
    const follower = ctx.follower;
    const plan = await this.plans.get(planId);
    if (!follower || !plan || !ACTIVE.has(plan.status)) {
      await ctx.inbound.outbox.notice(this.translator.t(ctx.lang, 'plan-gone'));
      return null;
    }
    return { follower, plan };
  }

  /** A plan that ended answers so, kindly, instead of ticking (its sources stay readable). */
  async #refuseEnded(ctx: CommandContext, plan: StoredPlan): Promise<boolean> {
    if (!planHasEnded(plan)) return false;
    await ctx.inbound.outbox.notice(this.translator.t(ctx.lang, 'plan-ended-notice'));
    return true;
  }

  async #onTap(ctx: CommandContext, token: string, optionId: string): Promise<void> {
    const tap = decodeChecklistTap(token, optionId);
    if (!tap) return ctx.inbound.outbox.notice(this.translator.t(ctx.lang, 'button-expired'));
    const found = await this.#planFor(ctx, tap.planId);
    if (!found) return;
    if (tap.action.kind === 'sources') {
      await ctx.inbound.outbox.send(renderPlanSources(found.plan, ctx.lang, this.translator));
      return;
    }
    if (await this.#refuseEnded(ctx, found.plan)) return;
    const messageId = ctx.inbound.event.kind === 'choice' ? ctx.inbound.event.messageId : undefined;
    return this.act(found.follower, found.plan, tap.action, ctx.inbound.outbox, messageId);
  }

  /** The follower's plans that are not finished, newest first. */
  async openPlans(follower: Follower): Promise<StoredPlan[]> {
    const out: StoredPlan[] = [];
    for (const planId of await this.pledges.deliveredTo(follower.id)) {
      const plan = await this.plans.get(planId);
      if (!plan || !planIsOpen(plan)) continue;
      const progress = await this.pledges.progress(planId, follower.id);
      if (!progress.completedAt) out.push(plan);
    }
    return out;
  }

  /** "done 2" / "undo 2" / "done 1 3" typed on a text channel: acts on the newest open plan. A lone "done" ticks the one task left, if one is. */
  async #typed(ctx: CommandContext, arg: string, tick: boolean): Promise<void> {
    const follower = ctx.follower;
    if (!follower) return ctx.reply('plan-done-usage');
    const [plan] = await this.openPlans(follower);
    const lone = arg.trim() === '' && tick && plan ? await this.#onlyTaskLeft(plan, follower) : NaN;
    const tasks = arg.trim() === '' ? [lone] : [...new Set(arg.trim().split(/\s+/).map(Number))];
    if (tasks.some((n) => !Number.isInteger(n) || n < 1)) return ctx.reply('plan-done-usage');
    if (!plan) return ctx.reply((await this.list.endedRecently(follower)) ? 'plan-ended-notice' : 'plans-none');
    for (const task of tasks) await this.act(follower, plan, { kind: tick ? 'tick' : 'untick', task }, ctx.inbound.outbox);
  }

  /** The number of the one task not yet ticked, or NaN when more (or none) are left. */
  async #onlyTaskLeft(plan: StoredPlan, follower: Follower): Promise<number> {
    const done = new Set((await this.pledges.progress(plan.id, follower.id)).done);
    const left = contentFor(plan, follower.language).content.tasks.map((_, i) => i + 1).filter((n) => !done.has(n));
    return left.length === 1 ? left[0]! : NaN;
  }

  async #typedPledge(ctx: CommandContext): Promise<void> {
    const follower = ctx.follower;
    const [plan] = follower ? await this.openPlans(follower) : [];
    if (!follower || !plan) return ctx.reply(follower && (await this.list.endedRecently(follower)) ? 'plan-ended-notice' : 'plans-none');
    await this.act(follower, plan, { kind: 'pledge' }, ctx.inbound.outbox);
  }
}
