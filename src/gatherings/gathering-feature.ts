import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { Follower } from '../core/types.js';
import type { Translator } from '../core/translator.js';
import { formatGatheringTime } from './gathering-time.js';
import { GATHERING_ID, parseGatheringInput } from './gathering-schema.js';
import type { AnswerOutcome, GatheringService } from './gathering-service.js';
import type { Gathering, GatheringHost } from './gathering-types.js';
import { decodeGatheringTap, GATHERING_TOKEN_PREFIX } from './render-gathering.js';

/** The audiences a Telegram chat owns (the influencers' registry is one). */
export interface AudienceOwners {
  ownedBy(chatId: string): Promise<{ code: string; displayName: string }[]>;
  get(code: string): Promise<{ code: string; displayName: string } | null>;
}

/** Gatherings /gatherings shows at once. */
const LISTED = 5;

/** The reply to each answer, as a locale key. */
const ANSWER_KEYS: Record<AnswerOutcome, string> = {
  'said-yes': 'gathering-going-thanks',
  'already-yes': 'gathering-going-already',
  'took-back': 'gathering-not-going-done',
  'was-not-yes': 'gathering-not-going-already',
  gone: 'button-expired',
  cancelled: 'gathering-cancelled-notice',
  over: 'gathering-over-notice',
  'not-invited': 'gathering-not-invited',
};

/**
 * Gatherings in chat. Organisers announce forum-wide and influencers to their own audience with
 * `/gathering` and the details as `key: value` lines (also `/gathering list`, `/gathering cancel
 * <id>`), on Telegram. Followers answer with the message's button, or on text channels by typing
 * "going" / "not going" (a number picks one of `/gatherings`, which lists those they are invited to).
 */
