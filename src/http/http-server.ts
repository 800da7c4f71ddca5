import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** One route family: handles the request and returns true, or returns false to pass it on. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** Longest request line path we read; anything longer is not one of ours. */
const MAX_PATH = 512;

/**
 * The bot's own HTTP server: routes tried in order, a plain 404 after them, and one error
 * boundary (a failing route answers 500 and never takes the process down). Header size and
 * time limits bound what a slow or flooding client can hold.
 */
export function createHttpServer(routes: readonly HttpRoute[], log: Logger): Server {
  const server = createServer({ maxHeaderSize: 8 * 1024, requestTimeout: 15_000, headersTimeout: 10_000 }, (req, res) => {
    void handle(routes, req, res).catch((err: unknown) => {
      log.error({ err: String(err).slice(0, 200), path: (req.url ?? '').split('?')[0]!.slice(0, 80) }, 'http: route failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  server.keepAliveTimeout = 5_000;
  server.maxRequestsPerSocket = 100;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}

async function handle(routes: readonly HttpRoute[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if ((req.url ?? '').length > MAX_PATH) {
    res.writeHead(414, { 'content-type': 'text/plain; charset=utf-8' }).end('URI too long');
    return;
  }
  for (const route of routes) if (await route(req, res)) return;
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
