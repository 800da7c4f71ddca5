import type { OrganiserTokenStore } from '../plans/organiser-tokens.js';
import { insertOnce } from './insert-once.js';
import type { Models } from './models.js';

/** How often a replacement is tried when the same organiser asks twice at once. */
const REPLACE_ATTEMPTS = 5;

/** OrganiserTokenStore on mongoose: one document per organiser key, holding only a keyed hash. */
export class MongoOrganiserTokenStore implements OrganiserTokenStore {
  constructor(readonly db: Models) {}

  /** Delete then insert (no upsert race): whichever insert lands last after its delete is the token. */
  async replace(organiserKey: string, tokenHash: string, at: Date): Promise<void> {
    for (let i = 0; i < REPLACE_ATTEMPTS; i++) {
      await this.db.OrganiserToken.deleteOne({ _id: organiserKey });
      if (await insertOnce(this.db.OrganiserToken, { _id: organiserKey, tokenHash, at })) return;
    }
    throw new Error('organiser token could not be replaced');
  }

  async tokenHashOf(organiserKey: string): Promise<string | null> {
    const doc = await this.db.OrganiserToken.findById(String(organiserKey)).lean<{ tokenHash: string }>();
    return doc?.tokenHash ?? null;
  }
}
