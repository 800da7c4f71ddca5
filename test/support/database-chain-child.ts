/**
 * Child process for test/database-chain.test.ts: starts the local database chain in the data
 * directory given as argv[2] with the environment the test set (PATH, caches, download mirror),
 * prints one JSON line (what started and why, or the error and its exit code), then stops it.
 */
import { NoDatabaseServerError, startLocalDatabase } from '../../src/db/database-chain.js';

const started = Date.now();
const progress: string[] = [];
try {
  const server = await startLocalDatabase({ dataDir: process.argv[2]!, log: (m) => progress.push(m) });
  process.stdout.write(`${JSON.stringify({ kind: server.kind, why: server.why, uri: server.uri, ms: Date.now() - started, progress })}\n`);
  await server.stop();
} catch (err) {
  const exitCode = err instanceof NoDatabaseServerError ? err.exitCode : 1;
  process.stdout.write(`${JSON.stringify({ error: String(err instanceof Error ? err.message : err), exitCode, ms: Date.now() - started, progress })}\n`);
  process.exitCode = exitCode;
}
