import { describe, expect, it } from 'vitest';
import { BatchSender, OUTAGE_FAILURES, type BatchJob } from '../src/broadcast/batch-sender.js';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import type { BatchMember, DeliveryRecord, WorkerRegistry } from '../src/broadcast/broadcast-ports.js';
import { SteadyPacer, type Pacer } from '../src/broadcast/pacer.js';
import { HEARTBEAT_MS, RateShare } from '../src/broadcast/rate-share.js';
import type { FollowerPatch } from '../src/core/ports.js';
import { SendError, type ChannelName } from '../src/core/types.js';
import { silentLogger } from '../src/logger.js';
import { FakeClock } from './support/fake-clock.js';

/** Live processes in memory, as the database would keep them. */
class MemoryRegistry implements WorkerRegistry {
  readonly beats = new Map<string, number>();
  async beat(workerId: string, at: Date): Promise<void> {
    this.beats.set(workerId, at.getTime());
  }
  async countLive(since: Date): Promise<number> {
    return [...this.beats.values()].filter((t) => t > since.getTime()).length;
  }
  async leave(workerId: string): Promise<void> {
    this.beats.delete(workerId);
  }
}

const pacedSender = (channel: ChannelName, rate: number, clock: FakeClock): BroadcastSender => ({
  channel,
  pacer: new SteadyPacer(rate, clock),
  configuredRate: rate,
  send: async () => 'm',
});

describe('RateShare', () => {
  it('splits every channel’s rate between the processes heard from in the last three heartbeats', async () => {
    const clock = new FakeClock(1_000_000);
    const registry = new MemoryRegistry();
    const mine = [pacedSender('telegram', 30, clock), pacedSender('whatsapp', 0.2, clock)];
    const share = new RateShare(registry, 'w-a', mine, clock);
    expect(await share.beat()).toBe(1);
    expect(mine.map((s) => s.pacer.rate)).toEqual([30, 0.2]);

    const other = new RateShare(registry, 'w-b', [pacedSender('telegram', 30, clock)], clock);
    await other.beat();
    expect(await share.beat()).toBe(2);
    expect(mine.map((s) => s.pacer.rate)).toEqual([15, 0.1]);

    // w-b stops beating (a crash): after three heartbeats it no longer counts.
    clock.t += 3 * HEARTBEAT_MS;
    expect(await share.beat()).toBe(1);
    expect(mine[0]!.pacer.rate).toBe(30);
  });

  it('gives the whole rate back as soon as the other process leaves', async () => {
    const clock = new FakeClock(1_000_000);
    const registry = new MemoryRegistry();
    const mine = [pacedSender('telegram', 30, clock)];
    const [a, b] = [new RateShare(registry, 'w-a', mine, clock), new RateShare(registry, 'w-b', [], clock)];
    await b.beat();
    await a.beat();
    expect(mine[0]!.pacer.rate).toBe(15);
    await b.leave();
    await a.beat();
    expect(mine[0]!.pacer.rate).toBe(30);
  });
});

/** A pacer that never waits. */
const freePacer = (): Pacer => ({ rate: 1000, take: async () => undefined, pause: () => undefined, setRate: () => undefined });

const members = (n: number): BatchMember[] =>
  Array.from({ length: n }, (_, i) => ({ followerId: `f${i}`, channel: 'telegram', audience: 'direct', language: 'en', sealedAddress: `chat-${i}` }));

/** A batch sender on a fake clock, whose channel answers each chat from a script of results. */
function harness(script: (chatId: string, attempt: number) => 'ok' | SendError, opts: { retryDelayMs?: (pass: number) => number; maxInFlight?: number } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const recorded: DeliveryRecord[] = [];
  const patched: [string, FollowerPatch][] = [];
  const attempts = new Map<string, number>();
  let writes = 0;
  const sender: BroadcastSender = {
    channel: 'telegram',
    pacer: freePacer(),
    configuredRate: 1000,
    async send(chatId) {
      const n = (attempts.get(chatId) ?? 0) + 1;
      attempts.set(chatId, n);
      const result = script(chatId, n);
      if (result instanceof SendError) throw result;
      return `msg-${chatId}-${n}`;
    },
  };
  const batchSender = new BatchSender({
    vault: { open: (_channel, sealed) => sealed },
    deliveries: {
      record: async (_planId, _batch, records) => {
        writes++;
        recorded.push(...records);
      },
    },
    followers: {
      update: async (id, patch) => {
        patched.push([id, patch]);
        return null;
      },
    },
    clock,
    ...opts,
  });
  const job = (list: BatchMember[], extra: Partial<BatchJob> = {}): BatchJob => ({
    planId: 'p',
    batch: 0,
    members: list,
    sender,
    log: silentLogger,
    messageFor: () => ({ text: 'Plan' }),
    claim: { hold: async () => true, maxPauseMs: Infinity },
    planState: async () => 'open',
    ...extra,
  });
  return { clock, recorded, patched, attempts, batchSender, job, writes: () => writes };
}

const networkError = (chatId: string) => new SendError('telegram', chatId, 'network', undefined, { cause: new Error('socket hang up') });

