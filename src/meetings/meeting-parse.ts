import { z } from 'zod';
import { isZone, zoneFromPlace } from '../core/places.js';

/*
 * What an organiser writes to schedule a meeting, one field a line:
 *
 *   /meeting schedule
 *   when: 2026-12-15 18:00 Europe/Istanbul      (or a place: 2026-12-15 18:00 Istanbul)
 *   link: https://meet.example.org/forum-december
 *   topic: The winter campaign
 *   guests: Dr Amina Yusuf; Prof. Ilham Tohti       (as they wish to be shown; or one per `guest:` line)
 *   agenda: Reports from the month; Next month's plan   (or one per `item:` line, or `- ` lines)
 *
 * Each problem is a locale key (with its variables), so the organiser is told in their language.
 */

export const MAX_GUESTS = 12;
export const MAX_AGENDA = 15;
const LINE_MAX = 200;

/** The instant a local date and time has in a zone (the offset read back by Intl, twice for a DST edge). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, zone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (t: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(t));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(t / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** `2026-12-15 18:00 Europe/Istanbul` (or a place name, or UTC+3) as an instant and its zone; null with the problem's key. */
export function parseWhen(text: string): { at: Date; zone: string } | { error: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})\s+(.{2,60})$/.exec(text.trim());
  if (!m) return { error: 'meeting-error-when' };
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || check.getUTCDate() !== d || h > 23 || mi > 59) return { error: 'meeting-error-date' };
  const zone = zoneFromPlace(m[6]!.trim());
  if (!zone || !isZone(zone)) return { error: 'meeting-error-zone' };
  return { at: zonedInstant(y, mo, d, h, mi, zone), zone };
}

const line = z.string().trim().min(1, 'meeting-error-empty').max(LINE_MAX, 'meeting-error-long');

/** A meeting as scheduled, checked; `now` decides what is in the past. */
export function meetingSchema(now: Date) {
  return z.object({
    when: z
      .string({ error: 'meeting-error-missing-when' })
      .transform((s, ctx) => {
        const r = parseWhen(s);
        if ('error' in r) {
          ctx.addIssue({ code: 'custom', message: r.error });
          return z.NEVER;
        }
        return r;
      })
      .refine((w) => w.at.getTime() > now.getTime(), 'meeting-error-past'),
    link: z
      .string({ error: 'meeting-error-missing-link' })
      .trim()
      .max(300, 'meeting-error-link')
      .refine((s) => {
        try {
          const u = new URL(s);
          return u.protocol === 'https:' && Boolean(u.hostname) && !/\s/.test(s);
        } catch {
          return false;
        }
      }, 'meeting-error-link'),
    topic: z.string({ error: 'meeting-error-missing-topic' }).pipe(line),
    guests: z.array(line).max(MAX_GUESTS, 'meeting-error-guests').default([]),
    agenda: z.array(line).max(MAX_AGENDA, 'meeting-error-agenda').default([]),
  });
}

export type ScheduledMeeting = z.output<ReturnType<typeof meetingSchema>>;

const FIELD: Record<string, 'when' | 'link' | 'topic' | 'guests' | 'agenda'> = {
  when: 'when',
  date: 'when',
  time: 'when',
  link: 'link',
  place: 'link',
  url: 'link',
  topic: 'topic',
  subject: 'topic',
  guests: 'guests',
  guest: 'guests',
  agenda: 'agenda',
  item: 'agenda',
  items: 'agenda',
};

/** Reads the lines into fields (unknown `key:` lines are a problem; `- x` lines add to the agenda). */
export function parseMeetingText(text: string, now: Date): { ok: true; meeting: ScheduledMeeting } | { ok: false; errors: { key: string; vars?: Record<string, string> }[] } {
  const raw: { when?: string; link?: string; topic?: string; guests: string[]; agenda: string[] } = { guests: [], agenda: [] };
  const errors: { key: string; vars?: Record<string, string> }[] = [];
  let last: string | undefined;
  for (const l of text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)) {
    const bullet = /^[-•*]\s*(.+)$/.exec(l);
    if (bullet && (last === 'agenda' || last === 'guests')) {
      raw[last].push(bullet[1]!);
      continue;
    }
    const m = /^([^\s:：]{2,12})\s*[:：]\s*(.*)$/.exec(l);
    const field = m ? FIELD[m[1]!.toLowerCase()] : undefined;
    if (!m || !field) {
      errors.push({ key: 'meeting-error-line', vars: { line: l.slice(0, 40) } });
      continue;
    }
    last = field;
    const value = m[2]!.trim();
    if (field === 'guests' || field === 'agenda') raw[field].push(...value.split(';').map((s) => s.trim()).filter(Boolean));
    else raw[field] = value;
  }
  const parsed = meetingSchema(now).safeParse(raw);
  if (!parsed.success) errors.push(...[...new Set(parsed.error.issues.map((i) => i.message))].map((key) => ({ key: key.startsWith('meeting-error') ? key : 'meeting-error-empty' })));
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, meeting: parsed.data };
}
