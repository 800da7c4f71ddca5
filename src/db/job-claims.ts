import { Schema } from 'mongoose';
import type { Connection } from 'mongoose';
import type { JobClaims } from '../scheduler/job-claims.js';
import { deleteOnce, insertOnce } from './insert-once.js';
import type { LooseModel } from './models.js';

/** One per job run: `<job>|<slot>`, inserted before the run does anything (see JobClaims). */
const jobClaim = new Schema(
  { _id: { type: String, required: true }, job: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);

/** JobClaims on mongoose: the claim's unique `_id` decides which process runs a slot. */
export class MongoJobClaims implements JobClaims {
  private readonly claims: LooseModel;

  constructor(conn: Connection) {
    this.claims = (conn.models.JobClaim as LooseModel | undefined) ?? conn.model('JobClaim', jobClaim, 'job_claims');
  }

  claim(job: string, slot: string, at: Date): Promise<boolean> {
    return insertOnce(this.claims, { _id: `${job}|${slot}`, job, at });
  }

  async release(job: string, slot: string): Promise<void> {
    await deleteOnce(this.claims, `${job}|${slot}`);
  }
}
