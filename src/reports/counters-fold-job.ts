import type { Logger } from 'pino';
import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import type { CounterMaintenance } from './report-counters.js';

/** The job's agenda name. */
export const COUNTERS_FOLD_JOB = 'counters.fold';

/** How often pending counter moves are folded into their rows: reads add what is pending, so this only keeps that small. */
export const COUNTERS_FOLD_EVERY_MS = 60_000;

/**
 * `counters.fold`: folds the counter moves recorded since the last run into the counter rows,
 * so reports read rows plus a short list of pending moves.
 */
export function countersFoldJob(maintenance: Pick<CounterMaintenance, 'fold'>, log: Logger) {
  return defineJob({
    name: COUNTERS_FOLD_JOB,
    schema: z.object({}).passthrough(),
    concurrency: 1,
    every: COUNTERS_FOLD_EVERY_MS,
    async run() {
      const folded = await maintenance.fold();
      if (folded) log.debug({ job: COUNTERS_FOLD_JOB, folded }, 'counter moves folded');
    },
  });
}
