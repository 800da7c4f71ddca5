/**
 * The plans domain's stores against the real database (FerretDB in CI, MongoDB in production):
 * what each port promises, races included. A race is 20 concurrent callers; "once" means one wins.
 */
import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { models, syncIndexes, type Models } from '../../src/db/models.js';
import { MongoPlanStore } from '../../src/db/plan-store.js';
import { MongoPledgeStore } from '../../src/db/pledge-store.js';
import { parsePlan, type PlanFile } from '../../src/plans/plan-schema.js';
import type { PlanStatus } from '../../src/plans/plan-types.js';
import { foldCounters } from '../support/counters.js';
import { testDatabaseUri } from '../support/db.js';
import { planYaml } from '../support/plans.js';

const RACERS = 20;
const HOUR = 3_600_000;
let conn: mongoose.Connection;
let db: Models;
let plans: MongoPlanStore;
let pledges: MongoPledgeStore;

beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('plans_store'), { serverSelectionTimeoutMS: 10_000 }).asPromise();
  db = models(conn);
  await syncIndexes(db);
  plans = new MongoPlanStore(db);
  pledges = new MongoPledgeStore(db);
});
afterAll(async () => {
  await conn?.dropDatabase().catch(() => undefined);
  await conn?.close();
});

function planFile(id: string, tasks = 3): PlanFile {
  const parsed = parsePlan(planYaml({ id, tasks }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.plan;
}

/** Runs `fn` RACERS times at once and returns how many calls said they won. */
async function race(fn: (i: number) => Promise<boolean>): Promise<number> {
  const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => fn(i)));
  return results.filter(Boolean).length;
}

/** A plan counter's row, once pending moves are folded in. */
async function counter(planId: string, metric: string): Promise<number> {
  await foldCounters(db);
  return (await db.Counter.findById(`${planId}|aud|${metric}`).lean<{ n: number }>())?.n ?? 0;
}

