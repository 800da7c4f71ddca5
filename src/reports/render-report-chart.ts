import { existsSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../core/types.js';
import type { Translator } from '../i18n/translator.js';
import { formatCount, planTitle } from './report-format.js';
import type { SafeReport } from './safe-report.js';

/** Plans drawn in one chart: a phone shows about this many funnels legibly. */
export const PLANS_IN_CHART = 3;

/** Arabic script first, so Arabic, Urdu and Uyghur labels are shaped, then Bengali; Latin falls through to Noto Sans. */
export const CHART_FONT = 'Noto Sans Arabic, Noto Sans Bengali, Noto Sans, sans-serif';

/** Debian's fonts-noto-core files the chart needs, where present. */
const FONT_FILES = [
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf',
].filter((f) => existsSync(f));

/** The chart could not be drawn (vega or resvg failed); carries the plan ids it was for. */
export class ChartError extends Error {
  constructor(
    readonly planIds: string[],
    options?: { cause?: unknown },
  ) {
    super(`could not draw the report chart for ${planIds.join(', ')}`, options);
    this.name = 'ChartError';
  }
}

interface Bar {
  plan: string;
  order: number;
  stage: string;
  /** Bar length; 0 for a hidden small count, which is labelled "<10" instead. */
  value: number;
  label: string;
}

function bars(report: SafeReport, t: Translator, lang: Language): Bar[] {
  return report.plans.slice(0, PLANS_IN_CHART).flatMap((p) =>
    p.stages.map((s, order) => ({
      plan: planTitle(p.titles, lang, p.planId),
      order,
      stage: s.stage === 'task' ? t.t(lang, 'report-stage-task', { number: String(s.task ?? 0) }) : t.t(lang, `report-stage-${s.stage}`),
      value: s.count ?? 0,
      label: formatCount(lang, s.count),
    })),
  );
}

function spec(data: Bar[], title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, fontSize: 16, anchor: 'start' },
    data: { values: data },
    background: 'white',
    padding: 12,
    facet: { row: { field: 'plan', type: 'nominal', title: null, header: { labelFontSize: 14, labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' } } },
    spec: {
      width: 420,
      layer: [
        { mark: { type: 'bar', color: '#2f7d5b', cornerRadiusEnd: 3 } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 13, color: '#222' }, encoding: { text: { field: 'label' } } },
      ],
      encoding: {
        y: { field: 'stage', type: 'nominal', sort: { field: 'order', op: 'min', order: 'ascending' }, title: null, axis: { labelFontSize: 13, labelLimit: 160 } },
        x: { field: 'value', type: 'quantitative', title: null, axis: null, scale: { domainMin: 0 } },
      },
    },
    resolve: { scale: { y: 'independent', x: 'independent' } },
    config: { font: CHART_FONT, view: { stroke: null } },
  };
}

/**
 * The funnel (reached → pledged → each task → all done) of the newest plans as a PNG, hidden
 * counts drawn as empty bars labelled "<10". Null when no plan has gone out yet.
 */
export async function renderReportChart(report: SafeReport, t: Translator, lang: Language): Promise<Uint8Array | null> {
  const data = bars(report, t, lang);
  if (!data.length) return null;
  const title =
    report.scope.kind === 'audience'
      ? t.t(lang, 'report-chart-title-audience', { name: report.scope.displayName })
      : t.t(lang, 'report-chart-title-forum');
  try {
    // Only errors: vega-lite's notes about faceted scales are expected here and would flood the log.
    const quiet = { level: () => quiet, error: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet };
    // The chart libraries are loaded on first use: they weigh ~90 MB, and most processes
    // (a broadcast worker, a WhatsApp session) never draw a chart.
    const [{ Resvg }, { Error: LogError, parse, View }, { compile }] = await Promise.all([
      import('@resvg/resvg-js'),
      import('vega'),
      import('vega-lite'),
    ]);
    const compiled = compile(spec(data, title), { logger: quiet as never }).spec;
    const view = new View(parse(compiled), { renderer: 'none', logLevel: LogError });
    const svg = await view.toSVG(2);
    view.finalize();
    const png = new Resvg(svg, {
      font: { fontFiles: FONT_FILES, loadSystemFonts: FONT_FILES.length === 0, defaultFontFamily: 'Noto Sans' },
      background: 'white',
    })
      .render()
      .asPng();
    return new Uint8Array(png);
  } catch (err) {
    throw new ChartError(report.plans.slice(0, PLANS_IN_CHART).map((p) => p.planId), { cause: err });
  }
}