describe('BatchSender', () => {
  it('retries a failing send after a growing backoff on its clock, and records the success once', async () => {
    const h = harness((chatId, attempt) => (chatId === 'chat-1' && attempt < 3 ? networkError(chatId) : 'ok'));
    expect(await h.batchSender.send(h.job(members(3)), new AbortController().signal)).toBe(true);
    expect(h.clock.sleeps).toEqual([2000, 4000]);
    expect(h.attempts.get('chat-1')).toBe(3);
    expect(h.recorded.map((r) => [r.followerId, r.status, r.messageId])).toEqual([
      ['f0', 'sent', 'msg-chat-0-1'],
      ['f2', 'sent', 'msg-chat-2-1'],
      ['f1', 'sent', 'msg-chat-1-3'],
    ]);
    expect(h.writes()).toBeGreaterThanOrEqual(1);
  });

  it('keeps retrying a network failure until it goes through, and records a bad request at once as failed', async () => {
    const h = harness((chatId, attempt) => {
      if (chatId === 'chat-0') return attempt <= 6 ? networkError(chatId) : 'ok';
      return new SendError('telegram', chatId, 'bad_request', undefined, { cause: new Error('chat not found') });
    });
    expect(await h.batchSender.send(h.job(members(2)), new AbortController().signal)).toBe(true);
    expect(h.attempts.get('chat-0')).toBe(7);
    expect(h.attempts.get('chat-1')).toBe(1);
    // The backoff doubles while nobody is reached, up to 30 s.
    expect(h.clock.sleeps).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
    const byFollower = Object.fromEntries(h.recorded.map((r) => [r.followerId, r]));
    expect(byFollower.f0).toMatchObject({ status: 'sent', messageId: 'msg-chat-0-7' });
    expect(byFollower.f1).toMatchObject({ status: 'failed', reason: 'bad_request: chat not found' });
  });

  it('records a block without retrying and marks the follower blocked', async () => {
    const h = harness((chatId) => (chatId === 'chat-1' ? new SendError('telegram', chatId, 'blocked') : 'ok'));
    await h.batchSender.send(h.job(members(2)), new AbortController().signal);
    expect(h.clock.sleeps).toEqual([]);
    expect(h.recorded.find((r) => r.followerId === 'f1')).toMatchObject({ status: 'blocked', reason: 'blocked' });
    expect(h.patched).toEqual([['f1', { blocked: true }]]);
  });

  it('stops during a backoff without recording the pending retry', async () => {
    const h = harness((chatId) => networkError(chatId));
    const stop = new AbortController();
    const sleep = h.clock.sleep.bind(h.clock);
    h.clock.sleep = async (ms) => {
      stop.abort();
      await sleep(ms);
    };
    expect(await h.batchSender.send(h.job(members(1)), stop.signal)).toBe(false);
    expect(h.attempts.get('chat-0')).toBe(1);
    expect(h.recorded).toEqual([]);
  });

  it(`stops a pass after ${OUTAGE_FAILURES} failures in a row and waits out the outage, then reaches everyone once`, async () => {
    const t0 = Date.UTC(2026, 0, 1);
    const h = harness((chatId) => (h.clock.now() < t0 + 10_000 ? new SendError('telegram', chatId, 'unknown') : 'ok'), { maxInFlight: 1 });
    expect(await h.batchSender.send(h.job(members(100)), new AbortController().signal)).toBe(true);
    expect(h.clock.sleeps).toEqual([2000, 4000, 8000]);
    const tries = [...h.attempts.values()].reduce((a, b) => a + b, 0);
    expect(tries).toBe(100 + 3 * OUTAGE_FAILURES);
    expect(h.recorded.filter((r) => r.status === 'sent')).toHaveLength(100);
  });

  it('sends nothing more once its claim on the batch is lost', async () => {
    const h = harness(() => 'ok', { maxInFlight: 1 });
    let asked = 0;
    const claim = { hold: async () => ++asked <= 3, maxPauseMs: Infinity };
    expect(await h.batchSender.send(h.job(members(10), { claim }), new AbortController().signal)).toBe(false);
    expect(h.attempts.size).toBe(3);
    expect(h.recorded.map((r) => r.followerId)).toEqual(['f0', 'f1', 'f2']);
  });

  it('gives up retrying when the plan is no longer being published, recording nothing for the failed', async () => {
    const h = harness((chatId) => networkError(chatId));
    expect(await h.batchSender.send(h.job(members(2), { planState: async () => 'closed' }), new AbortController().signal)).toBe(false);
    expect(h.clock.sleeps).toEqual([2000]);
    expect(h.recorded).toEqual([]);
  });

  it('records who is left as failed once the plan is over, and ends the batch', async () => {
    const h = harness((chatId) => (chatId === 'chat-0' ? networkError(chatId) : 'ok'));
    expect(await h.batchSender.send(h.job(members(2), { planState: async () => 'over' }), new AbortController().signal)).toBe(true);
    const byFollower = Object.fromEntries(h.recorded.map((r) => [r.followerId, r]));
    expect(byFollower.f0).toMatchObject({ status: 'failed', reason: 'plan ended: network: socket hang up' });
    expect(byFollower.f1).toMatchObject({ status: 'sent' });
  });
});