describe('PlanStore', () => {
  it('withdraws a task once under a race, keeps other tasks, and refuses unknown tasks and plans', async () => {
    await plans.propose(planFile('withdraw-1', 3), 'org-a');
    expect((await plans.get('withdraw-1'))!.withdrawnTasks).toEqual([]);
    expect(await race((i) => plans.withdrawTask('withdraw-1', 2, `org-${i}`))).toBe(1);
    await Promise.all([plans.withdrawTask('withdraw-1', 3, 'org-a'), plans.withdrawTask('withdraw-1', 3, 'org-b')]);
    expect((await plans.get('withdraw-1'))!.withdrawnTasks).toEqual([2, 3]);
    expect(await plans.withdrawTask('withdraw-1', 4, 'org-a')).toBe(false);
    expect(await plans.withdrawTask('withdraw-1', 0, 'org-a')).toBe(false);
    expect(await plans.withdrawTask('no-such-plan', 1, 'org-a')).toBe(false);
    expect((await plans.get('withdraw-1'))!.endedAt).toBeNull();
  });

  it('saves a proposal as revision 1; proposing it again makes revision 2 and restarts approvals', async () => {
    const first = await plans.propose(planFile('prop-1'), 'org-a');
    expect(first).toMatchObject({ id: 'prop-1', status: 'proposed', revision: 1, approvals: 0, proposedBy: 'org-a' });
    expect(await plans.approve('prop-1', 1, 'org-a')).toBe(1);
    const second = await plans.propose(planFile('prop-1', 4), 'org-b');
    expect(second).toMatchObject({ status: 'proposed', revision: 2, approvals: 0, proposedBy: 'org-b' });
    expect(second!.content.en!.tasks).toHaveLength(4);
    expect(await db.Plan.countDocuments({ planId: 'prop-1' })).toBe(1);
  });

  it('refuses to re-propose a plan that went out', async () => {
    await plans.propose(planFile('prop-out'), 'org-a');
    expect(await plans.transition('prop-out', 'proposed', 'publishing')).toBe(true);
    expect(await plans.propose(planFile('prop-out'), 'org-a')).toBeNull();
    expect((await plans.get('prop-out'))!.status).toBe('publishing');
  });

  it('counts approvals per distinct organiser and revision, a concurrent double approval once', async () => {
    await plans.propose(planFile('appr-1'), 'org-a');
    const counts = await Promise.all(Array.from({ length: RACERS }, () => plans.approve('appr-1', 1, 'org-a')));
    expect(counts.every((n) => n === 1)).toBe(true);
    expect(await plans.approve('appr-1', 1, 'org-b')).toBe(2);
    expect((await plans.get('appr-1'))!.approvals).toBe(2);
    // A new revision needs its own approvals: the old ones do not carry over.
    await plans.propose(planFile('appr-1'), 'org-a');
    expect(await plans.approve('appr-1', 2, 'org-b')).toBe(1);
    expect(await db.Approval.countDocuments({ planId: 'appr-1' })).toBe(3);
  });

  it('lists the newest plans first, at most the limit', async () => {
    for (const id of ['rec-a', 'rec-b', 'rec-c']) {
      await plans.propose(planFile(id), 'org-a');
      await new Promise((r) => setTimeout(r, 5));
    }
    const recent = await plans.recent(2);
    expect(recent.map((p) => p.id)).toEqual(['rec-c', 'rec-b']);
  });

  it('lists plans in one status', async () => {
    await plans.propose(planFile('stat-1'), 'org-a');
    await plans.transition('stat-1', 'proposed', 'cancelled');
    expect((await plans.withStatus('cancelled')).map((p) => p.id)).toContain('stat-1');
    expect((await plans.withStatus('proposed')).map((p) => p.id)).not.toContain('stat-1');
  });

  it('moves a plan only from the expected status', async () => {
    await plans.propose(planFile('trans-1'), 'org-a');
    expect(await plans.transition('trans-1', 'approved', 'publishing')).toBe(false);
    expect(await plans.transition('trans-1', 'proposed', 'approved')).toBe(true);
    const at = new Date(Date.now() + 10 * HOUR);
    expect(await plans.transition('trans-1', 'approved', 'scheduled', { publishAt: at })).toBe(true);
    // Rescheduling stays in the same status and moves the time.
    const later = new Date(Date.now() + 20 * HOUR);
    expect(await plans.transition('trans-1', 'scheduled', 'scheduled', { publishAt: later })).toBe(true);
    expect((await plans.get('trans-1'))!.publishAt).toEqual(later);
    expect(await plans.transition('unknown-plan', 'proposed', 'approved')).toBe(false);
  });

  it('a transition raced by 20 concurrent callers is won by exactly one', async () => {
    for (const round of [1, 2, 3, 4, 5]) {
      const id = `race-${round}`;
      await plans.propose(planFile(id), 'org-a');
      await plans.transition(id, 'proposed', 'approved');
      // Half publish, half cancel, all from "approved": one of them, and only one, moves it.
      const targets = Array.from({ length: RACERS }, (_, i): PlanStatus => (i % 2 ? 'publishing' : 'cancelled'));
      const won: PlanStatus[] = [];
      await Promise.all(targets.map(async (to) => (await plans.transition(id, 'approved', to)) && won.push(to)));
      expect(won).toHaveLength(1);
      expect((await plans.get(id))!.status).toBe(won[0]);
    }
  });

  it('a move whose winner stopped between its claim and its write is finished by a later caller, not a live one', async () => {
    await plans.propose(planFile('stuck-1'), 'org-a');
    await plans.transition('stuck-1', 'proposed', 'approved');
    const claim = { _id: 'stuck-1|1|approved', to: 'publishing', at: new Date() };
    await db.PlanTransition.create(claim);
    // A live claim: its winner is about to write, so nobody writes beside it.
    expect(await plans.transition('stuck-1', 'approved', 'publishing')).toBe(false);
    expect((await plans.get('stuck-1'))!.status).toBe('approved');
    // A claim a minute old without its write: the winner stopped, the same move is finished.
    await db.PlanTransition.updateOne({ _id: claim._id }, { $set: { at: new Date(Date.now() - 2 * 60_000) } });
    expect(await plans.transition('stuck-1', 'approved', 'cancelled')).toBe(false);
    expect((await plans.get('stuck-1'))!.status).toBe('approved');
    expect(await plans.transition('stuck-1', 'approved', 'publishing')).toBe(false);
    expect((await plans.get('stuck-1'))!.status).toBe('publishing');
  });

  it('a cancelled plan proposed again can be approved again (a new revision is a new life)', async () => {
    await plans.propose(planFile('again-1'), 'org-a');
    expect(await plans.transition('again-1', 'proposed', 'approved')).toBe(true);
    expect(await plans.transition('again-1', 'approved', 'cancelled')).toBe(true);
    await plans.propose(planFile('again-1'), 'org-a');
    expect(await plans.transition('again-1', 'proposed', 'approved')).toBe(true);
    expect(await plans.transition('again-1', 'approved', 'publishing')).toBe(true);
  });
});

