import type { App } from '../app.js';
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import { GATHERING_ID, parseGatheringInput } from '../gatherings/gathering-schema.js';
import { stringify } from 'yaml';
import { formatGatheringTime } from '../gatherings/gathering-time.js';
import type { GatheringHost } from '../gatherings/gathering-types.js';

/** The details of an announcement as the CLI takes them (flags), in the chat's `key: value` form. */
export interface GatheringFlags {
  cause?: string;
  starts?: string;
  link?: string;
  title?: string;
  guests?: string;
  minutes?: string;
  audience?: string;
}

/**
 * Runs one gathering command from the command line as organiser `me` (their keyed hash) and
 * returns what to print, worded as the chat's replies in `lang`; null when the words are not a
 * gathering command. `announce` is forum-wide, or for one influencer's audience with --audience.
 */
export async function gatheringCommand(
  app: App,
  args: { me: string; words: readonly string[]; flags: GatheringFlags; topics: readonly string[]; lang: Language; t: Translator },
): Promise<{ ok: boolean; text: string } | null> {
  const { me, words, flags, topics, lang, t } = args;
  const service = app.gatherings;
  const [command, target] = words;
  if (command === 'list') {
    const list = await service.upcoming();
    if (!list.length) return { ok: true, text: t.t(lang, 'gathering-list-none') };
    return { ok: true, text: list.map((g) => t.t(lang, 'gathering-list-line', { id: g.id, title: g.title, when: formatGatheringTime(lang, g.startsAt, 'UTC') })).join('\n') };
  }
  if (command === 'cancel') {
    const g = target && GATHERING_ID.test(target) ? await service.get(target) : null;
    if (!g) return { ok: false, text: t.t(lang, 'gathering-unknown', { id: target ?? '' }) };
    await service.cancel(g.id);
    return { ok: true, text: t.t(lang, 'gathering-cancelled', { id: g.id, title: g.title }) };
  }
  if (command !== 'announce') return null;
  const fields = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  const parsed = parseGatheringInput(stringify(fields), topics, service.now());
  if (!parsed.ok) return { ok: false, text: t.t(lang, 'gathering-invalid', { errors: parsed.errors.map((e) => `• ${e}`).join('\n') }) };
  let host: GatheringHost = { kind: 'forum' };
  if (parsed.input.audience) {
    const inf = await app.influencers.registry.get(parsed.input.audience);
    if (!inf) return { ok: false, text: t.t(lang, 'gathering-unknown-audience', { audience: parsed.input.audience }) };
    host = { kind: 'influencer', code: inf.code, displayName: inf.displayName };
  }
  const g = await service.announce(parsed.input, host, me);
  const vars = { id: g.id, title: g.title, when: formatGatheringTime(lang, g.startsAt, 'UTC'), cause: t.t(lang, `topic-${g.cause}`), audience: host.kind === 'influencer' ? host.displayName : '' };
  return { ok: true, text: t.t(lang, host.kind === 'forum' ? 'gathering-announced-forum' : 'gathering-announced-audience', vars) };
}
