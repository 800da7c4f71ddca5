import type { BroadcastKind } from './broadcast-ports.js';

/*
 * Broadcast ids. A plan's first send keeps the plan id itself (so broadcasts stored before there
 * were other kinds go on working); a correction is `<planId>@r<N>`, the closing `<planId>#close`.
 * Plan ids are slugs of [a-z0-9-], so neither mark can be part of one. A gathering's announcement
 * is `<gatheringId>#gathering` (gathering ids start `g_`, so they are never plan ids either).
 */

export function gatheringBroadcastId(gatheringId: string): string {
  return `${gatheringId}#gathering`;
}

export function correctionBroadcastId(planId: string, revision: number): string {
  return `${planId}@r${revision}`;
}

export function closingBroadcastId(planId: string): string {
  return `${planId}#close`;
}

/** The plan (a gathering's: the gathering), kind and revision (corrections only) a broadcast id stands for. */
export function parseBroadcastId(id: string): { planId: string; kind: BroadcastKind; revision?: number } {
  const correction = /^(.+)@r(\d+)$/.exec(id);
  if (correction) return { planId: correction[1]!, kind: 'correction', revision: Number(correction[2]) };
  if (id.endsWith('#close')) return { planId: id.slice(0, -'#close'.length), kind: 'closing' };
  if (id.endsWith('#gathering')) return { planId: id.slice(0, -'#gathering'.length), kind: 'gathering' };
  return { planId: id, kind: 'first' };
}

/** True for a plan's first send, whose records live on the plan and in `deliveries`. */
export function isFirstSend(id: string): boolean {
  return !id.includes('@') && !id.includes('#');
}
