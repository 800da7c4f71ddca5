import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUri } from './support/db.js';

describe('database smoke test', () => {
  let conn: mongoose.Connection;

  beforeAll(async () => {
    conn = await mongoose.createConnection(await testDatabaseUri('smoke'), { serverSelectionTimeoutMS: 10_000 }).asPromise();
  });

  afterAll(async () => {
    await conn?.close();
  });

  it('enforces unique indexes and supports upserts', async () => {
    const Thing = conn.model(
      'Thing',
      new mongoose.Schema({
        key: { type: String, required: true, unique: true },
        count: { type: Number, default: 0 },
      }),
    );
    await Thing.init(); // builds the unique index

    await Thing.create({ key: 'a' });
    await expect(Thing.create({ key: 'a' })).rejects.toMatchObject({ code: 11000 });

    const res = await Thing.updateOne({ key: 'b' }, { $inc: { count: 2 } }, { upsert: true });
    expect(res.upsertedCount).toBe(1);
    await Thing.updateOne({ key: 'b' }, { $inc: { count: 3 } }, { upsert: true });

    const b = await Thing.findOne({ key: 'b' }).lean();
    expect(b?.count).toBe(5);
    expect(await Thing.countDocuments()).toBe(2);
  });
});
