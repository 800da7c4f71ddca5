import type { Logger } from 'pino';
import { z } from 'zod';
import { defineJob } from '../scheduler/job.js';
import type { CounterMaintenance } from './report-counters.js';

/** The job's agenda name. */
export const COUNTERS_RECOUNT_JOB = 'counters.recount';

/** Who asked for a recount (kept on the job for the logs; never a chat id). */
export const recountJobData = z.object({ requestedBy: z.literal('organiser').default('organiser') });

/**
 * `counters.recount`: rebuilds every report counter from the facts. Run on demand (an
 * organiser's /recount); one at a time across processes, since two would only repeat the work.
 */
export function countersRecountJob(maintenance: Pick<CounterMaintenance, 'recount'>, log: Logger) {
  return defineJob({
    name: COUNTERS_RECOUNT_JOB,
    schema: recountJobData,
    concurrency: 1,
    async run({ requestedBy }) {
      const started = Date.now();
      const summary = await maintenance.recount();
      log.info({ job: COUNTERS_RECOUNT_JOB, requestedBy, ms: Date.now() - started, ...summary }, 'report counters recounted');
    },
  });
}
