import type { ButtonFamily } from '../core/feature.js';
import type { CommandContext } from '../core/command-context.js';
import { RTL_LANGUAGES, type Follower, type OutMessage } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { PLAN_ID, contentFor } from './plan-schema.js';
import { activeTasks, planHasEnded, planIsOpen } from './plan-life.js';
import type { PlanStore, PledgeStore, Progress, StoredPlan } from './plan-types.js';
import { renderPlanSources } from './render-plan-message.js';

/** Choice-token prefix of the /plans list's buttons: token `pl.list`, one option per plan, its id. */
export const PLANS_LIST_PREFIX = 'pl.';
const PLANS_LIST_TOKEN = `${PLANS_LIST_PREFIX}list`;
/** Ended plans shown in the short "past plans" part. */
const PAST_SHOWN = 5;

export interface PlansListDeps {
  plans: PlanStore;
  pledges: PledgeStore;
  translator: Translator;
  /** The follower's checklist for a plan, as every other path renders it. */
  render(plan: StoredPlan, follower: Follower, progress: Progress): Promise<OutMessage>;
}

/** A follower's plans as /plans shows them: numbered open ones (finished or not), then past ones. */
interface Listed {
  current: { plan: StoredPlan; progress: Progress }[];
  past: StoredPlan[];
}

/**
 * /plans: the follower's open plans, numbered, each reopened as a fresh checklist they can
 * tick (a button per plan on Telegram; "plans 2" typed on WhatsApp and the console); plans
 * they finished marked finished; ended plans in a short "past plans" part. "sources 2" shows
 * a plan's sources by the same number, as the checklist's button does.
 */
export class PlansList {
  constructor(private readonly deps: PlansListDeps) {}

  /** The button family of the list's "open" buttons. */
  button(): ButtonFamily {
    return {
      prefix: PLANS_LIST_PREFIX,
      handle: async (ctx, _token, planId) => {
        const follower = ctx.follower;
        const entry = follower && PLAN_ID.test(planId) ? (await this.#listed(follower)).current.find((c) => c.plan.id === planId) : undefined;
        if (!follower || !entry) {
          const plan = PLAN_ID.test(planId) ? await this.deps.plans.get(planId) : null;
          return ctx.inbound.outbox.notice(this.deps.translator.t(ctx.lang, plan && planHasEnded(plan) ? 'plan-ended-notice' : 'plan-gone'));
        }
        await ctx.inbound.outbox.send(await this.deps.render(entry.plan, follower, entry.progress));
      },
    };
  }

  /** `/plans` lists; `/plans 2` (or "plans 2" typed) reopens the second plan's checklist. */
  async command(ctx: CommandContext, arg: string): Promise<void> {
    const follower = ctx.follower;
    if (!follower) return ctx.reply('plans-none');
    const listed = await this.#listed(follower);
    if (arg.trim()) {
      const entry = this.#pick(listed, arg);
      if (!entry) return ctx.reply(listed.current.length ? 'plans-pick-number' : 'plans-none', { total: listed.current.length });
      await ctx.inbound.outbox.send(await this.deps.render(entry.plan, follower, entry.progress));
      return;
    }
    if (!listed.current.length && !listed.past.length) return ctx.reply('plans-none');
    await ctx.inbound.outbox.send(this.#render(ctx.lang, listed));
  }

  /** `sources 2`: the sources of the second plan in /plans (the newest with no number). */
  async sources(ctx: CommandContext, arg: string): Promise<void> {
    const follower = ctx.follower;
    const listed = follower ? await this.#listed(follower) : { current: [], past: [] };
    if (!listed.current.length) return ctx.reply('plans-none');
    const entry = arg.trim() ? this.#pick(listed, arg) : listed.current[0];
    if (!entry) return ctx.reply('plans-pick-number', { total: listed.current.length });
    await ctx.inbound.outbox.send(renderPlanSources(entry.plan, ctx.lang, this.deps.translator));
  }

  /** Whether the newest plan they got has ended: typed ticks then answer so instead of "no plans". */
  async endedRecently(follower: Follower): Promise<boolean> {
    const [newest] = await this.deps.pledges.deliveredTo(follower.id);
    const plan = newest ? await this.deps.plans.get(newest) : null;
    return Boolean(plan && planHasEnded(plan));
  }

  #pick(listed: Listed, arg: string): Listed['current'][number] | undefined {
    const n = Number(arg.trim());
    return Number.isInteger(n) && n >= 1 ? listed.current[n - 1] : undefined;
  }

  async #listed(follower: Follower): Promise<Listed> {
    const out: Listed = { current: [], past: [] };
    for (const planId of await this.deps.pledges.deliveredTo(follower.id)) {
      const plan = await this.deps.plans.get(planId);
      if (!plan) continue;
      if (planIsOpen(plan)) out.current.push({ plan, progress: await this.deps.pledges.progress(planId, follower.id) });
      else if (planHasEnded(plan) && out.past.length < PAST_SHOWN) out.past.push(plan);
    }
    return out;
  }

  #render(lang: Follower['language'], listed: Listed): OutMessage {
    const t = (key: string, vars?: Record<string, string | number>) => this.deps.translator.t(lang, key, vars);
    const title = (plan: StoredPlan) => contentFor(plan, lang).content.title;
    const lines: string[] = [];
    if (listed.current.length) lines.push(t('plans-intro', { count: listed.current.length }), '');
    listed.current.forEach(({ plan, progress }, i) => {
      const active = activeTasks(plan, contentFor(plan, lang).content.tasks.length);
      const done = active.filter((n) => progress.done.includes(n)).length;
      const state = progress.completedAt ? t('plans-finished') : t('plan-progress', { done, total: active.length });
      lines.push(`${i + 1}. ${title(plan)} · ${state}`);
    });
    if (!listed.current.length) lines.push(t('plans-none-open'));
    if (listed.past.length) lines.push('', t('plans-past-title'), ...listed.past.map((p) => `• ${title(p)}`));
    const options = listed.current.map(({ plan }, i) => ({ id: plan.id, label: `${i + 1}. ${title(plan)}` }));
    return {
      text: lines.join('\n'),
      rtl: RTL_LANGUAGES.has(lang),
      ...(options.length ? { choices: { token: PLANS_LIST_TOKEN, options, hint: t('plans-open-hint'), listInText: false } } : {}),
    };
  }
}
