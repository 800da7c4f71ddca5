import { Schema, type Connection } from 'mongoose';
import type { Language } from '../core/types.js';
import type { TranslationReviewStore } from '../plans/translation-review.js';
import { insertOnce } from './insert-once.js';
import { model } from './models.js';

/** One language version of one plan revision, approved: `_id` is `<plan>|<revision>|<lang>`, so it is approved once. */
const translationReview = new Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    revision: { type: Number, required: true },
    lang: { type: String, required: true },
    /** The member who approved it (their keyed hash), and when: the record of the decision. */
    member: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
translationReview.index({ planId: 1, revision: 1 });

/** A member asked to review one language of one plan revision: `_id` is `<plan>|<revision>|<lang>|<member>`, so each is asked once. */
const reviewAsk = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false });

/** Approvals of plans' language versions, decided by a unique insert; the asks for them, claimed the same way. */
export class MongoTranslationReviews implements TranslationReviewStore {
  readonly #model;
  readonly #asks;

  constructor(conn: Connection) {
    this.#model = model(conn, 'TranslationReview', translationReview, 'translation_reviews');
    this.#asks = model(conn, 'ReviewAsk', reviewAsk, 'review_asks');
  }

  claimAsk(planId: string, revision: number, lang: Language, member: string): Promise<boolean> {
    return insertOnce(this.#asks, { _id: `${planId}|${revision}|${lang}|${member}`, at: new Date() });
  }

  async releaseAsk(planId: string, revision: number, lang: Language, member: string): Promise<void> {
    await this.#asks.deleteOne({ _id: `${planId}|${revision}|${lang}|${member}` });
  }

  async ensureIndexes(): Promise<void> {
    await this.#model.createIndexes();
  }

  approve(planId: string, revision: number, lang: Language, member: string): Promise<boolean> {
    return insertOnce(this.#model, { _id: `${planId}|${revision}|${lang}`, planId, revision, lang, member, at: new Date() });
  }

  async approved(planId: string, revision: number): Promise<Language[]> {
    const docs = await this.#model.find({ planId, revision }, { _id: 0, lang: 1 }).lean<{ lang: Language }[]>();
    return docs.map((d) => d.lang).sort();
  }
}
