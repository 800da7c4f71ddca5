import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import type { DeliveryLog } from '../../src/broadcast/broadcast-ports.js';
import type { BroadcastSender } from '../../src/broadcast/broadcast-sender.js';
import { BroadcastWorker, type BroadcastStores } from '../../src/broadcast/broadcast-worker.js';
import type { Clock } from '../../src/broadcast/clock.js';
import { telegramBroadcastSender } from '../../src/channels/telegram/telegram-broadcast-sender.js';
import { mongoBroadcastStores } from '../../src/db/broadcast-stores.js';
import { connectDatabase } from '../../src/db/connect.js';
import { MongoFollowerStore } from '../../src/db/follower-store.js';
import { models, syncIndexes, type Models } from '../../src/db/models.js';
import { MongoPlanStore } from '../../src/db/plan-store.js';
import { silentLogger } from '../../src/logger.js';
import type { StoredPlan } from '../../src/plans/plan-types.js';
import { AddressVault } from '../../src/privacy/address-vault.js';
import { testDatabaseUri } from './db.js';
import type { FakeBotApi } from './fake-bot-api.js';
import { seedFollowers } from './seed.js';
import type { TcpProxy } from './tcp-proxy.js';

const TOKEN = '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz';

/** What a test may change about one bot process's broadcast worker. */
export interface BedWorkerOptions {
  senders: BroadcastSender[];
  clock?: Clock;
  leaseMs?: number;
  maxInFlight?: number;
  /** How often its background loop looks for plans (after start()). */
  pollMs?: number;
  /** The delivery log this process writes to (a test wraps the real one to make it fail). */
  deliveries?: DeliveryLog;
}

/**
 * The broadcast alone on a fresh test database: followers seeded in bulk, plans put straight
 * into "publishing", and as many bot processes' workers as a test wants, each with its own
 * senders, clock and stores over the same database.
 */
export class BroadcastBed {
  readonly plans: MongoPlanStore;
  readonly stores: BroadcastStores<StoredPlan>;

  private constructor(
    readonly conn: Connection,
    readonly db: Models,
    /** The test database's URI (not through any proxy). */
    readonly uri: string,
    readonly vault: AddressVault = new AddressVault(randomBytes(32)),
  ) {
    this.plans = new MongoPlanStore(db);
    this.stores = mongoBroadcastStores(db, { plans: this.plans, followers: new MongoFollowerStore(db) });
  }

  /** `maxPoolSize`: how many requests one process has at the server at once (a race of 40 callers queues behind it). */
  static async open(name: string, opts: { maxPoolSize?: number } = {}): Promise<BroadcastBed> {
    const uri = await testDatabaseUri(name);
    const conn = opts.maxPoolSize
      ? await mongoose.createConnection(uri, { autoIndex: false, maxPoolSize: opts.maxPoolSize }).asPromise()
      : (await connectDatabase(uri, silentLogger)).conn;
    const db = models(conn);
    await syncIndexes(db);
    return new BroadcastBed(conn, db, uri);
  }

  /**
   * Another bot process on the same database: its own connection (through `proxy` if given,
   * so a test can cut it), stores and workers, and the same address vault.
   */
  async process(opts: { proxy?: TcpProxy } = {}): Promise<BroadcastBed> {
    const uri = opts.proxy ? opts.proxy.rewrite(this.uri) : this.uri;
    const { conn } = await connectDatabase(uri, silentLogger);
    return new BroadcastBed(conn, models(conn), this.uri, this.vault);
  }

  /** `count` active Telegram followers of 'uyghur', chat ids from `firstChatId`. */
  seed(count: number, firstChatId: number): Promise<void> {
    return seedFollowers({ db: this.db, vault: this.vault }, count, { firstChatId, topics: ['uyghur'] });
  }

  /** A plan for 'uyghur' followers, already being published. */
  async publish(planId: string, at = new Date()): Promise<void> {
    await this.db.Plan.create({ planId, topics: ['uyghur'], content: {}, reminderAfterHours: 24, status: 'publishing', proposedBy: 'org', createdAt: at, publishedAt: at });
  }

  /** One bot process's worker on this database. */
  worker(opts: BedWorkerOptions): BroadcastWorker<StoredPlan> {
    return new BroadcastWorker<StoredPlan>({ ...this.stores, deliveries: opts.deliveries ?? this.stores.deliveries }, {
      vault: this.vault,
      render: (plan) => ({ text: `Plan ${plan.id}` }),
      senders: opts.senders,
      log: silentLogger,
      clock: opts.clock,
      leaseMs: opts.leaseMs,
      maxInFlight: opts.maxInFlight,
      pollMs: opts.pollMs,
    });
  }

  /** Telegram through a fake Bot API, as a bot process's broadcast sends it. */
  telegram(api: FakeBotApi, opts: { rate: number; clock?: Clock; timeoutSeconds?: number }): BroadcastSender {
    return telegramBroadcastSender({ token: TOKEN, fetch: api.fetch as typeof fetch, paid: false, ...opts });
  }

  /** Drains the workers in turn until the plan is published; throws after `timeoutMs` of real time. */
  async drainUntilPublished(planId: string, workers: BroadcastWorker<StoredPlan>[], timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.plans.get(planId))?.status === 'publishing') {
      if (Date.now() > deadline) throw new Error(`plan ${planId} still publishing after ${timeoutMs} ms`);
      for (const w of workers) await w.drain();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Delivery records of a plan by status, and how many followers have more than one (the unique index allows none). */
  async records(planId: string): Promise<{ byStatus: Record<string, number>; followers: number }> {
    const rows = await this.db.Delivery.find({ planId }).select({ followerId: 1, status: 1 }).lean<{ followerId: unknown; status: string }[]>();
    const byStatus: Record<string, number> = {};
    for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    return { byStatus, followers: new Set(rows.map((r) => String(r.followerId))).size };
  }

  close(): Promise<void> {
    return this.conn.close();
  }
}

/** Sends per chat id across fake Bot APIs (one per process), for chats from `firstChatId` on. */
export function sendsPerChat(apis: readonly FakeBotApi[], firstChatId: number, count: number): { missing: number; duplicates: number } {
  let missing = 0;
  let duplicates = 0;
  for (let i = 0; i < count; i++) {
    const id = String(firstChatId + i);
    const n = apis.reduce((sum, api) => sum + (api.sendsPerChat.get(id) ?? 0), 0);
    if (n === 0) missing++;
    else duplicates += n - 1;
  }
  return { missing, duplicates };
}
