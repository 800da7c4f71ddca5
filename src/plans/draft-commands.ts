import type { CommandContext } from '../core/command-context.js';
import { declareFeature, type Feature } from '../core/feature.js';
import type { FlowRunner, FlowStateStore } from '../core/flow/flow-runner.js';
import type { ChannelName } from '../core/types.js';
import type { AddressVault } from '../privacy/address-vault.js';

/** The drafting flow's name in the members' runner (flows/draft-plan.ts). */
export const DRAFT_FLOW = 'draft-plan';

/**
 * A member's key on a channel: the keyed hash organisers are stored and approve as (on Telegram
 * exactly organiserKey), never their chat id.
 */
export function memberKey(vault: AddressVault, channel: ChannelName, chatId: string): string {
  return vault.hash(channel, `organiser:${chatId}`);
}

/** Where a member's draft is kept in the flow states: under their member key, apart from any follower id. */
export function draftKey(vault: AddressVault, channel: ChannelName, chatId: string): string {
  return `draft:${memberKey(vault, channel, chatId)}`;
}

/** What the drafting feature gives the organisers' /cancel: drops the draft in progress, if any (true then). */
export type CancelDraft = (ctx: CommandContext) => Promise<boolean>;

/**
 * /draft: a member who may propose (an organiser) drafts a plan in a guided conversation instead
 * of writing YAML. The draft is a flow of its own, keyed by the member's key, so it survives a
 * restart, leaves any follower flow of theirs alone, and is gone once proposed or cancelled.
 */
export function draftFeature(deps: { runner: FlowRunner; states: FlowStateStore; vault: AddressVault }): { feature: Feature; cancelDraft: CancelDraft } {
  const { runner, states, vault } = deps;
  const feature = declareFeature('drafting');
  const key = (ctx: CommandContext) => draftKey(vault, ctx.inbound.channel, ctx.inbound.chatId);
  feature.command('draft', async (ctx) => {
    if (!ctx.inbound.organiser) return ctx.reply('org-only');
    if (await states.get(key(ctx))) return ctx.reply('draft-in-progress');
    const member = memberKey(vault, ctx.inbound.channel, ctx.inbound.chatId);
    await runner.start(key(ctx), DRAFT_FLOW, { member }, ctx.lang, ctx.inbound.outbox);
  });
  feature.conversation(async (ctx) => ctx.inbound.organiser && (await runner.resume(key(ctx), ctx.inbound.event, ctx.inbound.outbox)) === 'handled');
  feature.help((ctx) => (ctx.inbound.organiser ? 'help-drafting' : null));
  const cancelDraft: CancelDraft = async (ctx) => {
    if (!ctx.inbound.organiser || !(await states.get(key(ctx)))) return false;
    await runner.cancel(key(ctx));
    await ctx.reply('draft-cancelled');
    return true;
  };
  return { feature: feature.build(), cancelDraft };
}
