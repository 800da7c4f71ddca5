/**
 * Visits to the public plan pages, counted per plan and audience as aggregates only: a visit is
 * stored as the day it happened on and nothing else (no address, cookie, agent or time of day).
 * Implemented in src/db.
 */
export interface PageVisits {
  /** Counts one page view of a plan's page for an audience. */
  record(planId: string, audience: string, at: Date): Promise<void>;
  /** Page views of one audience's pages (every plan, or one). */
  count(audience: string, planId?: string): Promise<number>;
}
