import type { CommandContext, CommandHandler } from '../core/command-context.js';
import type { InfluencerRegistry } from './influencer-registry.js';
import type { Influencer } from './influencer-store.js';

/** Runs a command on Telegram only: influencers' report chats are Telegram accounts. */
export function telegramOnly(fn: CommandHandler): CommandHandler {
  return async (ctx, arg) => {
    if (ctx.inbound.channel !== 'telegram') return ctx.reply('influencer-telegram-only');
    await fn(ctx, arg);
  };
}

/** The influencer behind this chat (by `code` when they own several), or a reply saying why not. */
export async function ownInfluencer(ctx: CommandContext, registry: InfluencerRegistry, code: string | null): Promise<Influencer | null> {
  const owned = await registry.ownedBy(ctx.inbound.chatId);
  if (!owned.length) {
    await ctx.reply('influencer-only');
    return null;
  }
  const pick = code ? owned.find((i) => i.code === code) : owned[0];
  if (!pick) await ctx.reply('report-not-yours');
  return pick ?? null;
}
