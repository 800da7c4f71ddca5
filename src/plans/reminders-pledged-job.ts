import { z } from 'zod';
import type { Reminders } from './reminders.js';
import { defineJob } from '../scheduler/job.js';

/** `reminders.pledged`: every few minutes, nudge pledged followers whose reminder is due. */
export function remindersPledgedJob(reminders: Reminders) {
  return defineJob({
    name: 'reminders.pledged',
    schema: z.object({}).passthrough(),
    async run() {
      await reminders.runDue(new Date());
    },
  });
}
