import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { FakeBotApi } from './fake-bot-api.js';

/**
 * The fake Bot API over real HTTP, for running the bot as a separate process (`npm start`
 * with TELEGRAM_API_ROOT pointing here). getUpdates hands out queued updates (long polling).
 */
export class HttpBotApi {
  readonly api = new FakeBotApi();
  readonly #queue: Update[] = [];
  #server: Server | null = null;
  #nextUpdateId = 1;

  get root(): string {
    return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
  }

  /** Queues an update for the bot's next getUpdates. */
  push(update: Omit<Update, 'update_id'>): void {
    this.#queue.push({ update_id: this.#nextUpdateId++, ...update } as Update);
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const url = `http://fake${req.url}`;
        if (url.endsWith('/getUpdates')) {
          const { offset = 0 } = body ? (JSON.parse(body) as { offset?: number }) : {};
          while (this.#queue.length && this.#queue[0]!.update_id < offset) this.#queue.shift();
          if (!this.#queue.length) await new Promise((r) => setTimeout(r, 200));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: this.#queue.slice(0, 100) }));
          return;
        }
        const answer = await this.api.fetch(url, { method: 'POST', body: body || undefined, headers: { 'content-type': String(req.headers['content-type'] ?? 'application/json') } });
        res.writeHead(200, { 'content-type': 'application/json' }).end(await answer.text());
      });
    });
    await new Promise<void>((r) => this.#server!.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    // The bot keeps its connections alive; close them or close() waits for them forever.
    this.#server?.closeAllConnections();
    await new Promise<void>((r) => this.#server?.close(() => r()));
  }
}
