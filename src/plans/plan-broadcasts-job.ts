import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import type { CorrectionService } from './correction-service.js';

/** How often the job looks for plans that ended and corrections left half-applied. */
export const PLAN_BROADCASTS_EVERY_MS = 60_000;

/**
 * `plans.broadcasts`: starts the closing broadcast of each plan that has ended (at its endsAt, or
 * closed early) and finishes applying corrections that reached their quorum. Idempotent: each
 * broadcast is started by a unique insert, so runs in several processes start it once.
 */
export function planBroadcastsJob(service: CorrectionService) {
  return defineJob({
    name: 'plans.broadcasts',
    schema: z.object({}).passthrough(),
    every: PLAN_BROADCASTS_EVERY_MS,
    async run() {
      await service.tick(new Date());
    },
  });
}
