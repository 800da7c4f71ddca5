import { Types } from 'mongoose';
import type { App } from '../../src/app.js';
import type { Language } from '../../src/core/types.js';
import { rebuildFollowerStats } from '../../src/db/follower-stats.js';

/**
 * Inserts `count` active followers in bulk (as onboarding would leave them), chat ids
 * `firstChatId`, `firstChatId + 1`, ... Much faster than driving the flow for each one.
 */
export async function seedFollowers(
  app: Pick<App, 'db' | 'vault'>,
  count: number,
  opts: { firstChatId: number; topics?: string[]; audience?: string; language?: Language; chunk?: number },
): Promise<void> {
  const chunk = opts.chunk ?? 2000;
  const now = new Date();
  for (let start = 0; start < count; start += chunk) {
    const docs = [];
    for (let i = start; i < Math.min(count, start + chunk); i++) {
      const chatId = String(opts.firstChatId + i);
      const sealed = app.vault.seal('telegram', chatId);
      docs.push({
        _id: new Types.ObjectId(),
        channel: 'telegram',
        addressHash: sealed.hash,
        addressSealed: sealed.sealed,
        language: opts.language ?? 'en',
        topics: opts.topics ?? ['uyghur'],
        timezone: 'Europe/London',
        status: 'active',
        blocked: false,
        audience: opts.audience ?? 'direct',
        joinedAt: now,
        onboardedAt: now,
        lastInboundAt: now,
      });
    }
    await app.db.Follower.insertMany(docs, { ordered: false });
  }
  // A bulk insert bypasses the follower store: recount the report counters once.
  await rebuildFollowerStats(app.db);
}
