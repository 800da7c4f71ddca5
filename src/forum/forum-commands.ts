import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { ForumResult, MemberService } from './member-service.js';
import { forumWords, SUBJECT } from './member-words.js';
import type { OrganiserDirectory } from './organiser-directory.js';
import { parseProfileChange, type MemberProfile, type MemberProfiles } from './member-profile.js';
import { readRecord, renderRecord, type RecordDeps } from './decision-record.js';
import type { Translator } from '../core/translator.js';
import { RTL_LANGUAGES } from '../core/types.js';
import { placeName } from '../core/places.js';
import { LANGUAGE_NAMES } from '../i18n/translator.js';

/**
 * The forum's members in chat (Telegram, where members are known by their user id): organisers
 * add and remove members and approve member decisions, every member may object to a plan or a
 * decision (and withdraw it), and leave.
 */
export function forumFeature(deps: { service: MemberService; directory: OrganiserDirectory; profiles: MemberProfiles; record: RecordDeps; translator: Translator }): Feature {
  const feature = declareFeature('forum');
  const { service, directory, profiles } = deps;
  const say = (ctx: CommandContext, r: ForumResult) => ctx.reply(r.key, r.vars);
  const keyOf = (ctx: CommandContext) => directory.keyOf(ctx.inbound.chatId);
  const asMember = (fn: (ctx: CommandContext, arg: string, me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (ctx.inbound.channel !== 'telegram' || !(await directory.member(keyOf(ctx)))) return ctx.reply('forum-members-only');
    // Hearing from a member is how the forum learns where to reach them (kept sealed).
    await profiles.touch(keyOf(ctx), ctx.inbound.chatId, ctx.lang);
    await fn(ctx, arg, keyOf(ctx));
  };
  const asOrganiser = (fn: (ctx: CommandContext, arg: string, me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (ctx.inbound.channel !== 'telegram' || !(await directory.isOrganiser(ctx.inbound.chatId))) return ctx.reply('org-only');
    await fn(ctx, arg, keyOf(ctx));
  };
  const onSubject = (fn: (subject: string, me: string) => Promise<ForumResult>) =>
    asMember(async (ctx, arg, me) => {
      const subject = arg.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      return SUBJECT.test(subject) ? say(ctx, await fn(subject, me)) : ctx.reply('forum-object-usage');
    });

  feature.command(
    'member',
    asOrganiser(async (ctx, arg, me) => {
      const words = arg.trim().split(/\s+/).filter(Boolean);
      const r = await forumWords(service, directory, me, ['member', ...words]);
      // An organiser adding someone by Telegram id tells the forum where to reach them (sealed).
      if (r?.ok && words[0]?.toLowerCase() === 'add' && words[1]) await profiles.touch(directory.keyOf(words[1]), words[1], ctx.lang);
      return r ? say(ctx, r) : ctx.reply('forum-member-usage');
    }),
  );
  feature.command(
    'members',
    asMember(async (ctx) => {
      const o = await service.overview();
      return ctx.reply('forum-members', { ...o, codes: o.codes.join(', ') || '—' });
    }),
  );
  const showProfile = (ctx: CommandContext, p: MemberProfile) =>
    ctx.reply('forum-profile', {
      language: LANGUAGE_NAMES[p.lang],
      zone: placeName(p.zone, ctx.lang),
      speaks: p.speaks.map((l) => LANGUAGE_NAMES[l]).join(', ') || '—',
      name: p.name ?? '—',
    });
  feature.command(
    'profile',
    asMember(async (ctx, arg, me) => {
      if (!arg.trim()) return showProfile(ctx, (await profiles.get(me))!);
      const change = parseProfileChange(arg);
      if (!change) return ctx.reply('forum-profile-usage');
      return showProfile(ctx, await profiles.change(me, ctx.inbound.chatId, ctx.lang, change));
    }),
  );
  feature.command(
    'record',
    asMember(async (ctx, arg, me) => {
      const subject = arg.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      if (!SUBJECT.test(subject)) return ctx.reply('forum-record-usage');
      const view = await readRecord(deps.record, subject, ctx.lang);
      if (!view) return ctx.reply('forum-record-unknown', { id: subject });
      const [names, mine] = await Promise.all([profiles.names(), profiles.get(me)]);
      const text = renderRecord(view, { lang: ctx.lang, zone: mine?.zone, me, names, t: deps.translator });
      await ctx.inbound.outbox.send({ text, rtl: RTL_LANGUAGES.has(ctx.lang) });
    }),
  );
  feature.command('leave', asMember(async (ctx, _arg, me) => say(ctx, await service.leave(me))));
  feature.command('object', onSubject((subject, me) => service.object(subject, me)));
  feature.command('unobject', onSubject((subject, me) => service.withdrawObjection(subject, me)));
  feature.help(async (ctx) => (ctx.inbound.channel === 'telegram' && (await directory.member(keyOf(ctx))) ? 'help-forum' : null));
  return feature.build();
}
