import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MongoDailySendCounter } from '../../src/db/daily-send-counter.js';
import { testDatabaseUri } from '../support/db.js';

let conn: mongoose.Connection;
beforeAll(async () => {
  conn = await mongoose.createConnection(await testDatabaseUri('fault_daily_cap'), { maxPoolSize: 10 }).asPromise();
});
afterAll(async () => {
  await conn.dropDatabase().catch(() => undefined);
  await conn.close();
});

describe("WhatsApp's daily cap", () => {
  it('is never overrun when 40 sends race for the last 25 slots of a day', async () => {
    const counters = Array.from({ length: 4 }, () => new MongoDailySendCounter(conn));
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => counters[i % 4]!.tryCount('2026-12-01', 25)));
    expect(results.filter(Boolean)).toHaveLength(25);
    expect(await counters[0]!.count('2026-12-01')).toBe(25);
    expect(await counters[0]!.tryCount('2026-12-01', 25)).toBe(false);
    expect(await counters[0]!.tryCount('2026-12-02', 25)).toBe(true);
  });
});
