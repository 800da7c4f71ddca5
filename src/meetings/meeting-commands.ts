import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import type { MemberProfiles } from '../forum/member-profile.js';
import type { OrganiserDirectory } from '../forum/organiser-directory.js';
import { INVITE_PREFIX, OPTION_RSVP } from './meeting-render.js';
import type { MeetingResult, MeetingService } from './meeting-service.js';
import { MEETING_ID, PROPOSAL_ID, RSVPS, type Rsvp } from './meeting-types.js';

/** The words of an answer typed rather than tapped (`/rsvp mt4k2x yes`). */
const RSVP_WORDS: Record<string, Rsvp> = { yes: 'yes', y: 'yes', no: 'no', n: 'no', maybe: 'maybe', m: 'maybe' };

/**
 * Runs the `meeting` words for organiser `me` (chat and `npm run forum -- meeting …` alike):
 * `schedule` with the meeting's lines, `move <id> <when>`, `cancel <id>`, `list`, `show <id>`.
 * Null when they are none of these.
 */
export async function meetingWords(service: MeetingService, me: string, words: string, view: { lang: Language; zone: string }, organiser: boolean): Promise<MeetingResult | null> {
  const [first = '', ...restLines] = words.trim().split(/\r?\n/);
  const [sub = '', ...args] = first.trim().split(/\s+/);
  const id = (args[0] ?? '').toLowerCase();
  switch (sub.toLowerCase()) {
    case '':
    case 'list':
      return service.list(view.lang, view.zone);
    case 'show':
      return MEETING_ID.test(id) ? service.show(id, view.lang, view.zone) : null;
    case 'schedule':
    case 'new':
      if (!organiser) return { ok: false, key: 'org-only' };
      return service.schedule(me, [args.join(' '), ...restLines].join('\n'), view.lang);
    case 'move':
      if (!organiser) return { ok: false, key: 'org-only' };
      return MEETING_ID.test(id) ? service.move(id, args.slice(1).join(' '), view.lang) : null;
    case 'cancel':
      if (!organiser) return { ok: false, key: 'org-only' };
      return MEETING_ID.test(id) ? service.cancel(id) : null;
    default:
      return null;
  }
}

/**
 * The forum's meetings in chat (Telegram, where members are known by their user id): organisers
 * schedule, move and cancel meetings and record their minutes; every member sees them, answers
 * the invitation, proposes items for the agenda and backs others' proposals.
 */
export function meetingFeature(deps: { service: MeetingService; directory: OrganiserDirectory; profiles: MemberProfiles; translator: Translator }): Feature {
  const feature = declareFeature('meetings');
  const { service, directory, profiles } = deps;
  const keyOf = (ctx: CommandContext) => directory.keyOf(ctx.inbound.chatId);
  const say = async (ctx: CommandContext, r: MeetingResult) => {
    if ('message' in r) await ctx.inbound.outbox.send(r.message);
    else await ctx.reply(r.key, r.vars);
  };
  const asMember =
    (fn: (ctx: CommandContext, arg: string, me: string, zone: string) => Promise<void>) =>
    async (ctx: CommandContext, arg: string) => {
      if (ctx.inbound.channel !== 'telegram' || !(await directory.member(keyOf(ctx)))) return ctx.reply('forum-members-only');
      const profile = await profiles.touch(keyOf(ctx), ctx.inbound.chatId, ctx.lang);
      await fn(ctx, arg, keyOf(ctx), profile.zone);
    };

  feature.command(
    'meeting',
    asMember(async (ctx, arg, me, zone) => {
      const organiser = await directory.isOrganiser(ctx.inbound.chatId);
      const r = await meetingWords(service, me, arg, { lang: ctx.lang, zone }, organiser);
      return r ? say(ctx, r) : ctx.reply(organiser ? 'meeting-usage' : 'meeting-member-usage');
    }),
  );
  feature.command(
    'rsvp',
    asMember(async (ctx, arg, me) => {
      const [id = '', word = ''] = arg.trim().toLowerCase().split(/\s+/);
      const answer = RSVP_WORDS[word];
      if (!MEETING_ID.test(id) || !answer) return ctx.reply('meeting-rsvp-usage');
      return say(ctx, await service.rsvp(id, me, answer));
    }),
  );
  feature.command(
    'proposal',
    asMember(async (ctx, arg, me) => {
      // `/proposal <proposal> file`: the document sent with it, again (Telegram sends it by its id).
      const [first = '', second = ''] = arg.trim().toLowerCase().split(/\s+/);
      if (second === 'file' && PROPOSAL_ID.test(first)) {
        const p = await service.proposal(first);
        if (!p) return ctx.reply('meeting-proposal-unknown', { id: first });
        if (!p.file) return ctx.reply('meeting-proposal-no-file', { id: p.id });
        await ctx.inbound.outbox.send({ text: `${p.title}\n${p.file.name}`, telegramFile: { fileId: p.file.id } });
        return;
      }
      const file = ctx.inbound.event.kind === 'command' ? ctx.inbound.event.file : undefined;
      return say(ctx, await service.propose(me, arg, file));
    }),
  );
  feature.command('back', asMember(async (ctx, arg, me) => say(ctx, await service.back(arg.trim().toLowerCase().split(/\s+/)[0] ?? '', me))));
  feature.command('unback', asMember(async (ctx, arg, me) => say(ctx, await service.unback(arg.trim().toLowerCase().split(/\s+/)[0] ?? '', me))));
  feature.command(
    'minutes',
    asMember(async (ctx, arg, me) => {
      if (!(await directory.isOrganiser(ctx.inbound.chatId))) return ctx.reply('org-only');
      return say(ctx, await service.minutes(me, arg, ctx.lang));
    }),
  );
  feature.button(INVITE_PREFIX, async (ctx, token, optionId) => {
    const id = token.slice(INVITE_PREFIX.length);
    const answer = OPTION_RSVP[optionId];
    const notice = (key: string, vars?: Record<string, string | number>) => ctx.inbound.outbox.notice(deps.translator.t(ctx.lang, key, vars));
    if (!MEETING_ID.test(id) || !answer || !RSVPS.includes(answer)) return notice('button-expired');
    if (ctx.inbound.channel !== 'telegram' || !(await directory.member(keyOf(ctx)))) return notice('forum-members-only');
    const r = await service.rsvp(id, keyOf(ctx), answer);
    if ('message' in r) return;
    await notice(r.key, r.vars);
    const messageId = ctx.inbound.event.kind === 'choice' ? ctx.inbound.event.messageId : undefined;
    const profile = await profiles.get(keyOf(ctx));
    const lang = profile?.lang ?? ctx.lang;
    const updated = r.ok && messageId ? await service.invitationFor(id, lang, profile?.zone ?? 'Etc/UTC', answer) : null;
    if (updated && messageId) await ctx.inbound.outbox.edit(messageId, updated);
  });
  feature.help(async (ctx) => {
    if (ctx.inbound.channel !== 'telegram' || !(await directory.member(keyOf(ctx)))) return null;
    return (await directory.isOrganiser(ctx.inbound.chatId)) ? 'help-meetings-organiser' : 'help-meetings';
  });
  return feature.build();
}
