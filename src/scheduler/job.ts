import type { z } from 'zod';

/** One agenda job: a namespaced name, a schema for its data, and what it does. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  /** Namespaced, e.g. `plan.publish`. */
  name: string;
  /** Validates the job's data before it runs; a job with bad data fails with the zod message. */
  schema: S;
  run(data: z.output<S>): Promise<void>;
  /** Only one of these runs at a time across all processes. */
  concurrency?: number;
  /** Also runs on its own every this many ms (agenda's `every`), besides runs scheduled for a time. */
  every?: number;
}

/** Builds a job definition with its data type inferred from the schema. */
export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}
