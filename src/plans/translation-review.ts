import type { Language } from '../core/types.js';

/**
 * A plan's language versions other than English go out only once a forum member who speaks the
 * language has approved that version (TRANSLATION_REVIEW): until then its followers get the
 * English, marked as such. Approvals count for the plan's revision: a new revision is reviewed again.
 */
export interface TranslationReviewStore {
  /** Records a member's approval of one language of a plan revision: a unique insert, true for the one call that made it. */
  approve(planId: string, revision: number, lang: Language, member: string): Promise<boolean>;
  /** The languages approved for a plan revision. */
  approved(planId: string, revision: number): Promise<Language[]>;
  /** Claims asking one member to review one language of a plan revision (a unique insert): true for the one call that may ask. */
  claimAsk(planId: string, revision: number, lang: Language, member: string): Promise<boolean>;
  /** Hands a claim back when the message could not be sent, so asking again tries again. */
  releaseAsk(planId: string, revision: number, lang: Language, member: string): Promise<void>;
}
