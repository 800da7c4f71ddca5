import { z } from 'zod';
import { PLAN_ID } from './plan-schema.js';
import type { PlanService } from './plan-service.js';
import { defineJob } from '../scheduler/job.js';

/** `plan.publish`: at a plan's publish time, start its broadcast. */
export function planPublishJob(service: PlanService) {
  return defineJob({
    name: 'plan.publish',
    schema: z.object({ planId: z.string().regex(PLAN_ID) }),
    async run({ planId }) {
      await service.startPublishing(planId, 'scheduled');
    },
  });
}
