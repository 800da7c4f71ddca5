import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import type { GatheringService } from './gathering-service.js';

/** The job booked once per gathering, for an hour before it starts. */
export const GATHERING_REMIND_JOB = 'gatherings.remind';

/** How often the sweep looks for reminders due and announcements a crash left unstarted. */
export const GATHERINGS_SWEEP_EVERY_MS = 5 * 60_000;

/**
 * `gatherings.remind`: the reminders of one gathering, at their time. Its run is claimed once
 * (job_claims), and each follower's reminder once more by its own insert, so two schedulers
 * picking it up, or the sweep running beside it, send each reminder once.
 */
export function gatheringRemindJob(service: GatheringService) {
  return defineJob({
    name: GATHERING_REMIND_JOB,
    schema: z.object({ gatheringId: z.string().regex(/^g_[0-9a-f]{8}$/) }),
    async run({ gatheringId }) {
      await service.remind(gatheringId);
    },
  });
}

/** `gatherings.sweep`: every few minutes, what `gatherings.remind` would have done had its run been lost. */
export function gatheringsSweepJob(service: GatheringService) {
  return defineJob({
    name: 'gatherings.sweep',
    schema: z.object({}).passthrough(),
    every: GATHERINGS_SWEEP_EVERY_MS,
    async run() {
      await service.sweep();
    },
  });
}
