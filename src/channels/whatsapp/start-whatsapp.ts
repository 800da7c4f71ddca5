import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Logger } from 'pino';
import qrcodeTerminal from 'qrcode-terminal';
import wwebjs from 'whatsapp-web.js';
import type { BotCore } from '../../core/bot-core.js';
import { describeWhatsAppError as describeError } from './scrub-whatsapp-ids.js';
import { WhatsAppChannel } from './whatsapp-channel.js';

const { Client, LocalAuth } = wwebjs;

/** A whatsapp-web.js client, as `createWhatsAppClient` builds it. */
export type WhatsAppClient = InstanceType<typeof Client>;

/** Chromium flags for a headless server or container: no sandbox, GPU, shared memory or background chatter. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'];

/** Where the WhatsApp session lives under DATA_DIR (mount it as a volume to survive redeploys). */
export function whatsappSessionDir(dataDir: string): string {
  return join(dataDir, 'whatsapp-session');
}

/**
 * Builds the whatsapp-web.js client; nothing starts until `initialize()`. The session is kept
 * with LocalAuth in `sessionDir` (Chromium's own profile, on the data volume): it needs no
 * extra package and survives restarts as long as the volume does. RemoteAuth in MongoDB would
 * let the session move between hosts, but needs wwebjs-mongo and zips the whole profile into
 * the database every minute; one bot process owns one WhatsApp number, so a volume is enough.
 * Puppeteer runs the system's Chromium (CHROMIUM_PATH); its own download is disabled.
 */
export function createWhatsAppClient(opts: { sessionDir: string; chromiumPath: string }): WhatsAppClient {
  return new Client({
    authStrategy: new LocalAuth({ dataPath: opts.sessionDir, clientId: 'forum' }),
    puppeteer: { executablePath: opts.chromiumPath, headless: true, args: CHROMIUM_ARGS },
  });
}

/** A running WhatsApp channel. */
export interface RunningWhatsApp {
  channel: WhatsAppChannel;
  stop(): Promise<void>;
}

/**
 * Connects to WhatsApp: on first start the login QR code is drawn in the terminal (`qrOut`,
 * stdout by default; never through the logger, it is a credential), later starts reuse the
 * saved session. Does not wait for the login, so the rest of the bot starts meanwhile.
 */
export function startWhatsApp(opts: { client: WhatsAppClient; core: BotCore; log: Logger; qrOut?: Writable }): RunningWhatsApp {
  const { client, log } = opts;
  const qrOut = opts.qrOut ?? process.stdout;
  const channel = new WhatsAppChannel(client, { core: opts.core, log }).attach();
  let stopping = false;
  client.on('qr', (qr: string) => {
    qrcodeTerminal.generate(qr, { small: true }, (drawing) => {
      qrOut.write(`\nScan this with WhatsApp on the bot's phone (Settings → Linked devices → Link a device):\n${drawing}\n`);
    });
    log.info('whatsapp: waiting for the QR code to be scanned (shown in the terminal)');
  });
  client.on('authenticated', () => log.info('whatsapp: authenticated; session saved'));
  client.on('auth_failure', () => log.error('whatsapp: authentication failed; delete the session folder and scan again'));
  client.on('ready', () => log.info('whatsapp: ready'));
  client.on('disconnected', (reason: unknown) => {
    log.warn({ reason: String(reason).slice(0, 40) }, 'whatsapp: disconnected');
    if (stopping) return;
    setTimeout(() => {
      if (!stopping) client.initialize().catch((err: unknown) => log.error({ err: describeError(err) }, 'whatsapp: reconnect failed'));
    }, 10_000).unref();
  });
  client.initialize().catch((err: unknown) => {
    log.error({ err: describeError(err) }, 'whatsapp: could not start (is Chromium at CHROMIUM_PATH?)');
  });
  return {
    channel,
    async stop() {
      stopping = true;
      await channel.detach();
      await client.destroy().catch((err: unknown) => log.warn({ err: describeError(err) }, 'whatsapp: destroy failed'));
    },
  };
}
