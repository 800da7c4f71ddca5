import { RTL_LANGUAGES, type Language, type OutMessage } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { renderReportChart } from './render-report-chart.js';
import { renderReportCsv } from './render-report-csv.js';
import { renderReportText } from './render-report-text.js';
import type { SafeReport } from './safe-report.js';

/** What to send with a report besides its text. */
export interface ReportMessageOptions {
  /** Attach the funnel chart (when a plan has gone out). */
  chart: boolean;
  /** Attach the CSV file. */
  csv: boolean;
  /** A closing line of hints (locale key). */
  footerKey?: string;
  /** Offer a button that sends the CSV (a choice token routed back to the feature). */
  csvButtonToken?: string;
  /** A line put before the report (locale key), e.g. the weekly greeting. */
  introKey?: string;
}

/** A file name part from a scope: the audience code, or "forum". */
function scopeName(report: SafeReport): string {
  return report.scope.kind === 'audience' ? report.scope.code : 'forum';
}

/** The report as messages ready for any outbox or sender: text, then chart, then CSV. */
export async function reportMessages(report: SafeReport, t: Translator, lang: Language, opts: ReportMessageOptions): Promise<OutMessage[]> {
  const rtl = RTL_LANGUAGES.has(lang);
  const texts = renderReportText(report, t, lang, { footerKey: opts.footerKey });
  if (opts.introKey) texts[0] = `${t.t(lang, opts.introKey)}\n\n${texts[0] ?? ''}`;
  const out: OutMessage[] = texts.map((text) => ({ text, rtl, preview: false }));
  const day = report.at.toISOString().slice(0, 10);
  if (opts.chart) {
    const png = await renderReportChart(report, t, lang);
    if (png) out.push({ text: t.t(lang, 'report-chart-caption'), rtl, image: { png, filename: `reach-${scopeName(report)}-${day}.png` } });
  }
  if (opts.csv) {
    out.push({ text: t.t(lang, 'report-csv-caption'), rtl, document: { data: renderReportCsv(report), filename: `reach-${scopeName(report)}-${day}.csv` } });
  } else if (opts.csvButtonToken) {
    const last = out.findLastIndex((m) => !m.image && !m.document);
    const msg = out[last];
    if (msg) {
      msg.choices = {
        token: opts.csvButtonToken,
        options: [{ id: 'csv', label: t.t(lang, 'report-csv-button') }],
        hint: t.t(lang, 'report-csv-hint'),
      };
    }
  }
  return out;
}
