/**
 * The approval quorum under a race, on the real database: an approval counts for the revision it
 * approves, and a plan goes out only with a quorum of approvals of the revision that is sent.
 */
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { models, syncIndexes, type Models } from '../../src/db/models.js';
import { MongoPlanStore } from '../../src/db/plan-store.js';
import { parsePlan } from '../../src/plans/plan-schema.js';
import { PlanService } from '../../src/plans/plan-service.js';
import { testDatabaseUri } from '../support/db.js';
import { planYaml } from '../support/plans.js';

const ROUNDS = 20;
const REQUIRED = 2;
let conn: mongoose.Connection;
let db: Models;
let store: MongoPlanStore;
let service: PlanService;

beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('faults_quorum'), { serverSelectionTimeoutMS: 10_000, maxPoolSize: 10 }).asPromise();
  db = models(conn);
  await syncIndexes(db);
  store = new MongoPlanStore(db);
  const noBroadcasts = { totals: async () => ({ sent: 0, pending: 0, failed: 0, blocked: 0 }) };
  const noScheduler = { schedulePublish: async () => undefined, cancelPublish: async () => undefined };
  service = new PlanService(store, noBroadcasts, REQUIRED, ['uyghur'], noScheduler);
}, 60_000);
afterAll(async () => {
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

describe('the approval quorum', () => {
  it('re-proposing a plan while another organiser approves and publishes: 0 of 20 revisions go out without their own quorum', async () => {
    const outcomes: string[] = [];
    const withoutQuorum: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const id = `q-${round}`;
      // Revision 1 has three tasks and one approval; revision 2 (four tasks) is proposed while
      // organiser B approves revision 1 (its quorum) and publishes at once.
      expect((await service.propose(planYaml({ id, tasks: 3 }), 'org-a')).ok).toBe(true);
      await service.approve(id, 'org-a');
      await Promise.all([
        service.propose(planYaml({ id, tasks: 4 }), 'org-c'),
        (async () => {
          await service.approve(id, 'org-b');
          await service.publish(id);
        })(),
        service.publish(id),
      ]);
      await service.publish(id);
      const plan = (await store.get(id))!;
      const approvals = await db.Approval.countDocuments({ planId: id, revision: plan.revision });
      const tasks = plan.content.en!.tasks.length;
      outcomes.push(`${plan.status}@${plan.revision}`);
      // The content stored beside a revision is that revision's: 3 tasks in 1, 4 in 2.
      expect(tasks).toBe(plan.revision === 1 ? 3 : 4);
      if (['approved', 'scheduled', 'publishing'].includes(plan.status) && approvals < REQUIRED) withoutQuorum.push(`${id}@${plan.revision}`);
      if (plan.status === 'proposed') expect(plan.revision).toBe(2);
    }
    expect(withoutQuorum).toEqual([]);
    // Both ways the race can end were seen or not, but every round ended in one of them.
    expect(outcomes.every((o) => o === 'publishing@1' || o === 'proposed@2')).toBe(true);
  }, 60_000);

  it('40 callers re-proposing and moving one revision at once: every re-proposal gets its own revision, and only an approved revision is approved', async () => {
    const file = (tasks: number) => {
      const parsed = parsePlan(planYaml({ id: 'q-storm', tasks }));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      return parsed.plan;
    };
    await store.propose(file(3), 'org-a');
    await store.approve('q-storm', 1, 'org-a');
    await store.approve('q-storm', 1, 'org-b');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 ? store.propose(file(4), `org-${i}`) : store.transition('q-storm', 'proposed', 'approved', {}, { revision: 1, quorum: REQUIRED }),
      ),
    );
    const proposals = results.filter((r): r is NonNullable<typeof r> & object => typeof r === 'object' && r !== null);
    const moves = results.filter((r) => r === true);
    const plan = (await store.get('q-storm'))!;
    // No re-proposal was lost: each one that said it saved made a revision of its own.
    expect(plan.revision).toBe(1 + proposals.length);
    expect(new Set(proposals.map((p) => p.revision)).size).toBe(proposals.length);
    expect(moves.length).toBeLessThanOrEqual(1);
    if (plan.status === 'approved') expect(await store.countApprovals('q-storm', plan.revision)).toBeGreaterThanOrEqual(REQUIRED);
    else expect(plan).toMatchObject({ status: 'proposed', approvals: 0 });
  }, 60_000);

  it('a new revision starts with zero approvals and needs its own quorum to go out', async () => {
    await service.propose(planYaml({ id: 'q-fresh', tasks: 3 }), 'org-a');
    await service.approve('q-fresh', 'org-a');
    await service.approve('q-fresh', 'org-b');
    expect((await store.get('q-fresh'))!.status).toBe('approved');
    expect((await service.propose(planYaml({ id: 'q-fresh', tasks: 4 }), 'org-c')).ok).toBe(true);
    const fresh = (await store.get('q-fresh'))!;
    expect(fresh).toMatchObject({ status: 'proposed', revision: 2, approvals: 0 });
    expect((await service.publish('q-fresh')).key).toBe('org-plan-not-approved');
    await service.approve('q-fresh', 'org-a');
    expect((await service.approve('q-fresh', 'org-b')).key).toBe('org-plan-quorum');
    expect((await service.publish('q-fresh')).key).toBe('org-plan-publishing');
  });
});
