/**
 * `npm run demo`: the whole loop in the terminal with nothing configured. The console channel on
 * a local database (MONGODB_URI if set, else the chain in src/db/database-chain.ts) in a fresh
 * directory, an example influencer (`demo`) and the example plan approved by two demo organisers.
 * The newcomer types `join demo-uyghur`, signs up, receives the plan, pledges, ticks its tasks,
 * and types `report` for the influencer's report. Ctrl+D ends it and removes the directory
 * (set DEMO_DATA_DIR to keep one).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { consoleBroadcastSender } from '../channels/console/console-broadcast-sender.js';
import { CONSOLE_CHAT_ID, ConsoleChannel } from '../channels/console/console-channel.js';
import { NoDatabaseServerError } from '../db/database-chain.js';
import { openDatabase, printProgress } from '../db/open-database.js';
import { createHumanLogger } from '../ops/human-log.js';
import { prepareDemo, publishWhenSignedUp, showDemoReport } from './demo-setup.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOPICS = ['uyghur', 'palestine', 'sudan', 'kashmir', 'rohingya'];

const BANNER = `
Demo: you are a follower who tapped the "Demo Channel" influencer's link for the Uyghur cause.
  1. Type:  join demo-uyghur        (what the link does; then answer with numbers)
  2. Once you are signed up, the forum's example plan arrives here.
  3. Reply "pledge", then "done 1", "done 2" and, for the last task, just "done".
  4. Type "report" to see what the influencer sees (totals only; under 10 is never a number),
     with the chart and the influencer's video slides saved as pictures.
  Ctrl+D ends the demo.
`;

async function main(): Promise<void> {
  const keep = process.env['DEMO_DATA_DIR'];
  const dataDir = keep ? path.resolve(keep) : await mkdtemp(path.join(tmpdir(), 'forum-pledge-bot-demo-'));
  const log = createHumanLogger(process.env['LOG_LEVEL'] ?? 'warn');
  const database = await openDatabase(process.env['MONGODB_URI'] || undefined, dataDir, log, (m) => printProgress(`… ${m}`));
  const app = await createApp({
    conn: database.conn,
    dataKey: randomBytes(32),
    topics: TOPICS,
    defaultLanguage: 'en',
    log,
    senders: [consoleBroadcastSender(process.stdout)],
    broadcastPollMs: 300,
  });
  await app.start();
  const planId = await prepareDemo(app, ROOT);
  const publisher = publishWhenSignedUp(app, CONSOLE_CHAT_ID, planId);
  const input = new PassThrough();
  const channel = new ConsoleChannel({ core: app.core, log, input, chatId: CONSOLE_CHAT_ID, banner: false });
  process.stdout.write(BANNER);
  const done = channel.run();
  await forwardLines(input, async () => showDemoReport(app, planId, process.stdout, tmpdir()));
  await done;
  publisher.stop();
  await app.stop();
  await database.close();
  if (!keep) await rm(dataDir, { recursive: true, force: true });
}

/** Passes stdin's lines to the console, except "report", which the demo answers itself (it is the influencer's view). */
async function forwardLines(input: PassThrough, report: () => Promise<void>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    if (line.trim().toLowerCase() === 'report') await report().catch((err: unknown) => process.stderr.write(`report failed: ${err instanceof Error ? err.message : String(err)}\n`));
    else input.write(`${line}\n`);
  }
  input.end();
}

main().catch((err: unknown) => {
  if (err instanceof NoDatabaseServerError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  console.error('demo failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
