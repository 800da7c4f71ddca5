/**
 * A bot process that only broadcasts, for the crash test: it sends every publishing plan to a
 * fake Bot API and appends each delivered chat id to SENT_LOG (synchronously, before Telegram's
 * answer returns), so the parent knows exactly what went out before it kills this process.
 */
import { appendFileSync } from 'node:fs';
import { createApp } from '../../src/app.js';
import { telegramBroadcastSender } from '../../src/channels/telegram/telegram-broadcast-sender.js';
import { connectDatabase } from '../../src/db/connect.js';
import { silentLogger } from '../../src/logger.js';
import { FakeBotApi } from './fake-bot-api.js';

const env = process.env as Record<string, string>;
const api = new FakeBotApi({ latencyMs: 5, record: false });
const recordingFetch: typeof fetch = async (input, init) => {
  const res = await api.fetch(input as string, init);
  const body = (await res.clone().json()) as { ok: boolean };
  // With LOG_EDITS set (a correction's crash test), edits in place count as deliveries too.
  const delivered = String(input).endsWith('/sendMessage') || (env.LOG_EDITS && String(input).endsWith('/editMessageText'));
  if (delivered && body.ok) {
    const chatId = JSON.parse(String(init?.body)).chat_id;
    appendFileSync(env.SENT_LOG!, `${chatId}\n`);
  }
  return res;
};

const { conn } = await connectDatabase(env.MONGODB_URI!, silentLogger);
const app = await createApp({
  conn,
  dataKey: Buffer.from(env.DATA_KEY!, 'base64'),
  topics: ['uyghur', 'palestine', 'sudan'],
  defaultLanguage: 'en',
  log: silentLogger,
  senders: [telegramBroadcastSender({ token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz', fetch: recordingFetch, rate: Number(env.RATE ?? 100), paid: false })],
  // Short leases so the parent can take over quickly after the kill.
  broadcastLeaseMs: Number(env.LEASE_MS ?? 1500),
});
process.send?.('ready');
await app.worker.drain();
process.send?.('finished');
