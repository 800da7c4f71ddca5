/** Waiting for a freshly started MongoDB-compatible server to serve requests. */
import type { ChildProcess } from 'node:child_process';
import mongoose from 'mongoose';

/** Resolves once the server on `port` answers ping; rejects when `child` exits first or time runs out. */
export function waitUntilReady(
  child: ChildProcess,
  port: number,
  timeoutMs: number,
  logTail: () => string,
  name = 'FerretDB',
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    let retryTimer: NodeJS.Timeout | undefined;

    const finish = (err?: Error): void => {
      if (done) return;
      done = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      child.off('exit', onExit);
      child.off('error', onError);
      if (err === undefined) resolve();
      else reject(err);
    };
    const withTail = (msg: string): Error => {
      const tail = logTail().trim();
      return new Error(tail === '' ? msg : `${msg}\n--- ${name.toLowerCase()} output ---\n${tail}`);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${String(code)}`;
      finish(withTail(`${name} ${how} before accepting connections on port ${port}`));
    };
    const onError = (err: Error): void => {
      finish(new Error(`could not start ${name}: ${err.message}`));
    };
    child.once('exit', onExit);
    child.once('error', onError);

    const tryConnect = (): void => {
      if (done) return;
      void ping(port).then((result) => {
        if (done) return;
        if (result.state === 'ready') {
          finish();
        } else if (result.state === 'failed') {
          finish(withTail(`${name} on port ${port} cannot serve requests: ${result.message}`));
        } else if (Date.now() > deadline) {
          finish(withTail(`${name} did not accept connections on port ${port} within ${timeoutMs / 1000} s`));
        } else {
          retryTimer = setTimeout(tryConnect, 100);
        }
      });
    };
    tryConnect();
  });
}

type ProbeResult = { state: 'ready' } | { state: 'unreachable' } | { state: 'failed'; message: string };

/** How long one readiness probe waits for the server to answer at all. */
const PROBE_TIMEOUT_MS = 500;

/**
 * Sends the driver's `ping`. A bare TCP connect is not enough: the port could belong to another
 * program, and FerretDB only connects to its backend (e.g. PostgreSQL) on first use, which its
 * `ping` does. A server that answers with an error will not get better by waiting: 'failed'.
 */
async function ping(port: number): Promise<ProbeResult> {
  const client = new mongoose.mongo.MongoClient(`mongodb://127.0.0.1:${port}/`, {
    directConnection: true,
    serverSelectionTimeoutMS: PROBE_TIMEOUT_MS,
    connectTimeoutMS: PROBE_TIMEOUT_MS,
  });
  try {
    await client.db('admin').command({ ping: 1 });
    return { state: 'ready' };
  } catch (err) {
    if (err instanceof mongoose.mongo.MongoServerError) return { state: 'failed', message: err.message };
    return { state: 'unreachable' };
  } finally {
    await client.close().catch(() => undefined);
  }
}
