import type { CommandContext, CommandHandler } from './command-context.js';
import type { Feature } from './feature.js';
import type { FlowRunner } from './flow/flow-runner.js';
import { parseJoinCode } from './join-code.js';
import type { AudienceStore, FollowerCatchUp, FollowerStore } from './ports.js';
import type { Translator } from './translator.js';
import { DIRECT_AUDIENCE, type Follower } from './types.js';

export interface FollowerFeatureDeps {
  followers: FollowerStore;
  audiences: AudienceStore;
  runner: FlowRunner;
  translator: Translator;
  topics: readonly string[];
  /** Sends the plans already out to someone back from /stop or with a cause added. */
  catchUp?: FollowerCatchUp;
}

/**
 * /start with an optional join code: join, attribute, and onboard (or welcome back). Also what
 * a first message without a link does (a WhatsApp "hello"), with an empty code.
 */
export async function startFollower(ctx: CommandContext, arg: string, deps: FollowerFeatureDeps): Promise<void> {
  const parsed = parseJoinCode(arg, deps.topics);
  let audience = DIRECT_AUDIENCE;
  for (const code of parsed.audiences) {
    if (await deps.audiences.findByCode(code)) {
      audience = code;
      break;
    }
  }
  const { follower, created } = await ctx.ensureFollowerIn(audience);
  ctx.inbound.log.info({ audience, created, preset: parsed.topic !== null }, 'join');
  if (!created && audience !== DIRECT_AUDIENCE) await deps.followers.recordJoin(follower.id, audience, new Date());
  if (created || follower.status === 'onboarding') {
    const preset = parsed.topic ? [parsed.topic] : [];
    await deps.runner.start(follower.id, 'onboarding', { followerId: follower.id, preset }, ctx.lang, ctx.inbound.outbox);
    return;
  }
  if (follower.status === 'opted_out') {
    await deps.catchUp?.intend(follower.id);
    await deps.followers.update(follower.id, { status: 'active', optedOutAt: null });
    await ctx.reply('start-resubscribed');
    return deps.catchUp?.run(follower.id);
  }
  if (parsed.topic && !follower.topics.includes(parsed.topic)) {
    await deps.catchUp?.intend(follower.id);
    await deps.followers.update(follower.id, { topics: [...follower.topics, parsed.topic] });
    await ctx.reply('start-topic-added', { topic: deps.translator.t(ctx.lang, `topic-${parsed.topic}`) });
    return deps.catchUp?.run(follower.id);
  }
  return ctx.reply('start-welcome-back');
}

/**
 * A follower's own commands: joining, settings, privacy, /stop and /forget. Settings run as
 * flows; someone who never finished onboarding is sent back to it first.
 */
export function followerFeature(deps: FollowerFeatureDeps): Feature {
  const start: CommandHandler = (ctx, arg) => startFollower(ctx, arg, deps);
  const settings = (flow: string, current: (f: Follower) => string[]): CommandHandler => async (ctx) => {
    const f = ctx.follower;
    if (!f || f.status === 'onboarding') return start(ctx, '');
    await deps.runner.start(f.id, flow, { followerId: f.id, current: current(f) }, ctx.lang, ctx.inbound.outbox);
  };
  return {
    name: 'followers',
    help: () => 'help',
    commands: {
      start,
      privacy: (ctx) => ctx.reply('privacy'),
      language: settings('language', () => []),
      topics: settings('topics', (f) => f.topics),
      timezone: settings('timezone', (f) => [f.timezone]),
      stop: async (ctx) => {
        const f = ctx.follower;
        if (!f) return ctx.reply('stop-not-subscribed');
        await deps.runner.cancel(f.id);
        await deps.followers.update(f.id, { status: 'opted_out', optedOutAt: new Date() });
        ctx.inbound.log.info('opted out');
        return ctx.reply('stop-done');
      },
      forget: async (ctx) => {
        const f = ctx.follower;
        if (!f) return ctx.reply('forget-nothing');
        await deps.runner.start(f.id, 'forget', { followerId: f.id }, ctx.lang, ctx.inbound.outbox);
      },
    },
  };
}
