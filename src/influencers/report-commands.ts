import type { CommandContext, CommandHandler } from '../core/command-context.js';
import type { ButtonFamily } from '../core/feature.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES, type Language } from '../core/types.js';
import type { PageVisits } from '../reports/page-visits.js';
import type { PlanStore } from '../plans/plan-types.js';
import { audienceReachReport } from '../reports/reach-report.js';
import type { ReportCounters } from '../reports/report-counters.js';
import { reportMessages } from '../reports/report-messages.js';
import type { ReportScope } from '../reports/report-types.js';
import { toSafeReport } from '../reports/safe-report.js';
import { reportArgs } from './influencer-args.js';
import { ownInfluencer, telegramOnly } from './influencer-chat.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import { decodeReportButton, REPORT_TOKEN_PREFIX, reportButtonToken } from './report-button.js';

export interface ReportCommandDeps {
  counters: ReportCounters;
  plans: PlanStore;
  registry: InfluencerRegistry;
  translator: Translator;
  /** Plan page visits, when the pages are served: audience reports show them beside joins. */
  visits?: Pick<PageVisits, 'count'>;
  /** More sections after the reach figures (a feature's own aggregates, already made safe), in order. */
  sections?: readonly ReportSection[];
}

/** A section another feature adds to /report for a scope (e.g. gatherings): safe text, or null when it has nothing. */
export type ReportSection = (scope: ReportScope, lang: Language) => Promise<string | null>;

/** What a reader may see a report of: `null` means nothing (and they were told why). */
type Resolved = { scope: ReportScope; organiser: boolean } | null;

/**
 * /report and its CSV button. An influencer sees their own audience; organisers see the forum or
 * any code. A tap is checked like the command, so a forwarded button shows nothing to anyone else.
 */
export function reportCommands(deps: ReportCommandDeps): { report: CommandHandler; csvButton: ButtonFamily } {
  const { registry, translator: t } = deps;

  const resolveScope = async (ctx: CommandContext, code: string | null): Promise<Resolved> => {
    if (ctx.inbound.organiser) {
      if (!code || code === 'forum') return { scope: { kind: 'forum' }, organiser: true };
      const inf = await registry.get(code);
      if (!inf) {
        await ctx.reply('influencer-unknown', { code });
        return null;
      }
      return { scope: { kind: 'audience', code: inf.code, displayName: inf.displayName }, organiser: true };
    }
    const inf = await ownInfluencer(ctx, registry, code === 'forum' ? '' : code);
    return inf ? { scope: { kind: 'audience', code: inf.code, displayName: inf.displayName }, organiser: false } : null;
  };

  const sendReport = async (ctx: CommandContext, resolved: NonNullable<Resolved>, csv: boolean) => {
    const report = toSafeReport(await audienceReachReport(deps.counters, deps.plans, resolved.scope, new Date(), deps.visits));
    const messages = await reportMessages(report, t, ctx.lang, {
      chart: !csv,
      csv,
      footerKey: csv ? undefined : resolved.organiser ? 'report-footer-organiser' : 'report-footer-influencer',
      csvButtonToken: csv ? undefined : reportButtonToken(resolved.scope),
    });
    const extra = (await Promise.all((deps.sections ?? []).map((section) => section(resolved.scope, ctx.lang)))).filter((x): x is string => Boolean(x));
    if (extra.length) {
      // After the report's text, before its chart and file.
      const at = messages.findIndex((m) => m.image || m.document);
      messages.splice(at === -1 ? messages.length : at, 0, { text: extra.join('\n\n'), rtl: RTL_LANGUAGES.has(ctx.lang), preview: false });
    }
    for (const m of messages) await ctx.inbound.outbox.send(m);
    ctx.inbound.log.info({ scope: resolved.scope.kind, csv }, 'report sent');
  };

  const report = telegramOnly(async (ctx, arg) => {
    const args = reportArgs.safeParse(arg);
    if (!args.success) return ctx.reply('report-usage');
    const resolved = await resolveScope(ctx, args.data.code);
    if (resolved) await sendReport(ctx, resolved, args.data.csv);
  });

  const csvButton: ButtonFamily = {
    prefix: REPORT_TOKEN_PREFIX,
    handle: async (ctx, token, optionId) => {
      const code = ctx.inbound.channel === 'telegram' ? decodeReportButton(token, optionId) : null;
      if (!code) return ctx.inbound.outbox.notice(t.t(ctx.lang, 'button-expired'));
      const resolved = await resolveScope(ctx, code);
      if (!resolved) return;
      await ctx.inbound.outbox.notice(t.t(ctx.lang, 'report-csv-coming'));
      await sendReport(ctx, resolved, true);
    },
  };
  return { report, csvButton };
}
