import { Schema, type Connection } from 'mongoose';
import { model, type LooseModel } from './models.js';

/**
 * One row per thing about an audience that must happen once: an invite's claim
 * (`invite|<code>`) and each weekly report (`weekly|<audience>|<previous report time>`). The
 * unique `_id` insert decides between racing processes, where a conditional update on FerretDB
 * (read, then write back) could let several win.
 */
const audienceClaim = new Schema(
  {
    _id: { type: String, required: true },
    audience: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

/** The claims model on a connection (created once per connection, like the others). */
export function audienceClaims(conn: Connection): LooseModel {
  return model(conn, 'AudienceClaim', audienceClaim, 'audience_claims');
}

/** True if this call inserted the claim, false if another caller already holds it. */
export async function claimOnce(model: LooseModel, id: string, audience: string, at: Date): Promise<boolean> {
  try {
    await model.create({ _id: id, audience, at });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}
