import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import type { Translator } from '../core/translator.js';
import { GATHERING_ID } from './gathering-schema.js';
import { formatGatheringTime } from './gathering-time.js';
import type { Gathering } from './gathering-types.js';

/**
 * A gathering's buttons on the wire: the choice token is `ga.<gatheringId>`, the option `yes`
 * ("I'll be there") or `no` ("I can't come after all"). Telegram joins them as `token|option`.
 */
export const GATHERING_TOKEN_PREFIX = 'ga.';

export type GatheringAnswer = 'yes' | 'no';

export function gatheringToken(id: string): string {
  return `${GATHERING_TOKEN_PREFIX}${id}`;
}

/** Reads a tap back; null for anything this family never sent (forged, oversized). */
export function decodeGatheringTap(token: string, optionId: string): { gatheringId: string; answer: GatheringAnswer } | null {
  if (!token.startsWith(GATHERING_TOKEN_PREFIX)) return null;
  const id = token.slice(GATHERING_TOKEN_PREFIX.length);
  if (!GATHERING_ID.test(id) || (optionId !== 'yes' && optionId !== 'no')) return null;
  return { gatheringId: id, answer: optionId };
}

/** The lines every gathering message shows: title, host, time in the reader's zone, length, guests, cause, link. */
function detailLines(g: Gathering, lang: Language, timezone: string | undefined, t: Translator): string[] {
  const tr = (key: string, vars?: Record<string, string | number>) => t.t(lang, key, vars);
  const lines = [
    tr('gathering-when', { when: formatGatheringTime(lang, g.startsAt, timezone) }),
    tr('gathering-length', { minutes: g.minutes }),
  ];
  if (g.guests.length) lines.push(tr('gathering-guests', { guests: joinNames(lang, g.guests) }));
  lines.push(tr('gathering-cause', { cause: tr(`topic-${g.cause}`) }));
  // The link alone on its line: nothing (no direction mark either) may touch it.
  lines.push('', g.link);
  return lines;
}

/** "A, B and C", joined as the reader's language joins names (ICU has no Uyghur list data: written out here). */
function joinNames(lang: Language, names: readonly string[]): string {
  if (lang === 'ug') return names.length < 2 ? names.join('') : `${names.slice(0, -1).join('، ')} ۋە ${names.at(-1)!}`;
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' }).format(names);
}

function hostLine(g: Gathering, lang: Language, t: Translator): string {
  return g.host.kind === 'forum' ? t.t(lang, 'gathering-host-forum') : t.t(lang, 'gathering-host-influencer', { name: g.host.displayName });
}

/**
 * The announcement as one follower sees it, in their language and zone, with the one button that
 * fits their answer: "I'll be there", or once they said so, "I can't come after all". On text
 * channels the buttons become a typed word (the hint).
 */
export function renderGatheringMessage(g: Gathering, lang: Language, timezone: string | undefined, t: Translator, opts: { answered: boolean }): OutMessage {
  const tr = (key: string, vars?: Record<string, string | number>) => t.t(lang, key, vars);
  const lines = [tr('gathering-title', { title: g.title }), hostLine(g, lang, t), '', ...detailLines(g, lang, timezone, t)];
  lines.push('', tr(opts.answered ? 'gathering-you-are-going' : 'gathering-invite-line'));
  return {
    text: lines.join('\n'),
    rtl: RTL_LANGUAGES.has(lang),
    preview: false,
    choices: {
      token: gatheringToken(g.id),
      options: [opts.answered ? { id: 'no', label: tr('gathering-button-not-going') } : { id: 'yes', label: tr('gathering-button-going') }],
      hint: tr(opts.answered ? 'gathering-hint-going' : 'gathering-hint'),
      listInText: false,
    },
  };
}

/** The reminder an hour before, to those who said they would be there. */
export function renderGatheringReminder(g: Gathering, lang: Language, timezone: string | undefined, t: Translator): OutMessage {
  const lines = [t.t(lang, 'gathering-reminder', { title: g.title }), '', ...detailLines(g, lang, timezone, t)];
  return { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false };
}

/** To those who said they would come: the gathering is off. */
export function renderGatheringCancelled(g: Gathering, lang: Language, timezone: string | undefined, t: Translator): OutMessage {
  const text = t.t(lang, 'gathering-cancelled-message', { title: g.title, when: formatGatheringTime(lang, g.startsAt, timezone) });
  return { text, rtl: RTL_LANGUAGES.has(lang), preview: false };
}
