/**
 * A running broadcast as an organiser reads it: a progress bar, sent / pending / failed /
 * blocked, the rate and the time left; and the final figures once it is over. Shared by the
 * organisers' edited Telegram message (broadcast-watch.ts) and `npm run plan -- status --watch`.
 */
import type { Translator } from '../core/translator.js';
import type { Language } from '../core/types.js';
import type { BroadcastTotals } from '../plans/plan-types.js';

/** The totals at one moment. */
export interface ProgressSample {
  at: number;
  totals: BroadcastTotals;
}

const BAR_WIDTH = 20;

/** Deliveries with an outcome: sent, failed or blocked. */
export function finished(t: BroadcastTotals): number {
  return t.sent + t.failed + t.blocked;
}

/** Rate (outcomes per second since the first sample) and seconds left at that rate; null while unknown. */
export function progressFigures(first: ProgressSample, latest: ProgressSample): { pct: number; rate: number | null; leftSeconds: number | null } {
  const total = finished(latest.totals) + latest.totals.pending;
  const pct = total === 0 ? 0 : Math.floor((100 * finished(latest.totals)) / total);
  const seconds = (latest.at - first.at) / 1000;
  const moved = finished(latest.totals) - finished(first.totals);
  const rate = seconds >= 1 && moved > 0 ? moved / seconds : null;
  return { pct, rate, leftSeconds: rate === null ? null : Math.ceil(latest.totals.pending / rate) };
}

/** `▓▓▓▓░░░░ 42%` */
export function progressBar(pct: number): string {
  const full = Math.round((pct / 100) * BAR_WIDTH);
  return `${'▓'.repeat(full)}${'░'.repeat(BAR_WIDTH - full)} ${pct}%`;
}

/** "3 min" or "45 sec", in the organiser's language. */
export function formatDuration(seconds: number, lang: Language): string {
  const unit = seconds >= 90 ? 'minute' : 'second';
  const value = unit === 'minute' ? Math.ceil(seconds / 60) : Math.max(1, Math.round(seconds));
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** The progress message: while running (`done` false) or the final figures. */
export function renderBroadcastProgress(
  planId: string,
  first: ProgressSample,
  latest: ProgressSample,
  done: boolean,
  t: Translator,
  lang: Language,
): string {
  const { sent, pending, failed, blocked } = latest.totals;
  const figures = progressFigures(first, latest);
  const lines = [t.t(lang, 'bcast-watch-title', { id: planId }), progressBar(done ? 100 : figures.pct)];
  lines.push(t.t(lang, 'bcast-watch-figures', { sent, pending, failed, blocked }));
  if (done) {
    lines.push(t.t(lang, 'bcast-watch-done', { took: formatDuration((latest.at - first.at) / 1000, lang) }));
  } else if (figures.rate === null || figures.leftSeconds === null) {
    lines.push(t.t(lang, 'bcast-watch-rate-unknown'));
  } else {
    const rate = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(figures.rate);
    lines.push(t.t(lang, 'bcast-watch-rate', { rate, left: formatDuration(figures.leftSeconds, lang) }));
  }
  return lines.join('\n');
}
