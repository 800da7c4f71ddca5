import { randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import type { PageVisits } from '../reports/page-visits.js';
import { model, type LooseModel, type Models } from './models.js';

/**
 * One page view: its plan, audience and UTC day, under a random id. An insert is the only write,
 * so concurrent visits never meet (no counter to race on FerretDB), and nothing in it points at
 * a visitor.
 */
const pageVisit = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    audience: { type: String, required: true },
    day: { type: String, required: true },
  },
  { versionKey: false },
);
pageVisit.index({ audience: 1, planId: 1 });

function pageVisitModel(conn: Connection): LooseModel {
  return model(conn, 'PageVisit', pageVisit, 'page_visits');
}

export class MongoPageVisits implements PageVisits {
  readonly #model: LooseModel;

  constructor(db: Models) {
    this.#model = pageVisitModel(db.Follower.db);
  }

  async ensureIndexes(): Promise<void> {
    await this.#model.createIndexes();
  }

  async record(planId: string, audience: string, at: Date): Promise<void> {
    await this.#model.create({ _id: randomUUID(), planId: String(planId), audience: String(audience), day: at.toISOString().slice(0, 10) });
  }

  count(audience: string, planId?: string): Promise<number> {
    return this.#model.countDocuments(planId ? { audience: String(audience), planId: String(planId) } : { audience: String(audience) });
  }
}
