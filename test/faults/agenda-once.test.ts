/**
 * Two agenda processes on one database (two Schedulers in this test process): agenda's own
 * lock is a conditional update that FerretDB lets both win, so each run's effect happens once
 * only because the run first claims its slot by a unique insert (JobClaims).
 */
import { agendaBackend } from '../../src/db/agenda-backend.js';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MongoJobClaims } from '../../src/db/job-claims.js';
import { silentLogger } from '../../src/logger.js';
import { defineJob, type JobDefinition } from '../../src/scheduler/job.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { testDatabaseUri } from '../support/db.js';

const ONE_OFFS = 20;
const HOUR = 3_600_000;
const effects: string[] = [];
let clock = new Date('2026-12-01T10:00:00Z');
let conn: mongoose.Connection;
let processes: Scheduler[] = [];

const jobs: JobDefinition[] = [
  defineJob({
    name: 'test.once',
    schema: z.object({ n: z.number() }),
    async run({ n }) {
      effects.push(`once-${n}`);
      await new Promise((r) => setTimeout(r, 20));
    },
  }),
  defineJob({ name: 'test.hourly', schema: z.object({}).passthrough(), every: HOUR, run: async () => void effects.push('hourly') }),
];

beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('agenda_once'), { serverSelectionTimeoutMS: 10_000, maxPoolSize: 10 }).asPromise();
  processes = [0, 1].map(() => new Scheduler(agendaBackend(conn), silentLogger, new MongoJobClaims(conn), 100, () => clock));
  for (const p of processes) await p.start(jobs);
});
afterAll(async () => {
  for (const p of processes) await p.stop();
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

async function until(check: () => Promise<boolean> | boolean, ms = 50_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('agenda jobs run by two processes on one database', () => {
  it('a one-off job scheduled once has its effect once, though both processes poll for it', async () => {
    const at = new Date(Date.now() + 500);
    for (let n = 0; n < ONE_OFFS; n++) await processes[n % 2]!.scheduleOnce('test.once', at, { n }, { n });
    // A run that failed on a database blip is retried (retryFailedRun), so every job runs in the end.
    await until(() => new Set(effects.filter((e) => e.startsWith('once-'))).size >= ONE_OFFS);
    await new Promise((r) => setTimeout(r, 1_000)); // time for a late second run to show
    const once = effects.filter((e) => e.startsWith('once-')).sort();
    expect(once).toEqual(Array.from({ length: ONE_OFFS }, (_, n) => `once-${n}`).sort());
  }, 60_000);

  it("a recurring job's slot runs once, however many times the two processes pick it up; the next slot runs again", async () => {
    const handlers = processes.map((p) => (p.agenda.definitions['test.hourly'] as unknown as { fn: (job: unknown) => Promise<void> }).fn);
    const pickUp = () => ({ attrs: { _id: 'hourly-job', name: 'test.hourly', data: {}, repeatInterval: HOUR } });
    const runAll = () => Promise.all(Array.from({ length: 20 }, (_, i) => handlers[i % 2]!(pickUp())));
    await runAll();
    expect(effects.filter((e) => e === 'hourly')).toHaveLength(1);
    clock = new Date(clock.getTime() + HOUR);
    await runAll();
    expect(effects.filter((e) => e === 'hourly')).toHaveLength(2);
  });
});
