/**
 * The operator's HTTP endpoints: GET /healthz (200 when the database answers and every channel
 * is up, 503 with what is wrong otherwise) and GET /metrics (Prometheus). Served by their own
 * server under long polling, or beside the webhook on the webhook's server.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createHttpServer } from '../http/http-server.js';
import { silentLogger } from '../logger.js';
import type { Registry } from 'prom-client';

/** A channel this process runs, and whether it is receiving right now. */
export interface ChannelHealth {
  name: string;
  isUp(): boolean;
}

export interface HealthSources {
  /** Resolves when the database answers a ping; rejects (or times out) otherwise. */
  pingDatabase(): Promise<void>;
  channels(): readonly ChannelHealth[];
}

/** How long /healthz waits for the database before calling it down. */
export const HEALTH_PING_MS = 2_000;

/** The health report: ok only when the database answers and no channel is down. */
export async function checkHealth(sources: HealthSources): Promise<{ ok: boolean; database: 'up' | 'down'; channels: Record<string, 'up' | 'down'> }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), HEALTH_PING_MS);
  });
  const database = await Promise.race([sources.pingDatabase(), timeout]).then(
    () => 'up' as const,
    () => 'down' as const,
  );
  clearTimeout(timer);
  const channels = Object.fromEntries(sources.channels().map((c) => [c.name, c.isUp() ? ('up' as const) : ('down' as const)]));
  const ok = database === 'up' && Object.values(channels).every((s) => s === 'up');
  return { ok, database, channels };
}

/** A request handler for /healthz and /metrics: true when it answered the request. */
export type OpsRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

export function opsRoutes(health: HealthSources, registry: Registry): OpsRoutes {
  return (req, res) => {
    const path = req.url?.split('?')[0];
    if (req.method !== 'GET' || (path !== '/healthz' && path !== '/metrics')) return false;
    const answer =
      path === '/healthz'
        ? checkHealth(health).then((h) => {
            res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(h)}\n`);
          })
        : registry.metrics().then((text) => {
            res.writeHead(200, { 'content-type': registry.contentType }).end(text);
          });
    answer.catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
    return true;
  };
}

/** Listens on `port` with the ops routes alone (the bot's HTTP server: 404 for anything else). */
export async function startOpsServer(port: number, routes: OpsRoutes, log: Logger = silentLogger): Promise<{ server: Server; stop(): Promise<void> }> {
  const server = createHttpServer([routes], log);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
