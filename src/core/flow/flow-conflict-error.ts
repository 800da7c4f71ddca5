/**
 * A follower's answer could not be saved because their flow state kept changing under us
 * (another process wrote it, twice in a row). The follower gets the generic apology and can
 * answer again; the flow name is kept for the log, never a follower or chat id.
 */
export class FlowConflictError extends Error {
  constructor(readonly flow: string) {
    super(`flow state of "${flow}" changed concurrently twice; the answer was not saved`);
    this.name = 'FlowConflictError';
  }
}
