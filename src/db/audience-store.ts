import type { Audience, AudienceStore } from '../core/ports.js';
import type { Language } from '../core/types.js';
import type { Models } from './models.js';

/** Audiences (influencer join codes) in MongoDB. */
export class MongoAudienceStore implements AudienceStore {
  constructor(private readonly db: Models) {}

  async findByCode(code: string): Promise<Audience | null> {
    const doc = await this.db.Audience.findOne({ code: String(code) }).lean<{
      code: string;
      displayName: string;
      language?: string | null;
    }>();
    return doc ? { code: doc.code, displayName: doc.displayName, language: (doc.language ?? 'en') as Language } : null;
  }
}
