import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { Translator } from '../i18n/translator.js';
import type { AddressVault } from '../privacy/address-vault.js';
import type { CorrectionService } from './correction-service.js';
import { organiserKey } from './organiser-commands.js';

/**
 * Organisers' commands for a plan that has gone out: /correct followed by the corrected YAML in
 * the same message (approved with /approve <id>, as a proposal is), /pause and /resume of the
 * broadcast running for a plan, and /broadcasts <id> for each of its broadcasts' progress.
 */
export function correctionFeature(deps: { service: CorrectionService; translator: Translator; vault: AddressVault }): Feature {
  const feature = declareFeature('corrections');
  const { service, translator, vault } = deps;
  const guarded = (fn: (ctx: CommandContext, arg: string, me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (!ctx.inbound.organiser || ctx.inbound.channel !== 'telegram') return ctx.reply('org-only');
    await fn(ctx, arg, organiserKey(vault, ctx.inbound.chatId));
  };
  const say = (ctx: CommandContext, r: { key: string; vars: Record<string, string | number> }) => ctx.reply(r.key, r.vars);
  const target = (arg: string) => arg.trim().split(/\s+/)[0]?.toLowerCase().slice(0, 48) ?? '';

  feature.command('correct', guarded(async (ctx, arg, me) => (arg.trim() ? say(ctx, await service.propose(arg, me)) : ctx.reply('org-correction-usage'))));
  feature.command('pause', guarded(async (ctx, arg, me) => (target(arg) ? say(ctx, await service.pause(target(arg), me)) : ctx.reply('org-correction-usage'))));
  feature.command('resume', guarded(async (ctx, arg) => (target(arg) ? say(ctx, await service.resume(target(arg))) : ctx.reply('org-correction-usage'))));
  feature.command(
    'broadcasts',
    guarded(async (ctx, arg) => {
      const rows = target(arg) ? await service.broadcasts(target(arg)) : [];
      if (!rows.length) return ctx.reply('org-plan-unknown', { id: target(arg) });
      const lines = rows.map((r) =>
        translator.t(ctx.lang, 'org-broadcast-line', {
          ...{ id: r.id, kind: r.kind, sent: r.sent, pending: r.pending, failed: r.failed, blocked: r.blocked },
          state: r.paused ? 'paused' : r.finished ? 'finished' : 'running',
        }),
      );
      await ctx.inbound.outbox.send({ text: lines.join('\n') });
    }),
  );
  return feature.build();
}
