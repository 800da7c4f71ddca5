import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import { DECISION_ID, type ForumResult, type MemberService } from './member-service.js';
import type { OrganiserDirectory } from './organiser-directory.js';

const TELEGRAM_ID = /^\d{1,15}$/;
const CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;
const SUBJECT = /^([a-z0-9][a-z0-9-]{2,31}|m\.[a-z0-9]{6})$/;

/** `/member add <id> organiser|influencer [codes…]`, `/member remove <id>`, `/member approve <decision>`. */
async function memberCommand(ctx: CommandContext, arg: string, me: string, service: MemberService, directory: OrganiserDirectory): Promise<ForumResult | null> {
  const [sub, target, role, ...codes] = arg.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (sub === 'approve' && target && DECISION_ID.test(target)) return service.approve(target, me);
  if (!target || !TELEGRAM_ID.test(target)) return null;
  if (sub === 'remove') return service.remove(me, directory.keyOf(target));
  if (sub !== 'add' || (role !== 'organiser' && role !== 'influencer')) return null;
  if (role === 'influencer' && (!codes.length || !codes.every((c) => CODE.test(c)))) return null;
  return service.add(me, directory.keyOf(target), role, role === 'influencer' ? codes : []);
}

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
      const r = await memberCommand(ctx, arg, me, service, directory);
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
