import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import type { InfluencerNotifier } from './influencer-notifier.js';

/** How often the job looks for due weekly reports; each influencer gets one per 7 days. */
export const REPORTS_WEEKLY_EVERY_MS = 60 * 60_000;

/** `reports.weekly`: hourly, sends each subscribed influencer whose week is up their reach report. */
export function reportsWeeklyJob(notifier: InfluencerNotifier) {
  return defineJob({
    name: 'reports.weekly',
    schema: z.object({}).passthrough(),
    async run() {
      await notifier.sendWeeklyDue(new Date());
    },
  });
}
