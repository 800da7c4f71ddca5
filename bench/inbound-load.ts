/**
 * The inbound bench's load: updates as Telegram sends them, handed to the real bot (grammY,
 * the core, the features, the stores) `inFlight` at a time, each timed from hand-over to its
 * last Bot API answer; the database commands it caused counted by the driver's monitoring.
 */
import type { Bot } from 'grammy';
import type { Connection } from 'mongoose';

let updateId = 1;

const from = (chatId: number) => ({ id: chatId, is_bot: false, first_name: 'B', language_code: 'en' });
const chat = (chatId: number) => ({ id: chatId, type: 'private' as const, first_name: 'B' });

/** A tap on a checklist button (`p.<planId>|<option>`), as Telegram sends a callback query. */
export function tapUpdate(chatId: number, data: string) {
  return {
    update_id: updateId++,
    callback_query: { id: String(updateId), from: from(chatId), chat_instance: 'b', data, message: { message_id: 1, date: 0, chat: chat(chatId), text: '' } },
  };
}

/** A text message (a command when it starts with '/'). */
export function textUpdate(chatId: number, text: string) {
  const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] : undefined;
  return {
    update_id: updateId++,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: chat(chatId), from: from(chatId), text, ...(entities ? { entities } : {}) },
  };
}

const READS = new Set(['find', 'count', 'aggregate', 'getMore', 'distinct']);
const WRITES = new Set(['insert', 'update', 'delete', 'findAndModify']);

/** Counts the commands a connection sends, split into reads and writes (needs monitorCommands). */
export class CommandCounter {
  reads = 0;
  writes = 0;
  other = 0;

  constructor(conn: Connection) {
    conn.getClient().on('commandStarted', (e: { commandName: string }) => {
      if (READS.has(e.commandName)) this.reads++;
      else if (WRITES.has(e.commandName)) this.writes++;
      else this.other++;
    });
  }

  snapshot() {
    return { reads: this.reads, writes: this.writes, other: this.other };
  }
}

/** One kind's figures. */
export interface KindResult {
  kind: string;
  updates: number;
  perSecond: number;
  p50: number;
  p99: number;
  readsPer: number;
  writesPer: number;
  failed: number;
  /** Rate of each quarter of the run, to see whether it stays flat. */
  quarters: number[];
}

/** Runs `updates` through the bot, `inFlight` at a time, and measures them. */
export async function drive(kind: string, bot: Bot, updates: object[], inFlight: number, counter: CommandCounter): Promise<KindResult> {
  const latencies: number[] = new Array(updates.length);
  const doneAt: number[] = new Array(updates.length);
  const before = counter.snapshot();
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < updates.length) {
      const i = next++;
      const t = performance.now();
      await bot.handleUpdate(updates[i] as never).catch(() => failed++);
      doneAt[i] = performance.now();
      latencies[i] = doneAt[i] - t;
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, updates.length) }, worker));
  const seconds = (performance.now() - started) / 1000;
  const after = counter.snapshot();
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    kind,
    updates: updates.length,
    perSecond: updates.length / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    readsPer: (after.reads - before.reads) / updates.length,
    writesPer: (after.writes - before.writes) / updates.length,
    failed,
    quarters: quarterRates(doneAt, started),
  };
}

/** Updates per second in each quarter of the updates, in the order they finished. */
function quarterRates(doneAt: number[], started: number): number[] {
  const times = [...doneAt].sort((a, b) => a - b);
  const q = Math.floor(times.length / 4);
  if (q === 0) return [];
  const out: number[] = [];
  let from = started;
  for (let i = 1; i <= 4; i++) {
    const to = times[i * q - 1]!;
    out.push(q / Math.max(0.001, (to - from) / 1000));
    from = to;
  }
  return out;
}

/** A result as one table row. */
export function row(label: string, r: KindResult, rssMb: number): string {
  const f = (n: number, d = 1) => n.toFixed(d);
  return `| ${label} | ${r.kind} | ${r.updates} | ${f(r.perSecond)} | ${f(r.p50, 0)} | ${f(r.p99, 0)} | ${f(r.readsPer, 2)} | ${f(r.writesPer, 2)} | ${r.failed} | ${rssMb} | ${r.quarters.map((x) => f(x, 0)).join(' / ')} |`;
}

export const HEADER =
  '| setup | kind | updates | updates/s | p50 ms | p99 ms | reads/update | writes/update | failed | peak RSS MB | rate by quarter |\n|---|---|---|---|---|---|---|---|---|---|---|';
