import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { AddressVault } from '../privacy/address-vault.js';
import { organiserKey } from './organiser-commands.js';
import type { PlanLife } from './plan-end.js';

/**
 * Organisers' chat commands for a plan's life: `/withdraw <plan> <task>` (at once, no quorum)
 * and `/close <plan>` (end it early). Organisers only, on Telegram, as the other plan commands.
 */
export function planLifeFeature(deps: { life: PlanLife; vault: AddressVault }): Feature {
  const feature = declareFeature('plan-life');
  const guarded = (fn: (ctx: CommandContext, words: string[], me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (!ctx.inbound.organiser || ctx.inbound.channel !== 'telegram') return ctx.reply('org-only');
    await fn(ctx, arg.trim().toLowerCase().split(/\s+/).filter(Boolean), organiserKey(deps.vault, ctx.inbound.chatId));
  };
  feature.help((ctx) => (ctx.inbound.organiser && ctx.inbound.channel === 'telegram' ? 'help-organiser-life' : null));
  feature.command(
    'withdraw',
    guarded(async (ctx, [planId, task], me) => {
      if (!planId || !task || !/^\d{1,3}$/.test(task)) return ctx.reply('org-withdraw-usage');
      const r = await deps.life.withdraw(planId.slice(0, 40), Number(task), me);
      return ctx.reply(r.key, r.vars);
    }),
  );
  feature.command(
    'close',
    guarded(async (ctx, [planId]) => {
      if (!planId) return ctx.reply('org-close-usage');
      const r = await deps.life.close(planId.slice(0, 40));
      return ctx.reply(r.key, r.vars);
    }),
  );
  return feature.build();
}