export function gatheringFeature(deps: {
  service: GatheringService;
  owners: AudienceOwners;
  translator: Translator;
  topics: readonly string[];
  /** An organiser's keyed hash (what approvals store), from their Telegram id. */
  organiserKey: (telegramId: string) => string;
}): Feature {
  const { service, owners, translator: t } = deps;
  const feature = declareFeature('gatherings');

  /** Who may host from this chat: the forum (organisers), or the influencers whose audiences it owns. */
  const hostsOf = async (ctx: CommandContext): Promise<{ organiser: boolean; owned: { code: string; displayName: string }[] }> => {
    if (ctx.inbound.channel !== 'telegram') return { organiser: false, owned: [] };
    return { organiser: ctx.inbound.organiser, owned: ctx.inbound.organiser ? [] : await owners.ownedBy(ctx.inbound.chatId) };
  };

  const announce = async (ctx: CommandContext, body: string, who: { organiser: boolean; owned: { code: string; displayName: string }[] }) => {
    const parsed = parseGatheringInput(body, deps.topics, service.now());
    if (!parsed.ok) return ctx.reply('gathering-invalid', { errors: parsed.errors.map((e) => `• ${e}`).join('\n') });
    const { input } = parsed;
    let host: GatheringHost;
    if (who.organiser) {
      const inf = input.audience ? await owners.get(input.audience) : null;
      if (input.audience && !inf) return ctx.reply('gathering-unknown-audience', { audience: input.audience });
      host = inf ? { kind: 'influencer', code: inf.code, displayName: inf.displayName } : { kind: 'forum' };
    } else {
      const inf = input.audience ? who.owned.find((o) => o.code === input.audience) : who.owned.length === 1 ? who.owned[0] : undefined;
      if (!inf) return ctx.reply('gathering-which-audience', { codes: who.owned.map((o) => o.code).join(', ') });
      host = { kind: 'influencer', code: inf.code, displayName: inf.displayName };
    }
    const createdBy = who.organiser ? deps.organiserKey(ctx.inbound.chatId) : `audience:${host.kind === 'influencer' ? host.code : ''}`;
    const g = await service.announce(input, host, createdBy);
    await ctx.reply(host.kind === 'forum' ? 'gathering-announced-forum' : 'gathering-announced-audience', {
      id: g.id,
      title: g.title,
      when: formatGatheringTime(ctx.lang, g.startsAt, 'UTC'),
      cause: t.t(ctx.lang, `topic-${g.cause}`),
      audience: host.kind === 'influencer' ? host.displayName : '',
    });
  };

  const mayManage = (g: Gathering, who: { organiser: boolean; owned: { code: string }[] }) =>
    who.organiser || (g.host.kind === 'influencer' && who.owned.some((o) => o.code === (g.host as { code: string }).code));

  feature.command('gathering', async (ctx, arg) => {
    const who = await hostsOf(ctx);
    if (!who.organiser && !who.owned.length) return ctx.reply('gathering-hosts-only');
    const [first = '', second = ''] = arg.trim().split(/\s+/);
    const word = first.toLowerCase();
    if (!arg.trim() || word === 'help') return ctx.reply('gathering-usage');
    if (word === 'list') {
      const mine = (await service.upcoming()).filter((g) => mayManage(g, who));
      if (!mine.length) return ctx.reply('gathering-list-none');
      const lines = mine.map((g) => t.t(ctx.lang, 'gathering-list-line', { id: g.id, title: g.title, when: formatGatheringTime(ctx.lang, g.startsAt, 'UTC') }));
      await ctx.inbound.outbox.send({ text: lines.join('\n') });
      return;
    }
    if (word === 'cancel') {
      const id = second.toLowerCase();
      const g = GATHERING_ID.test(id) ? await service.get(id) : null;
      if (!g || !mayManage(g, who)) return ctx.reply('gathering-unknown', { id: second });
      await service.cancel(g.id);
      return ctx.reply('gathering-cancelled', { id: g.id, title: g.title });
    }
    return announce(ctx, arg, who);
  });

  /** Answers for a follower, then re-renders the message they tapped (or sends it, when typed). */
  const answer = async (ctx: CommandContext, follower: Follower, gatheringId: string, yes: boolean, messageId?: string) => {
    const { outcome, gathering } = await service.answer(gatheringId, follower, yes ? 'yes' : 'no');
    const key = ANSWER_KEYS[outcome];
    const typed = ctx.inbound.event.kind !== 'choice';
    if (gathering && (outcome === 'said-yes' || outcome === 'took-back' || outcome === 'already-yes' || outcome === 'was-not-yes')) {
      const msg = await service.messageFor(gathering, follower);
      if (typed) {
        await ctx.reply(key, { title: gathering.title });
        if (outcome === 'said-yes' || outcome === 'took-back') await ctx.inbound.outbox.send(msg);
        return;
      }
      await ctx.inbound.outbox.notice(t.t(ctx.lang, key, { title: gathering.title }));
      if (messageId) await ctx.inbound.outbox.edit(messageId, msg);
      return;
    }
    if (typed) return ctx.reply(key, { title: gathering?.title ?? '' });
    return ctx.inbound.outbox.notice(t.t(ctx.lang, key, { title: gathering?.title ?? '' }));
  };

  feature.button(GATHERING_TOKEN_PREFIX, async (ctx, token, optionId) => {
    const tap = decodeGatheringTap(token, optionId);
    if (!tap || !ctx.follower) return ctx.inbound.outbox.notice(t.t(ctx.lang, 'button-expired'));
    const messageId = ctx.inbound.event.kind === 'choice' ? ctx.inbound.event.messageId : undefined;
    return answer(ctx, ctx.follower, tap.gatheringId, tap.answer === 'yes', messageId);
  });

  /** "going" / "not going", typed: the numbered one of /gatherings, or the one it can only mean. */
  const typed = (yes: boolean) => async (ctx: CommandContext, arg: string) => {
    const follower = ctx.follower;
    if (!follower || follower.status !== 'active') return ctx.reply('gatherings-none');
    const list = (await service.invitedTo(follower)).slice(0, LISTED);
    if (!list.length) return ctx.reply('gatherings-none');
    const n = arg.trim() ? Number(arg.trim()) : NaN;
    if (arg.trim() && (!Number.isInteger(n) || n < 1 || n > list.length)) return ctx.reply('gathering-pick-number', { count: list.length });
    let g: Gathering | undefined = list[n - 1];
    if (!g) {
      const answered = await Promise.all(list.map((x) => service.said(x.id, follower.id)));
      const fitting = list.filter((_, i) => answered[i] !== yes);
      if (list.length > 1 && fitting.length !== 1) return ctx.reply('gathering-pick-number', { count: list.length });
      g = fitting[0] ?? list[0]!;
    }
    return answer(ctx, follower, g.id, yes);
  };
  feature.command('going', typed(true));
  feature.command('notgoing', typed(false));

  feature.command('gatherings', async (ctx) => {
    const follower = ctx.follower;
    const list = follower && follower.status === 'active' ? (await service.invitedTo(follower)).slice(0, LISTED) : [];
    if (!follower || !list.length) return ctx.reply('gatherings-none');
    if (list.length > 1) await ctx.reply('gatherings-intro', { count: list.length });
    for (const [i, g] of list.entries()) {
      const msg = await service.messageFor(g, follower);
      await ctx.inbound.outbox.send(list.length > 1 ? { ...msg, text: `${i + 1}. ${msg.text}` } : msg);
    }
  });

  // Followers meet gatherings in their invitations (a button, or the word to type); hosts get a /help section.
  feature.help(async (ctx) => {
    const who = await hostsOf(ctx);
    return who.organiser || who.owned.length ? 'help-gatherings-hosts' : null;
  });
  return feature.build();
}
