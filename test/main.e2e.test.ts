import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/core/types.js';
import { testDatabaseUri } from './support/db.js';
import { HttpBotApi } from './support/http-bot-api.js';

const TOKEN = '123456:E2E_TOKEN_abcdefghijklmnopqrstuvwxyz';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
let child: ChildProcess | null = null;
let output = '';
const servers: HttpBotApi[] = [];

afterEach(async () => {
  // The bot first (a graceful stop talks to the API), then the fake API.
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
    expect(output).toContain('shutting down');
  }
  child = null;
  for (const s of servers.splice(0)) await s.stop();
});

async function apiServer(): Promise<HttpBotApi> {
  const server = new HttpBotApi();
  await server.start();
  servers.push(server);
  return server;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Runs `npm start`'s entry point as its own process, like a deployment would. */
async function startBot(env: Record<string, string>): Promise<void> {
  output = '';
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_KEY: randomBytes(32).toString('base64'), DATA_DIR: mkdtempSync(join(tmpdir(), 'e2e-')), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
}

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; bot output:\n${output.slice(-2000)}`);
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`bot exited (${child.exitCode}):\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const startUpdate = (chatId: number, text: string) => ({
  message: {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: 'private' as const, first_name: 'E2E' },
    from: { id: chatId, is_bot: false, first_name: 'E2E', language_code: 'en' },
    text,
    entities: [{ type: 'bot_command' as const, offset: 0, length: 6 }],
  },
});

describe('npm start against a local Bot API server', () => {
  it('long polling: a deep link gets the onboarding, and the log never holds the chat id', async () => {
    const server = await apiServer();
    const port = await freePort();
    await startBot({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.root, MONGODB_URI: await testDatabaseUri('e2e_poll'), PORT: String(port) });
    server.push(startUpdate(424242, '/start abuali'));
    await until('the welcome', () => server.api.messages(424242).some((m) => m.text.includes('welcome')));
    // With PORT set, long polling serves the operator's endpoints too.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: 'up', channels: { telegram: 'up' } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^bot_inbound_updates_total\{channel="telegram"\} 1$/m);
    // The menu in English by default and in each language, e.g. Arabic.
    const menus = server.api.callsOf('setMyCommands');
    expect(menus).toHaveLength(LANGUAGES.length + 1);
    const arabic = menus.find((c) => c.payload.language_code === 'ar')!.payload.commands as { command: string; description: string }[];
    expect(arabic.find((c) => c.command === 'stop')!.description).toBe('إيقاف كل الرسائل');
    expect(output).toContain('telegram: long polling');
    expect(output).toMatch(/database connected/);
    expect(output).not.toContain('424242');
  }, 90_000);

  it('webhook: registers the webhook with a secret and refuses requests without it', async () => {
    const server = await apiServer();
    const port = await freePort();
    const secret = 'e2e-secret-token-0123456789';
    {
      await startBot({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: server.root,
        MONGODB_URI: await testDatabaseUri('e2e_hook'),
        WEBHOOK_URL: 'https://bot.example.org/telegram/hook',
        WEBHOOK_SECRET: secret,
        PORT: String(port),
      });
      await until('setWebhook', () => server.api.callsOf('setWebhook').length > 0);
      expect(server.api.callsOf('setWebhook')[0]!.payload).toMatchObject({ url: 'https://bot.example.org/telegram/hook', secret_token: secret });
      const post = (headers: Record<string, string>) =>
        fetch(`http://127.0.0.1:${port}/telegram/hook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ update_id: 7, ...startUpdate(515151, '/start') }),
        });
      expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
      expect(server.api.messages(515151)).toHaveLength(0);
      expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
      await until('the welcome', () => server.api.messages(515151).some((m) => m.text.includes('welcome')));
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('bot_inbound_updates_total{channel="telegram"} 1');
    }
  }, 90_000);

  it('a bad configuration stops it with one message naming each bad variable', async () => {
    await startBot({ BOT_TOKEN: 'nope', PORT: 'x', MONGODB_URI: 'http://wrong' });
    const code = await new Promise<number | null>((r) => child!.once('exit', r));
    expect(code).toBe(78);
    for (const v of ['BOT_TOKEN', 'PORT', 'MONGODB_URI']) expect(output).toContain(v);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  }, 30_000);
});
