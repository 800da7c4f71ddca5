import { Agenda, type AgendaBackend } from 'agenda';
import type { Logger } from 'pino';
import type { JobDefinition } from './job.js';
import { jobSlot, type JobClaims } from './job-claims.js';

/** A job's data failed its schema: the run is refused, and never retried. */
export class InvalidJobDataError extends Error {
  constructor(readonly job: string, readonly issues: string[]) {
    super(`invalid data for ${job}`);
    this.name = 'InvalidJobDataError';
  }
}

/**
 * A failed run (a database blip, a timeout) is tried again 1, 2, 4, 8, 16 s later, its claim
 * given back first; bad data is not. Every job is idempotent, so a retry after a partial run is safe.
 */
export function retryFailedRun({ attempt, error }: { attempt: number; error: Error }): number | null {
  if (error instanceof InvalidJobDataError || attempt > 5) return null;
  return 1_000 * 2 ** (attempt - 1);
}

/** The part of an agenda job a run is claimed by. */
interface AgendaRun {
  attrs: { _id?: unknown; data?: unknown; repeatInterval?: unknown };
}

/**
 * Agenda, wired to our database and our job files. Every run first claims its slot (JobClaims,
 * a unique insert), so a job that two processes both pick up has its effect once.
 */
export class Scheduler {
  readonly agenda: Agenda;

  constructor(
    /** Where agenda keeps its jobs (src/db's agendaBackend). */
    backend: AgendaBackend,
    private readonly log: Logger,
    private readonly claims: JobClaims,
    /** How often agenda looks for due jobs, in ms (a number: the string form is misread). */
    processEveryMs = 5_000,
    /** The clock a recurring job's slot is read from (fixed in tests). */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.agenda = new Agenda({
      backend,
      processEvery: processEveryMs,
    });
    this.agenda.on('error', (err: Error) => this.log.error({ err: err.message }, 'agenda error'));
  }

  /** Defines the features' jobs and starts; a job name declared twice fails here. */
  async start(jobs: readonly JobDefinition[]): Promise<void> {
    const names = new Set<string>();
    for (const job of jobs) {
      if (names.has(job.name)) throw new Error(`job ${job.name} is declared twice`);
      names.add(job.name);
      this.agenda.define(job.name, (agendaJob) => this.#run(job, agendaJob), { concurrency: job.concurrency ?? 1, lockLifetime: 10 * 60_000, backoff: retryFailedRun });
    }
    await this.agenda.start();
    for (const job of jobs) {
      if (job.every) await this.agenda.every(job.every, job.name, undefined, { skipImmediate: true });
    }
    this.log.info({ jobs: jobs.map((j) => j.name) }, 'scheduler started');
  }

  /** One run: its data validated, its slot claimed (or nothing done), then the job; a failed run gives its slot back. */
  async #run(job: JobDefinition, agendaJob: AgendaRun): Promise<void> {
    const parsed = job.schema.safeParse(agendaJob.attrs.data ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => i.message);
      this.log.error({ job: job.name, issues }, 'job data invalid');
      throw new InvalidJobDataError(job.name, issues);
    }
    const started = this.now();
    const startedMs = Date.now();
    const slot = jobSlot(job, { id: String(agendaJob.attrs._id), recurring: Boolean(agendaJob.attrs.repeatInterval) }, started);
    if (!(await this.claims.claim(job.name, slot, started))) {
      this.log.debug({ job: job.name, slot }, 'job run already claimed by another process');
      return;
    }
    try {
      await job.run(parsed.data);
    } catch (err) {
      await this.claims.release(job.name, slot).catch((releaseErr: Error) => this.log.error({ job: job.name, slot, err: releaseErr.message }, 'job claim not released'));
      throw err;
    }
    this.log.debug({ job: job.name, ms: Date.now() - startedMs }, 'job done');
  }

  /** Schedules a job once, replacing any not-yet-run job with the same name and key. */
  async scheduleOnce(name: string, when: Date, data: Record<string, unknown>, uniqueKey: Record<string, unknown>): Promise<void> {
    await this.agenda.cancel({ name, data: uniqueKey });
    await this.agenda.schedule(when, name, data as never);
  }

  /** Has a job run as soon as a process is free (an organiser's /recount). */
  async runNow(name: string, data: Record<string, unknown>): Promise<void> {
    await this.agenda.now(name, data as never);
  }

  async cancel(name: string, data: Record<string, unknown>): Promise<void> {
    await this.agenda.cancel({ name, data });
  }

  async stop(): Promise<void> {
    await this.agenda.stop(false);
  }
}
