/**
 * Seeds followers for a benchmark in its own process (so the seeding's memory does not count
 * against the broadcaster's): MONGODB_URI, DATA_KEY (base64), FOLLOWERS, FIRST_CHAT_ID.
 */
import { connectDatabase } from '../src/db/connect.js';
import { models } from '../src/db/models.js';
import { silentLogger } from '../src/logger.js';
import { AddressVault } from '../src/privacy/address-vault.js';
import { seedFollowers } from '../test/support/seed.js';

const env = process.env as Record<string, string>;
const { conn } = await connectDatabase(env.MONGODB_URI!, silentLogger);
const db = models(conn);
await db.Follower.createIndexes();
await seedFollowers({ db, vault: new AddressVault(Buffer.from(env.DATA_KEY!, 'base64')) }, Number(env.FOLLOWERS), {
  firstChatId: Number(env.FIRST_CHAT_ID ?? 10_000_000),
  topics: ['uyghur'],
});
await conn.close();
