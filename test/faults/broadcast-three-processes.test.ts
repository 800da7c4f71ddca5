import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BroadcastWorker } from '../../src/broadcast/broadcast-worker.js';
import type { StoredPlan } from '../../src/plans/plan-types.js';
import { BroadcastBed } from '../support/broadcast-bed.js';
import { FakeBotApi } from '../support/fake-bot-api.js';

/*
 * Three bot processes (each its own database connection, worker and Bot API client) broadcasting
 * to the same 3,000 followers, five plans one after the other. Before claims were decided by a
 * unique insert, a lapsed-or-free batch could be "won" by several processes at once on FerretDB,
 * and 1,000 followers got a plan twice in 2 of 5 runs.
 *
 * The in-flight bound: a follower can get a plan twice only if the process sending it lost its
 * claim between the send and its result write (a crash, a lease running out), which is at most
 * the messages in flight of that process. Nothing crashes and the leases (60 s) never run out
 * here, so the honest bound is 0 and that is what is asserted.
 */

const FOLLOWERS = 3_000;
const FIRST_CHAT = 40_000;
const ROUNDS = 5;
/** Configured per sender; the three live processes split it, 1,000/s each. */
const RATE = 3_000;
let bed: BroadcastBed;
const processes: BroadcastBed[] = [];
const apis: FakeBotApi[] = [];
const workers: BroadcastWorker<StoredPlan>[] = [];

beforeAll(async () => {
  bed = await BroadcastBed.open('fault_three_processes');
  await bed.seed(FOLLOWERS, FIRST_CHAT);
  for (let i = 0; i < 3; i++) {
    const proc = await bed.process();
    const api = new FakeBotApi({ record: false });
    processes.push(proc);
    apis.push(api);
    workers.push(proc.worker({ senders: [proc.telegram(api, { rate: RATE })], maxInFlight: 16, pollMs: 100 }));
  }
  for (const w of workers) w.start();
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  for (const p of processes) await p.close();
  await bed?.close();
});

/** Sends per chat id so far, over every process's Bot API. */
function totalsPerChat(): Map<string, number> {
  const totals = new Map<string, number>();
  for (const api of apis) for (const [id, n] of api.sendsPerChat) totals.set(id, (totals.get(id) ?? 0) + n);
  return totals;
}

/** The plan is published by the three processes' background loops, each poked as a publish would. */
async function broadcastTogether(planId: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const w of workers) w.poke();
  while ((await bed.plans.get(planId))?.status === 'publishing') {
    if (Date.now() > deadline) throw new Error(`plan ${planId} still publishing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('3 processes broadcasting 3,000 followers, five times', () => {
  it('nobody skipped, nobody sent twice beyond the messages in flight (0 here: nothing crashes)', async () => {
    const rounds: { missing: number; duplicates: number; sentBy: number[] }[] = [];
    let before = totalsPerChat();
    let sendsBefore = apis.map((a) => a.counts.sends);
    for (let round = 1; round <= ROUNDS; round++) {
      const planId = `three-${round}`;
      await bed.publish(planId);
      await broadcastTogether(planId);

      const after = totalsPerChat();
      let missing = 0;
      let duplicates = 0;
      for (let i = 0; i < FOLLOWERS; i++) {
        const id = String(FIRST_CHAT + i);
        const n = (after.get(id) ?? 0) - (before.get(id) ?? 0);
        if (n === 0) missing++;
        else duplicates += n - 1;
      }
      const sentBy = apis.map((a, i) => a.counts.sends - sendsBefore[i]!);
      rounds.push({ missing, duplicates, sentBy });
      expect(await bed.records(planId)).toEqual({ byStatus: { sent: FOLLOWERS }, followers: FOLLOWERS });
      expect(await bed.stores.deliveries.totals(planId)).toEqual({ sent: FOLLOWERS, pending: 0, failed: 0, blocked: 0 });
      before = after;
      sendsBefore = apis.map((a) => a.counts.sends);
    }

    console.log(`three processes: ${rounds.map((r) => `[${r.sentBy.join('/')}] missing ${r.missing} dup ${r.duplicates}`).join('; ')}`);
    expect(rounds.map((r) => ({ missing: r.missing, duplicates: r.duplicates }))).toEqual(Array.from({ length: ROUNDS }, () => ({ missing: 0, duplicates: 0 })));
    // The work was shared: in all, every process sent some of it.
    expect(apis.every((a) => a.counts.sends > 0)).toBe(true);
    expect(apis.reduce((sum, a) => sum + a.counts.sends, 0)).toBe(FOLLOWERS * ROUNDS);
  }, 60_000);
});
