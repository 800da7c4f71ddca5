import type { CommandContext, CommandHandler } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import { isLanguage } from '../core/types.js';
import type { CancelDraft } from './draft-commands.js';
import type { OrganiserTokens } from './organiser-tokens.js';
import type { PlanStore } from './plan-types.js';
import { LANGUAGE_NAMES, type Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import type { PlanService } from './plan-service.js';
import { renderPlanMessage } from './render-plan-message.js';

/** An organiser as stored in approvals: a keyed hash of their Telegram id, never the id. */
export function organiserKey(vault: AddressVault, telegramUserId: string): string {
  return vault.hash('telegram', `organiser:${telegramUserId}`);
}

/** A pasted plan this long was probably cut by Telegram (4,096 characters a message): it should come as a file. */
const CUT_TEXT = 4000;
const cutOff = (arg: string) => arg.length >= CUT_TEXT && arg.length <= 4096;

/** Reads "2026-12-01T18:00" (UTC) or an ISO date; undefined for anything else. */
export function parseUtcTime(text: string): Date | undefined {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?Z?)?$/.test(t)) return undefined;
  const d = new Date(t.replace(' ', 'T') + (t.endsWith('Z') || t.length === 10 ? '' : 'Z'));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Plan commands for the forum's organisers in chat: /propose and /validate (YAML in the same
 * message), /preview, /approve, /publish, /cancel, /status, /planhelp, and /clitoken (a personal
 * token for the plan CLI, shown once).
 */
export function organiserFeature(deps: {
  service: PlanService;
  store: PlanStore;
  translator: Translator;
  vault: AddressVault;
  tokens: OrganiserTokens;
  /** Drops a draft in progress (see draft-commands.ts): a bare /cancel does that first. */
  cancelDraft?: CancelDraft;
}): Feature {
  const feature = declareFeature('organisers');
  const { service, store, translator, vault, tokens } = deps;
  const guarded = (fn: (ctx: CommandContext, arg: string, me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (!ctx.inbound.organiser || ctx.inbound.channel !== 'telegram') return ctx.reply('org-only');
    await fn(ctx, arg, organiserKey(vault, ctx.inbound.chatId));
  };
  const say = (ctx: CommandContext, r: { key: string; vars: Record<string, string | number> }) => ctx.reply(r.key, r.vars);
  const usage = async (ctx: CommandContext) => ctx.reply('org-plan-usage', { required: await service.required() });
  const id = firstWord;

  feature.command('planhelp', guarded(async (ctx) => usage(ctx)));
  feature.help(async (ctx) => (ctx.inbound.organiser && ctx.inbound.channel === 'telegram' ? 'help-organiser' : null));
  feature.command(
    'validate',
    guarded(async (ctx, arg) => {
      if (!arg.trim()) return usage(ctx);
      const parsed = service.validate(arg);
      if (!parsed.ok) {
        await ctx.reply('org-plan-invalid', { errors: parsed.errors.join('\n') });
        return cutOff(arg) ? ctx.reply('plan-file-hint') : undefined;
      }
      return ctx.reply('org-plan-valid', {
        id: parsed.plan.id,
        tasks: parsed.plan.content.en!.tasks.length,
        languages: Object.keys(parsed.plan.content).join(', '),
      });
    }),
  );
  feature.command(
    'propose',
    guarded(async (ctx, arg, me) => {
      if (!arg.trim()) return usage(ctx);
      const r = await service.propose(arg, me);
      await say(ctx, r);
      if (r.key === 'org-plan-invalid' && cutOff(arg)) await ctx.reply('plan-file-hint');
    }),
  );
  feature.command('approve', guarded(async (ctx, arg, me) => (id(arg) ? say(ctx, await service.approve(id(arg), me)) : usage(ctx))));
  feature.command(
    'publish',
    guarded(async (ctx, arg) => {
      const [planId, ...rest] = arg.trim().split(/\s+/);
      if (!planId) return usage(ctx);
      let at: Date | undefined;
      if (rest.length) {
        at = parseUtcTime(rest.join(' '));
        if (!at) return ctx.reply('org-plan-bad-time');
      }
      return say(ctx, await service.publish(planId.toLowerCase(), at));
    }),
  );
  const cancelPlan = guarded(async (ctx, arg) => (id(arg) ? say(ctx, await service.cancel(id(arg))) : usage(ctx)));
  // A bare /cancel drops the member's draft in progress (on any channel); with a plan id it cancels that plan.
  feature.command('cancel', async (ctx, arg) => {
    if (!id(arg) && (await deps.cancelDraft?.(ctx))) return;
    await cancelPlan(ctx, arg);
  });
  feature.command('preview', guarded(previewCommand(store, translator)));
  feature.command('status', guarded(statusCommand(service, translator)));
  feature.command(
    'clitoken',
    guarded(async (ctx, _arg, me) => ctx.reply('org-clitoken', { token: await tokens.issue(me), id: ctx.inbound.chatId })),
  );
  return feature.build();
}

/** `/preview <plan> [language]`: the checklist as a follower would get it. */
function previewCommand(store: PlanStore, translator: Translator): CommandHandler {
  return async (ctx, arg) => {
    const [planId, langArg] = arg.trim().split(/\s+/);
    const plan = planId ? await store.get(planId.toLowerCase()) : null;
    if (!plan) return ctx.reply('org-plan-unknown', { id: planId ?? '' });
    const lang = isLanguage(langArg) ? langArg : ctx.lang;
    await ctx.reply('org-preview-note', { language: LANGUAGE_NAMES[lang] });
    await ctx.inbound.outbox.send(renderPlanMessage(plan, lang, { pledged: false, completedAt: null, done: [] }, translator));
  };
}

/** `/status [plan]`: each plan's state, approvals and delivery totals. */
function statusCommand(service: PlanService, translator: Translator): CommandHandler {
  return async (ctx, arg) => {
    const id = firstWord(arg);
    const rows = await service.status(id || undefined);
    if (!rows.length) return ctx.reply(id ? 'org-plan-unknown' : 'org-status-none', { id });
    const lines = await Promise.all(
      rows.map(async ({ plan, broadcast }) => {
        const { approvals, required } = await service.quorum.tally(plan.id, plan.revision);
        const line = translator.t(ctx.lang, 'org-status-line', { id: plan.id, status: plan.status, approvals, required, ...broadcast });
        // A plan that came out of a forum meeting's minutes says which (src/meetings).
        return plan.meeting ? `${line} · ${translator.t(ctx.lang, 'meeting-plan-provenance', { meeting: plan.meeting })}` : line;
      }),
    );
    await ctx.inbound.outbox.send({ text: lines.join('\n') });
  };
}

/** The plan id an organiser typed first, lower-cased and bounded. */
function firstWord(arg: string): string {
  return arg.trim().split(/\s+/)[0]?.toLowerCase().slice(0, 40) ?? '';
}
