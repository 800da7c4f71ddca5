/**
 * Runs of agenda jobs, claimed so that each runs once across processes. Agenda's own lock is a
 * conditional update, which FerretDB lets several processes win; a run is decided instead by a
 * unique insert of its slot, which every supported server makes atomic.
 */
export interface JobClaims {
  /** Called before a run does anything: claims the run's slot (job name + slot) by a unique insert; false when another process has it, and then the run does nothing. */
  claim(job: string, slot: string, at: Date): Promise<boolean>;
  /** Called when a claimed run failed: deletes its claim by its known id, so a retry of the same slot may run. */
  release(job: string, slot: string): Promise<void>;
}

/**
 * The slot one run of a job stands for. A recurring job (agenda `every`) has one slot per
 * interval of the clock, so processes that each run it once that interval share one slot;
 * any other run (scheduled for a time, or now) is its agenda job document, which runs once.
 */
export function jobSlot(job: { every?: number }, run: { id: string; recurring: boolean }, now: Date): string {
  if (run.recurring && job.every) return `every-${job.every}|${Math.floor(now.getTime() / job.every)}`;
  return `job-${run.id}`;
}
