import type { PendingCorrection, PlanCorrections } from '../plans/plan-corrections.js';
import { broadcastRunModels } from './broadcast-run-models.js';
import { insertOnce } from './insert-once.js';
import type { LooseModel, Models } from './models.js';

interface CorrectionDoc extends Omit<PendingCorrection, 'plan'> {
  content: PendingCorrection['plan']['content'];
  reminderAfterHours: number;
  endsAt: Date | null;
}

const fromDoc = (d: CorrectionDoc): PendingCorrection => ({
  planId: d.planId,
  revision: d.revision,
  base: d.base,
  plan: { content: d.content, reminderAfterHours: d.reminderAfterHours, endsAt: d.endsAt ?? undefined },
  withdraw: d.withdraw ?? [],
  changes: d.changes ?? [],
  proposedBy: d.proposedBy,
  createdAt: d.createdAt,
});

/** Tries at a revision number before giving up (each lost one means another organiser proposed at once). */
const PROPOSE_TRIES = 20;

/**
 * PlanCorrections on plan_corrections (`<planId>|<revision>`, inserted once) and the plan
 * document, which takes a correction's content when it is applied.
 */
export class MongoPlanCorrections implements PlanCorrections {
  readonly #m: LooseModel;

  constructor(private readonly db: Models) {
    this.#m = broadcastRunModels(db).Correction;
  }

  async propose(c: Omit<PendingCorrection, 'revision' | 'createdAt'>, after: number): Promise<PendingCorrection> {
    for (let i = 0; i < PROPOSE_TRIES; i++) {
      const newest = await this.newest(c.planId);
      const revision = Math.max(after, newest?.revision ?? 0) + 1;
      const doc = { _id: `${c.planId}|${revision}`, ...c, ...c.plan, endsAt: c.plan.endsAt ?? null, revision, createdAt: new Date() };
      delete (doc as { plan?: unknown }).plan;
      if (await insertOnce(this.#m, doc)) return fromDoc(doc as unknown as CorrectionDoc);
    }
    throw new Error(`plan ${c.planId}: no free revision for a correction`);
  }

  async get(planId: string, revision: number): Promise<PendingCorrection | null> {
    const doc = await this.#m.findById(`${planId}|${revision}`).lean<CorrectionDoc>();
    return doc ? fromDoc(doc) : null;
  }

  async newest(planId: string): Promise<PendingCorrection | null> {
    const doc = await this.#m.findOne({ planId }).sort({ revision: -1 }).lean<CorrectionDoc>();
    return doc ? fromDoc(doc) : null;
  }

  async apply(c: PendingCorrection): Promise<boolean> {
    const fields = { content: c.plan.content, reminderAfterHours: c.plan.reminderAfterHours, endsAt: c.plan.endsAt ?? null, revision: c.revision };
    for (let i = 0; i < 3; i++) {
      const plan = await this.db.Plan.findOne({ planId: c.planId }, { revision: 1 }).lean<{ revision?: number }>();
      if (!plan) return false;
      if ((plan.revision ?? 1) >= c.revision) return (plan.revision ?? 1) === c.revision;
      // FerretDB writes a whole document back, so a concurrent write (the enqueue's progress) may undo this one: check, and write again.
      await this.db.Plan.updateOne({ planId: c.planId, revision: plan.revision ?? 1 }, { $set: fields });
    }
    const now = await this.db.Plan.findOne({ planId: c.planId }, { revision: 1 }).lean<{ revision?: number }>();
    return now?.revision === c.revision;
  }
}