describe('PledgeStore', () => {
  const follower = () => new Types.ObjectId().toHexString();
  const soon = () => new Date(Date.now() + HOUR);

  it('a pledge tapped 20 times at once is made once and counted once', async () => {
    const f = follower();
    expect(await race(() => pledges.pledge('pl-1', f, 'aud', soon()))).toBe(1);
    expect(await db.Pledge.countDocuments({ planId: 'pl-1' })).toBe(1);
    expect(await counter('pl-1', 'pledged')).toBe(1);
    expect(await pledges.progress('pl-1', f)).toEqual({ pledged: true, completedAt: null, done: [] });
  });

  it('a task ticked 20 times at once is ticked once; unticked 20 times at once, removed once', async () => {
    const f = follower();
    await pledges.pledge('tk-1', f, 'aud', soon());
    expect(await race(() => pledges.tick('tk-1', f, 'aud', 2))).toBe(1);
    expect(await pledges.tick('tk-1', f, 'aud', 1)).toBe(true);
    expect((await pledges.progress('tk-1', f)).done).toEqual([1, 2]);
    expect(await counter('tk-1', 'task_2')).toBe(1);
    expect(await race(() => pledges.untick('tk-1', f, 'aud', 2))).toBe(1);
    expect((await pledges.progress('tk-1', f)).done).toEqual([1]);
    expect(await counter('tk-1', 'task_2')).toBe(0);
  });

  it('completing, reopening and completing again each count once under 20 concurrent taps', async () => {
    const f = follower();
    await pledges.pledge('done-1', f, 'aud', soon());
    expect(await race(() => pledges.setCompleted('done-1', f, 'aud', true))).toBe(1);
    expect(await counter('done-1', 'completed')).toBe(1);
    expect((await pledges.progress('done-1', f)).completedAt).toBeInstanceOf(Date);
    expect(await race(() => pledges.setCompleted('done-1', f, 'aud', false))).toBe(1);
    expect(await counter('done-1', 'completed')).toBe(0);
    expect((await pledges.progress('done-1', f)).completedAt).toBeNull();
    expect(await race(() => pledges.setCompleted('done-1', f, 'aud', true))).toBe(1);
    expect(await counter('done-1', 'completed')).toBe(1);
    expect(await db.Pledge.countDocuments({ planId: 'done-1', open: false })).toBe(1);
  });

  it('a pledge completed before completion markers existed can still be reopened, once', async () => {
    const f = follower();
    await pledges.pledge('legacy-1', f, 'aud', soon());
    await db.Pledge.updateOne({ planId: 'legacy-1' }, { $set: { open: false, completedAt: new Date() } });
    expect(await pledges.setCompleted('legacy-1', f, 'aud', true)).toBe(false);
    expect(await race(() => pledges.setCompleted('legacy-1', f, 'aud', false))).toBe(1);
    expect(await pledges.setCompleted('legacy-1', f, 'aud', true)).toBe(true);
  });

  it('lists the plans delivered to a follower, newest first', async () => {
    const f = follower();
    const delivered = (planId: string, status: string, at: Date) =>
      db.Delivery.create({ _id: `${planId}|${f}`, planId, followerId: new Types.ObjectId(f), audience: 'aud', channel: 'telegram', batch: 0, status, at });
    await delivered('dl-old', 'sent', new Date(Date.now() - 2 * HOUR));
    await delivered('dl-new', 'sent', new Date(Date.now() - HOUR));
    await delivered('dl-failed', 'failed', new Date());
    expect(await pledges.deliveredTo(f)).toEqual(['dl-new', 'dl-old']);
    expect(await pledges.deliveredTo('not-an-id')).toEqual([]);
  });
});

