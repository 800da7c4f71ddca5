import type { Logger } from 'pino';
import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { JoinLinks } from '../core/join-links.js';
import { RTL_LANGUAGES } from '../core/types.js';
import type { PlanStore } from '../plans/plan-types.js';
import type { Translator } from '../i18n/translator.js';
import { audienceReachReport } from '../reports/reach-report.js';
import type { ReportCounters } from '../reports/report-counters.js';
import { reportMessages } from '../reports/report-messages.js';
import { toSafeReport } from '../reports/safe-report.js';
import type { ReportScope } from '../reports/report-types.js';
import { addArgs, audienceCode, describeIssues, inviteArg, onOffArg, reportArgs, splitAddArgs } from './influencer-args.js';
import { InfluencerError } from './influencer-error.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import type { Influencer } from './influencer-store.js';
import { joinLinkSet, qrPng } from './join-link-set.js';

/** Choice-token prefix of the "CSV file" button under a report. */
export const REPORT_TOKEN_PREFIX = 'rep.';

export interface InfluencerCommandDeps {
  counters: ReportCounters;
  plans: PlanStore;
  registry: InfluencerRegistry;
  translator: Translator;
  links: JoinLinks;
  topics: readonly string[];
  log: Logger;
}

/** What a reader may see a report of: `null` means nothing (and they were told why). */
type Resolved = { scope: ReportScope; organiser: boolean } | null;

/**
 * Influencer tools in chat. Organisers: /influencer add|invite|list. Influencers: /claim,
 * /mylink, /report, /weekly, /summaries. Organisers also use /report for the forum or any code.
 * Everything here is Telegram-only: influencers' report chats are Telegram accounts.
 */
