import type { Feature } from '../core/feature.js';
import type { HttpRoute } from '../http/http-server.js';
import type { InfluencerRegistry } from '../influencers/influencer-registry.js';
import type { InfluencerStore } from '../influencers/influencer-store.js';
import type { PlanStore } from '../plans/plan-types.js';
import type { ReportCounters } from '../reports/report-counters.js';
import type { Language } from '../core/types.js';
import type { Logger } from 'pino';
import { kitCommand } from './kit-command.js';
import type { PageVisits } from '../reports/page-visits.js';
import type { KitDeps } from './plan-kit.js';
import { planPageRoute } from './plan-page-route.js';

export interface KitFeatureDeps extends KitDeps {
  registry: InfluencerRegistry;
  influencers: Pick<InfluencerStore, 'get'>;
  plans: PlanStore;
  counters: Pick<ReportCounters, 'planCounters'>;
  visits: PageVisits;
  defaultLanguage: Language;
  log: Logger;
}

/** The video kit: `/kit` for influencers, and the public plan pages when PUBLIC_URL is set. */
export function kitFeature(deps: KitFeatureDeps): { feature: Feature; routes: HttpRoute[] } {
  const feature: Feature = { name: 'kit', commands: { kit: kitCommand(deps) } };
  if (!deps.publicUrl) return { feature, routes: [] };
  const route = planPageRoute({ ...deps, publicUrl: deps.publicUrl, influencer: (code) => deps.influencers.get(code), log: deps.log.child({ feature: 'pages' }) });
  return { feature, routes: [route] };
}
