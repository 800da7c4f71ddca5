import type { Logger } from 'pino';
import type { CommandHandler } from '../core/command-context.js';
import type { Feature } from '../core/feature.js';
import type { JoinLinks } from '../core/join-links.js';
import type { Translator } from '../core/translator.js';
import type { PageVisits } from '../reports/page-visits.js';
import type { PlanStore } from '../plans/plan-types.js';
import type { ReportCounters } from '../reports/report-counters.js';
import { inviteArg, onOffArg } from './influencer-args.js';
import { influencerAdminCommand } from './influencer-admin-command.js';
import { ownInfluencer, telegramOnly } from './influencer-chat.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import { mylinkCommand } from './mylink-command.js';
import { reportCommands, type ReportSection } from './report-commands.js';

export { REPORT_TOKEN_PREFIX } from './report-button.js';

export interface InfluencerCommandDeps {
  counters: ReportCounters;
  plans: PlanStore;
  registry: InfluencerRegistry;
  translator: Translator;
  links: JoinLinks;
  topics: readonly string[];
  log: Logger;
  visits?: Pick<PageVisits, 'count'>;
  /** Sections other features add to /report. */
  sections?: readonly ReportSection[];
}

/**
 * Influencer tools in chat. Organisers: /influencer add|invite|list. Influencers: /claim,
 * /mylink, /report, /weekly, /summaries. Organisers also use /report for the forum or any code.
 * Everything here is Telegram-only: influencers' report chats are Telegram accounts.
 */
export function influencerFeature(deps: InfluencerCommandDeps): Feature {
  const { registry } = deps;
  const { report, csvButton } = reportCommands(deps);
  return {
    name: 'influencers',
    help: async (ctx) =>
      ctx.inbound.channel === 'telegram' && (await registry.ownedBy(ctx.inbound.chatId)).length > 0 ? 'help-influencer' : null,
    commands: {
      report,
      claim: claimCommand(registry),
      mylink: mylinkCommand(deps),
      weekly: subscriptionCommand(registry, 'weeklyReport', { on: 'report-weekly-on', off: 'report-weekly-off' }),
      summaries: subscriptionCommand(registry, 'planSummaries', { on: 'report-summaries-on', off: 'report-summaries-off' }),
      influencer: influencerAdminCommand(deps),
    },
    buttons: [csvButton],
  };
}

/** `/claim <invite>`: the chat that sends a one-time invite becomes the audience's report chat. */
function claimCommand(registry: InfluencerRegistry): CommandHandler {
  return telegramOnly(async (ctx, arg) => {
    if (!arg.trim()) return ctx.reply('influencer-claim-usage');
    const invite = inviteArg.safeParse(arg);
    if (!invite.success) return ctx.reply('influencer-claim-invalid');
    const inf = await registry.claim(invite.data, ctx.inbound.chatId, ctx.lang);
    if (!inf) return ctx.reply('influencer-claim-invalid');
    ctx.inbound.log.info({ influencer: inf.code }, 'influencer claimed their audience');
    return ctx.reply('influencer-claimed', { name: inf.displayName, code: inf.code });
  });
}

/** `/weekly on|off` and `/summaries on|off`: an influencer's report subscriptions. */
function subscriptionCommand(registry: InfluencerRegistry, which: 'weeklyReport' | 'planSummaries', keys: { on: string; off: string }): CommandHandler {
  return telegramOnly(async (ctx, arg) => {
    const on = onOffArg.safeParse(arg);
    if (!on.success) return ctx.reply('report-subscription-usage');
    const inf = await ownInfluencer(ctx, registry, null);
    if (!inf) return;
    const now = new Date();
    await registry.subscribe(ctx.inbound.chatId, which, on.data === 'on', now);
    const next = new Date(now.getTime() + 7 * 86_400_000);
    const date = new Intl.DateTimeFormat(`${ctx.lang}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(next);
    return ctx.reply(on.data === 'on' ? keys.on : keys.off, { date });
  });
}
