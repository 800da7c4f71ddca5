import { MongoReportCounters } from '../db/report-counters.js';
import type { Models } from '../db/models.js';

/** Rebuilds every report counter from the facts and says what it wrote, for the CLIs. */
export async function runRecount(db: Models): Promise<string> {
  const started = Date.now();
  const s = await new MongoReportCounters(db).recount();
  return [
    `recounted in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    `  follower state counters: ${s.followerStates}`,
    `  join-day counters: ${s.joinDays}`,
    `  plan counters: ${s.planCounters} over ${s.plans} plans`,
    'Followers who used /forget are no longer counted anywhere.',
  ].join('\n');
}