describe('reminders in the PledgeStore', () => {
  const now = new Date('2030-01-10T12:00:00Z');
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

  /** A pledge on `planId` with its next reminder at `next` (null: none); returns its id. */
  async function pledgeDue(planId: string, next: Date | null, open = true): Promise<string> {
    const f = new Types.ObjectId().toHexString();
    await pledges.pledge(planId, f, 'aud', next ?? at(1));
    await db.Pledge.updateOne({ planId, followerId: new Types.ObjectId(f) }, { $set: { nextReminderAt: next, open } });
    const doc = await db.Pledge.findOne({ planId, followerId: new Types.ObjectId(f) }).lean<{ _id: Types.ObjectId | string }>();
    return String(doc!._id);
  }

  it('returns only open pledges whose reminder is due, in pages', async () => {
    const due = [await pledgeDue('due-1', at(-2)), await pledgeDue('due-1', at(0)), await pledgeDue('due-2', at(-30))];
    await pledgeDue('due-1', at(1)); // not yet
    await pledgeDue('due-1', null); // no more reminders
    await pledgeDue('due-1', at(-5), false); // finished
    // Other tests' pledges share the database (and are due in 2030 too): look at these plans only.
    const mine = (rows: { planId: string; pledgeId: string }[]) => rows.filter((r) => r.planId.startsWith('due-')).map((r) => r.pledgeId).sort();
    const all = await pledges.dueForReminder(now, 1000);
    expect(mine(all)).toEqual([...due].sort());
    expect(all.find((r) => r.pledgeId === due[2])).toMatchObject({ planId: 'due-2', remindersSent: 0 });
    const pages: { planId: string; pledgeId: string }[][] = [await pledges.dueForReminder(now, 2)];
    while (pages.at(-1)!.length === 2) pages.push(await pledges.dueForReminder(now, 2, pages.at(-1)!.at(-1)!.pledgeId));
    expect(pages[0]).toHaveLength(2);
    expect(pages.flat()).toHaveLength(all.length);
    expect(mine(pages.flat())).toEqual([...due].sort());
  });

  it('pages through pledges keyed both ways: natural keys first, then those with an old ObjectId', async () => {
    const natural = [await pledgeDue('mixed-1', at(-1)), await pledgeDue('mixed-1', at(-1))];
    const legacy = new Types.ObjectId();
    await db.Pledge.create({ _id: legacy, planId: 'mixed-1', followerId: new Types.ObjectId(), audience: 'aud', pledgedAt: at(-3), open: true, nextReminderAt: at(-1) });
    const seen: string[] = [];
    let page = await pledges.dueForReminder(now, 1);
    while (page.length) {
      seen.push(...page.map((r) => r.pledgeId));
      page = await pledges.dueForReminder(now, 1, page.at(-1)!.pledgeId);
    }
    expect(seen.filter((id) => id.startsWith('mixed-1|') || id === legacy.toHexString()).sort()).toEqual([...natural, legacy.toHexString()].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(await pledges.claimReminder(legacy.toHexString(), 1, null)).toBe(true);
    expect(await db.Pledge.findById(legacy).lean<{ remindersSent: number }>()).toMatchObject({ remindersSent: 1 });
  });

  it('of 20 processes claiming the same reminder exactly one wins, and the pledge books it', async () => {
    const id = await pledgeDue('claim-1', at(-1));
    for (const n of [1, 2]) {
      const next = n === 1 ? at(48) : null;
      expect(await race(() => pledges.claimReminder(id, n, next))).toBe(1);
      const doc = await db.Pledge.findById(id).lean<{ remindersSent: number; nextReminderAt: Date | null }>();
      expect(doc).toMatchObject({ remindersSent: n, nextReminderAt: next });
    }
    expect(await pledges.claimReminder(id, 1, at(48))).toBe(false);
    expect(await db.ReminderClaim.countDocuments({ _id: { $in: [`${id}|1`, `${id}|2`] } })).toBe(2);
  });

  it('a pledge whose reminders are stopped is no longer due', async () => {
    const id = await pledgeDue('stop-1', at(-1));
    await pledges.stopReminders(id);
    expect((await pledges.dueForReminder(now, 100)).map((r) => r.pledgeId)).not.toContain(id);
  });
});
