import { placeName } from '../core/places.js';
import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import type { Translator } from '../core/translator.js';
import type { Meeting, Proposal, Rsvp } from './meeting-types.js';

/** Intl's tag for a language ("en" as the forum writes it: 15 December, 18:00). */
const tag = (lang: Language) => (lang === 'en' ? 'en-GB' : lang);

/** A meeting's time as one reader sees it: their language, their zone, and the zone's place name. */
export function meetingTime(at: Date, lang: Language, zone: string): { date: string; place: string } {
  const date = new Intl.DateTimeFormat(tag(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(at);
  return { date, place: placeName(zone, lang) };
}

/** The choice token of a meeting's invitation buttons (`mt.<id>`; options y, n, m). */
export const INVITE_PREFIX = 'mt.';
export const RSVP_OPTION: Readonly<Record<Rsvp, string>> = { yes: 'y', no: 'n', maybe: 'm' };
export const OPTION_RSVP: Readonly<Record<string, Rsvp>> = { y: 'yes', n: 'no', m: 'maybe' };

const list = (items: readonly string[]) => (items.length ? items.map((x, i) => `${i + 1}. ${x}`).join('\n') : '—');

/** The meeting's head: topic, time in the reader's zone, link, guests, agenda items. */
export function meetingCard(m: Meeting, lang: Language, zone: string, t: Translator): string {
  const { date, place } = meetingTime(m.startsAt, lang, zone);
  return t.t(lang, 'meeting-card', { id: m.id, topic: m.topic, date, place, link: m.link, guests: m.guests.join(', ') || '—', agenda: list(m.agenda) });
}

/** The invitation one member gets: the card, and Yes / No / Maybe (their answer marked). */
export function renderInvitation(m: Meeting, lang: Language, zone: string, t: Translator, answer?: Rsvp): OutMessage {
  const text = `${t.t(lang, 'meeting-invitation-head')}\n\n${meetingCard(m, lang, zone, t)}\n\n${t.t(lang, 'meeting-invitation-foot', { id: m.id })}`;
  const label = (r: Rsvp) => `${answer === r ? '✓ ' : ''}${t.t(lang, `meeting-rsvp-${r}`)}`;
  return {
    text,
    rtl: RTL_LANGUAGES.has(lang),
    preview: false,
    choices: {
      token: `${INVITE_PREFIX}${m.id}`,
      options: (['yes', 'no', 'maybe'] as const).map((r) => ({ id: RSVP_OPTION[r], label: label(r), selected: answer === r })),
      hint: t.t(lang, 'meeting-rsvp-hint', { id: m.id }),
      columns: 3,
    },
  };
}

/** The full view (/meeting show): the card, proposals with their backers, the answers so far, the minutes. */
export function renderMeeting(
  m: Meeting,
  view: { proposals: { p: Proposal; backers: number }[]; rsvp: Record<Rsvp | 'none', number>; plansOf: Map<string, string> },
  lang: Language,
  zone: string,
  t: Translator,
): OutMessage {
  const lines = [meetingCard(m, lang, zone, t), ''];
  if (m.cancelledAt) lines.push(t.t(lang, 'meeting-is-cancelled'), '');
  lines.push(t.t(lang, 'meeting-proposals-title', { count: view.proposals.length }));
  for (const { p, backers } of view.proposals) {
    const plan = view.plansOf.get(p.id);
    lines.push(t.t(lang, 'meeting-proposal-line', { id: p.id, title: p.title, count: backers }) + (plan ? ` → ${plan}` : ''));
    if (p.file) lines.push(t.t(lang, 'meeting-proposal-file', { id: p.id, name: p.file.name }));
  }
  lines.push('', t.t(lang, 'meeting-rsvp-counts', view.rsvp));
  if (m.minutes) lines.push('', t.t(lang, 'meeting-minutes-title'), m.minutes.text);
  return { text: lines.join('\n'), rtl: RTL_LANGUAGES.has(lang), preview: false };
}