export function influencerFeature(deps: InfluencerCommandDeps): Feature {
  const { registry, translator: t } = deps;
  const feature = declareFeature('influencers');

  const telegramOnly = (fn: (ctx: CommandContext, arg: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (ctx.inbound.channel !== 'telegram') return ctx.reply('influencer-telegram-only');
    await fn(ctx, arg);
  };

  /** The influencer behind this chat (by `code` when they own several), or a reply saying why not. */
  const ownInfluencer = async (ctx: CommandContext, code: string | null): Promise<Influencer | null> => {
    const owned = await registry.ownedBy(ctx.inbound.chatId);
    if (!owned.length) {
      await ctx.reply('influencer-only');
      return null;
    }
    const pick = code ? owned.find((i) => i.code === code) : owned[0];
    if (!pick) await ctx.reply('report-not-yours');
    return pick ?? null;
  };

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
    const inf = await ownInfluencer(ctx, code === 'forum' ? '' : code);
    return inf ? { scope: { kind: 'audience', code: inf.code, displayName: inf.displayName }, organiser: false } : null;
  };

  const sendReport = async (ctx: CommandContext, resolved: NonNullable<Resolved>, csv: boolean) => {
    const report = toSafeReport(await audienceReachReport(deps.counters, deps.plans, resolved.scope));
    const token = `${REPORT_TOKEN_PREFIX}${resolved.scope.kind === 'audience' ? resolved.scope.code : 'forum'}`;
    const messages = await reportMessages(report, t, ctx.lang, {
      chart: !csv,
      csv,
      footerKey: csv ? undefined : resolved.organiser ? 'report-footer-organiser' : 'report-footer-influencer',
      csvButtonToken: csv ? undefined : token,
    });
    for (const m of messages) await ctx.inbound.outbox.send(m);
    ctx.inbound.log.info({ scope: resolved.scope.kind, csv }, 'report sent');
  };

  feature.help(async (ctx) =>
    ctx.inbound.channel === 'telegram' && (await registry.ownedBy(ctx.inbound.chatId)).length > 0 ? 'help-influencer' : null,
  );

  feature.command(
    'report',
    telegramOnly(async (ctx, arg) => {
      const args = reportArgs.safeParse(arg);
      if (!args.success) return ctx.reply('report-usage');
      const resolved = await resolveScope(ctx, args.data.code);
      if (resolved) await sendReport(ctx, resolved, args.data.csv);
    }),
  );

  feature.button(REPORT_TOKEN_PREFIX, async (ctx, token, optionId) => {
    if (ctx.inbound.channel !== 'telegram' || optionId !== 'csv') return ctx.inbound.outbox.notice(t.t(ctx.lang, 'button-expired'));
    const code = token.slice(REPORT_TOKEN_PREFIX.length);
    const parsed = code === 'forum' ? { success: true as const, data: 'forum' } : audienceCode.safeParse(code);
    if (!parsed.success) return ctx.inbound.outbox.notice(t.t(ctx.lang, 'button-expired'));
    // The tap is checked like the command: a forwarded button shows nothing to anyone else.
    const resolved = await resolveScope(ctx, parsed.data);
    if (!resolved) return;
    await ctx.inbound.outbox.notice(t.t(ctx.lang, 'report-csv-coming'));
    await sendReport(ctx, resolved, true);
  });

  feature.command(
    'claim',
    telegramOnly(async (ctx, arg) => {
      if (!arg.trim()) return ctx.reply('influencer-claim-usage');
      const invite = inviteArg.safeParse(arg);
      if (!invite.success) return ctx.reply('influencer-claim-invalid');
      const inf = await registry.claim(invite.data, ctx.inbound.chatId, ctx.lang);
      if (!inf) return ctx.reply('influencer-claim-invalid');
      ctx.inbound.log.info({ influencer: inf.code }, 'influencer claimed their audience');
      return ctx.reply('influencer-claimed', { name: inf.displayName, code: inf.code });
    }),
  );

  feature.command(
    'mylink',
    telegramOnly(async (ctx, arg) => {
      const inf = await ownInfluencer(ctx, null);
      if (!inf) return;
      const topic = arg.trim().toLowerCase();
      if (topic && !deps.topics.includes(topic)) {
        return ctx.reply('mylink-unknown-topic', { topic: topic.slice(0, 30), topics: deps.topics.join(', ') });
      }
      const set = joinLinkSet(deps.links, inf.code, deps.topics);
      if (!set.telegram && !set.whatsapp) return ctx.reply('mylink-none');
      const rtl = RTL_LANGUAGES.has(ctx.lang);
      const topicName = (id: string) => t.t(ctx.lang, `topic-${id}`);
      const chosen = topic ? set.perTopic.find((p) => p.topic === topic)! : set;
      const lines = [
        topic ? t.t(ctx.lang, 'mylink-topic-intro', { name: inf.displayName, topic: topicName(topic) }) : t.t(ctx.lang, 'mylink-intro', { name: inf.displayName }),
        ...(chosen.telegram ? [t.t(ctx.lang, 'mylink-telegram', { link: chosen.telegram })] : []),
        ...(chosen.whatsapp ? [t.t(ctx.lang, 'mylink-whatsapp', { link: chosen.whatsapp })] : []),
      ];
      if (!topic) {
        lines.push('', t.t(ctx.lang, 'mylink-topics-heading'));
        for (const p of set.perTopic) {
          lines.push(t.t(ctx.lang, 'mylink-topic-line', { topic: topicName(p.topic), link: p.telegram ?? p.whatsapp ?? '' }));
        }
      }
      lines.push('', t.t(ctx.lang, 'mylink-paste-hint'));
      await ctx.inbound.outbox.send({ text: lines.join('\n'), rtl, preview: false });
      const label = topic ? `${inf.code}-${topic}` : inf.code;
      if (chosen.telegram) {
        await ctx.inbound.outbox.send({
          text: t.t(ctx.lang, 'mylink-qr-telegram', { code: label }),
          rtl,
          image: { png: await qrPng(chosen.telegram), filename: `join-telegram-${label}.png` },
        });
      }
      if (chosen.whatsapp) {
        await ctx.inbound.outbox.send({
          text: t.t(ctx.lang, 'mylink-qr-whatsapp', { code: label }),
          rtl,
          image: { png: await qrPng(chosen.whatsapp), filename: `join-whatsapp-${label}.png` },
        });
      }
    }),
  );

  const subscription = (which: 'weeklyReport' | 'planSummaries', keys: { on: string; off: string }) =>
    telegramOnly(async (ctx, arg) => {
      const on = onOffArg.safeParse(arg);
      if (!on.success) return ctx.reply('report-subscription-usage');
      const inf = await ownInfluencer(ctx, null);
      if (!inf) return;
      const now = new Date();
      await registry.subscribe(ctx.inbound.chatId, which, on.data === 'on', now);
      const next = new Date(now.getTime() + 7 * 86_400_000);
      const date = new Intl.DateTimeFormat(`${ctx.lang}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(next);
      return ctx.reply(on.data === 'on' ? keys.on : keys.off, { date });
    });
  feature.command('weekly', subscription('weeklyReport', { on: 'report-weekly-on', off: 'report-weekly-off' }));
  feature.command('summaries', subscription('planSummaries', { on: 'report-summaries-on', off: 'report-summaries-off' }));

  feature.command(
    'influencer',
    telegramOnly(async (ctx, arg) => {
      if (!ctx.inbound.organiser) return ctx.reply('org-only');
      const [sub, ...words] = arg.trim().split(/\s+/).filter(Boolean);
      try {
        if (sub === 'add') return await add(ctx, words);
        if (sub === 'invite') {
          const code = audienceCode.safeParse(words[0] ?? '');
          if (!code.success) return ctx.reply('influencer-usage');
          const invite = await registry.issueInvite(code.data);
          return ctx.reply('influencer-invite', { code: code.data, invite });
        }
        if (sub === 'list') return await list(ctx);
        return ctx.reply('influencer-usage');
      } catch (err) {
        if (err instanceof InfluencerError) {
          return ctx.reply(err.reason === 'code_taken' ? 'influencer-code-taken' : 'influencer-unknown', { code: err.code });
        }
        throw err;
      }
    }),
  );

  const add = async (ctx: CommandContext, words: string[]) => {
    const parsed = addArgs.safeParse(splitAddArgs(words));
    if (!parsed.success) return ctx.reply('influencer-bad-args', { problems: describeIssues(parsed.error) });
    const { code, owner, displayName } = parsed.data;
    const inf = await registry.register({ code, displayName, language: ctx.lang, ownerTelegramId: owner });
    ctx.inbound.log.info({ influencer: code, owner: Boolean(owner) }, 'influencer registered');
    await ctx.reply('influencer-added', { name: inf.displayName, code: inf.code });
    if (inf.inviteCode) await ctx.reply('influencer-invite', { code: inf.code, invite: inf.inviteCode });
    else await ctx.reply('influencer-owner-set');
  };

  const list = async (ctx: CommandContext) => {
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
  };
  return feature.build();
}
