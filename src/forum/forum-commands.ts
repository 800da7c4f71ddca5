import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { ForumResult, MemberService } from './member-service.js';
import { forumWords, SUBJECT } from './member-words.js';
import type { OrganiserDirectory } from './organiser-directory.js';

/**
 * The forum's members in chat (Telegram, where members are known by their user id): organisers
 * add and remove members and approve member decisions, every member may object to a plan or a
 * decision (and withdraw it), and leave.
 */
export function forumFeature(deps: { service: MemberService; directory: OrganiserDirectory }): Feature {
  const feature = declareFeature('forum');
  const { service, directory } = deps;
  const say = (ctx: CommandContext, r: ForumResult) => ctx.reply(r.key, r.vars);
  const keyOf = (ctx: CommandContext) => directory.keyOf(ctx.inbound.chatId);
  const asMember = (fn: (ctx: CommandContext, arg: string, me: string) => Promise<void>) => async (ctx: CommandContext, arg: string) => {
    if (ctx.inbound.channel !== 'telegram' || !(await directory.member(keyOf(ctx)))) return ctx.reply('forum-members-only');
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
      const r = await forumWords(service, directory, me, ['member', ...arg.trim().split(/\s+/).filter(Boolean)]);
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
  feature.command('leave', asMember(async (ctx, _arg, me) => say(ctx, await service.leave(me))));
  feature.command('object', onSubject((subject, me) => service.object(subject, me)));
  feature.command('unobject', onSubject((subject, me) => service.withdrawObjection(subject, me)));
  feature.help(async (ctx) => (ctx.inbound.channel === 'telegram' && (await directory.member(keyOf(ctx))) ? 'help-forum' : null));
  return feature.build();
}
