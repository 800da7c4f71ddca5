import type { CommandContext, CommandHandler } from '../core/command-context.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES } from '../core/types.js';
import { addArgs, audienceCode, describeIssues, splitAddArgs } from './influencer-args.js';
import { telegramOnly } from './influencer-chat.js';
import { InfluencerError } from './influencer-error.js';
import type { InfluencerRegistry } from './influencer-registry.js';

export interface InfluencerAdminDeps {
  registry: InfluencerRegistry;
  translator: Translator;
}

/** `/influencer add|invite|list` for organisers: register influencers and hand out their invites. */
export function influencerAdminCommand(deps: InfluencerAdminDeps): CommandHandler {
  const { registry } = deps;
  return telegramOnly(async (ctx, arg) => {
    if (!ctx.inbound.organiser) return ctx.reply('org-only');
    const [sub, ...words] = arg.trim().split(/\s+/).filter(Boolean);
    try {
      if (sub === 'add') return await add(ctx, registry, words);
      if (sub === 'invite') {
        const code = audienceCode.safeParse(words[0] ?? '');
        if (!code.success) return ctx.reply('influencer-usage');
        const invite = await registry.issueInvite(code.data);
        return ctx.reply('influencer-invite', { code: code.data, invite });
      }
      if (sub === 'list') return await list(ctx, deps);
      return ctx.reply('influencer-usage');
    } catch (err) {
      if (err instanceof InfluencerError) {
        return ctx.reply(err.reason === 'code_taken' ? 'influencer-code-taken' : 'influencer-unknown', { code: err.code });
      }
      throw err;
    }
  });
}

async function add(ctx: CommandContext, registry: InfluencerRegistry, words: string[]): Promise<void> {
  const parsed = addArgs.safeParse(splitAddArgs(words));
  if (!parsed.success) return ctx.reply('influencer-bad-args', { problems: describeIssues(parsed.error) });
  const { code, owner, displayName } = parsed.data;
  const inf = await registry.register({ code, displayName, language: ctx.lang, ownerTelegramId: owner });
  ctx.inbound.log.info({ influencer: code, owner: Boolean(owner) }, 'influencer registered');
  await ctx.reply('influencer-added', { name: inf.displayName, code: inf.code });
  if (inf.inviteCode) await ctx.reply('influencer-invite', { code: inf.code, invite: inf.inviteCode });
  else await ctx.reply('influencer-owner-set');
}

async function list(ctx: CommandContext, { registry, translator: t }: InfluencerAdminDeps): Promise<void> {
  const all = await registry.list();
  if (!all.length) return ctx.reply('influencer-list-empty');
  const lines = all.map((i) =>
    t.t(ctx.lang, 'influencer-list-line', {
      code: i.code,
      name: i.displayName,
      state: t.t(ctx.lang, i.ownerSealed ? 'influencer-state-claimed' : i.inviteCode ? 'influencer-state-invited' : 'influencer-state-none'),
    }),
  );
  await ctx.inbound.outbox.send({ text: [t.t(ctx.lang, 'influencer-list-heading'), ...lines].join('\n'), rtl: RTL_LANGUAGES.has(ctx.lang) });
}
