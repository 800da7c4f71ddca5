import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import { formatCount, formatWhen } from '../reports/report-format.js';
import type { ReportScope } from '../reports/report-types.js';
import { breakdownShown, MIN_SHOWN, shownCount, suppressComplement } from '../reports/small-counts.js';
import type { GatheringService } from './gathering-service.js';
import type { Gathering } from './gathering-types.js';

/** Gatherings a report covers: those that start from this long ago on (upcoming ones too). */
export const REPORT_GATHERINGS_DAYS = 90;
/** At most this many, newest first. */
export const REPORT_GATHERINGS_MAX = 5;

/** One gathering's figures as shown: invited → said yes, each a shown count (null: "<10"). */
export interface SafeGatheringFigures {
  invited: number | null;
  yes: number | null;
  /** Forum-wide only, over enough people: per audience, the small ones together as "others" (null when none). */
  audiences?: { code: string; invited: number | null; yes: number | null }[];
}

const total = (m: ReadonlyMap<string, number>, only?: string) => (only !== undefined ? (m.get(only) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0));

/**
 * Made safe the way the reach reports are (src/reports/small-counts.ts): counts rounded to 5 and
 * "<10" below 10; the per-audience breakdown only over at least 20 invited, audiences with under
 * 10 invited never named (they are "others" together), and when exactly one cell of a column is
 * hidden the smallest shown one is hidden too, so no hidden audience is the total less the rest.
 */
export function safeGatheringFigures(invited: ReadonlyMap<string, number>, yes: ReadonlyMap<string, number>, audience: string | null): SafeGatheringFigures {
  if (audience !== null) return { invited: shownCount(total(invited, audience)), yes: shownCount(total(yes, audience)) };
  const all = total(invited);
  const out: SafeGatheringFigures = { invited: shownCount(all), yes: shownCount(total(yes)) };
  if (!breakdownShown(all)) return out;
  const named = [...invited.entries()].filter(([, n]) => n >= MIN_SHOWN).sort((a, b) => b[1] - a[1]);
  const names = new Set(named.map(([code]) => code));
  const rows = named.map(([code, n]) => ({ code, invited: n, yes: yes.get(code) ?? 0 }));
  const rest = { code: '', invited: all - rows.reduce((s, r) => s + r.invited, 0), yes: [...yes.entries()].filter(([c]) => !names.has(c)).reduce((s, [, n]) => s + n, 0) };
  if (rest.invited > 0 || rest.yes > 0) rows.push(rest);
  const invitedCells = suppressComplement(rows.map((r) => shownCount(r.invited)));
  const yesCells = suppressComplement(rows.map((r) => shownCount(r.yes)));
  out.audiences = rows.map((r, i) => ({ code: r.code, invited: invitedCells[i]!, yes: yesCells[i]! }));
  return out;
}

/**
 * The gatherings section of /report: per gathering, invited → said yes, for the influencer's own
 * audience (forum gatherings and their own) or forum-wide with each audience's line (organisers).
 * Null when there is no gathering to show.
 */
export function gatheringReportSection(service: GatheringService, t: Translator) {
  return async (scope: ReportScope, lang: Language): Promise<string | null> => {
    const since = new Date(service.now().getTime() - REPORT_GATHERINGS_DAYS * 86_400_000);
    const audience = scope.kind === 'audience' ? scope.code : null;
    const mine = (g: Gathering) => audience === null || g.host.kind === 'forum' || g.host.code === audience;
    const shown: { g: Gathering; invited: Map<string, number>; yes: Map<string, number> }[] = [];
    for (const g of (await service.recent(since)).filter(mine)) {
      if (shown.length >= REPORT_GATHERINGS_MAX) break;
      const figures = await service.figures(g.id);
      // An influencer's report leaves out the forum's gatherings that invited nobody of theirs.
      if (audience === null || g.host.kind === 'influencer' || figures.invited.has(audience)) shown.push({ g, ...figures });
    }
    if (!shown.length) return null;
    const c = (n: number | null) => formatCount(lang, n);
    const lines = [t.t(lang, 'gathering-report-heading')];
    for (const { g, invited, yes } of shown) {
      const safe = safeGatheringFigures(invited, yes, audience);
      lines.push(t.t(lang, 'gathering-report-line', { title: g.title, when: formatWhen(lang, g.startsAt), invited: c(safe.invited), yes: c(safe.yes) }));
      for (const a of safe.audiences ?? []) {
        const name = a.code === '' ? t.t(lang, 'report-others') : a.code;
        lines.push(t.t(lang, 'gathering-report-audience', { audience: name, invited: c(a.invited), yes: c(a.yes) }));
      }
    }
    return lines.join('\n');
  };
}
