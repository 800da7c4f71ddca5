import type { Audience, AudienceStore } from '../core/ports.js';
import { isLanguage, type Language } from '../core/types.js';
import type { Influencer, InfluencerStore, NewInfluencer, Subscription } from '../influencers/influencer-store.js';
import type { SealedAddress } from '../privacy/address-vault.js';
import { audienceClaims, claimOnce } from './audience-claims.js';
import type { LooseModel, Models } from './models.js';

interface AudienceDoc {
  code: string;
  displayName: string;
  language?: string | null;
  ownerSealed?: string | null;
  weeklyReport?: boolean | null;
  planSummaries?: boolean | null;
  inviteCode?: string | null;
  lastWeeklyAt?: Date | null;
}

function toInfluencer(doc: AudienceDoc): Influencer {
  return {
    code: doc.code,
    displayName: doc.displayName,
    language: isLanguage(doc.language) ? doc.language : 'en',
    ownerSealed: doc.ownerSealed ?? null,
    weeklyReport: Boolean(doc.weeklyReport),
    planSummaries: Boolean(doc.planSummaries),
    inviteCode: doc.inviteCode ?? null,
    lastWeeklyAt: doc.lastWeeklyAt ?? null,
  };
}

const isDuplicateKey = (err: unknown) => (err as { code?: number } | null)?.code === 11000;

/**
 * The audiences collection, the one way to it: join-code lookups for the core (AudienceStore)
 * and influencers for their feature (InfluencerStore). Every hot query is an equality on an
 * indexed field (code, ownerHash, inviteCode, weeklyReport, planSummaries).
 */
export class MongoAudienceStore implements AudienceStore, InfluencerStore {
  readonly #claims: LooseModel;

  constructor(private readonly db: Models) {
    this.#claims = audienceClaims(db.Audience.db);
  }

  async findByCode(code: string): Promise<Audience | null> {
    const doc = await this.db.Audience.findOne({ code: String(code) }).lean<AudienceDoc>();
    return doc ? { code: doc.code, displayName: doc.displayName, language: (doc.language ?? 'en') as Language } : null;
  }

  async insert(inf: NewInfluencer): Promise<boolean> {
    try {
      await this.db.Audience.create({
        code: inf.code,
        displayName: inf.displayName,
        language: inf.language,
        ownerHash: inf.owner?.hash ?? null,
        ownerSealed: inf.owner?.sealed ?? null,
        weeklyReport: false,
        planSummaries: false,
        inviteCode: inf.inviteCode,
        createdAt: inf.createdAt,
      });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async get(code: string): Promise<Influencer | null> {
    const doc = await this.db.Audience.findOne({ code: String(code) }).lean<AudienceDoc>();
    return doc ? toInfluencer(doc) : null;
  }

  async list(): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({}).sort({ code: 1 }).lean<AudienceDoc[]>();
    return docs.map(toInfluencer);
  }

  async setInvite(code: string, invite: string): Promise<boolean> {
    const res = await this.db.Audience.updateOne({ code: String(code) }, { $set: { inviteCode: invite } });
    return res.matchedCount > 0;
  }

  async setOwner(code: string, owner: SealedAddress, language?: Language): Promise<boolean> {
    const res = await this.db.Audience.updateOne(
      { code: String(code) },
      { $set: { ownerHash: owner.hash, ownerSealed: owner.sealed, inviteCode: null, ...(language ? { language } : {}) } },
    );
    return res.matchedCount > 0;
  }

  async claimInvite(invite: string, owner: SealedAddress, language: Language): Promise<Influencer | null> {
    const doc = await this.db.Audience.findOne({ inviteCode: String(invite) }).lean<AudienceDoc>();
    if (!doc) return null;
    if (!(await claimOnce(this.#claims, `invite|${invite}`, doc.code, new Date()))) return null;
    // The invite is still the one we claimed unless an organiser replaced it meanwhile.
    const res = await this.db.Audience.updateOne(
      { code: doc.code, inviteCode: invite },
      { $set: { ownerHash: owner.hash, ownerSealed: owner.sealed, inviteCode: null, language } },
    );
    return res.matchedCount > 0 ? this.get(doc.code) : null;
  }

  async ownedBy(ownerHash: string): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({ ownerHash: String(ownerHash) }).sort({ code: 1 }).lean<AudienceDoc[]>();
    return docs.map(toInfluencer);
  }

  async subscribe(ownerHash: string, which: Subscription, on: boolean, now: Date): Promise<number> {
    const extra = which === 'weeklyReport' && on ? { lastWeeklyAt: now } : {};
    const res = await this.db.Audience.updateMany({ ownerHash: String(ownerHash) }, { $set: { [which]: on, ...extra } });
    return res.matchedCount;
  }

  async subscribed(which: Subscription): Promise<Influencer[]> {
    const docs = await this.db.Audience.find({ [which]: true }).lean<AudienceDoc[]>();
    return docs.map(toInfluencer).filter((i) => i.ownerSealed !== null);
  }

  async claimWeekly(code: string, previous: Date | null, now: Date): Promise<boolean> {
    const key = `weekly|${code}|${previous?.toISOString() ?? 'never'}`;
    if (!(await claimOnce(this.#claims, key, code, now))) return false;
    await this.db.Audience.updateOne({ code }, { $set: { lastWeeklyAt: now } });
    return true;
  }
}
