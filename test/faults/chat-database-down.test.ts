import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SERVER_SELECTION_MS } from '../../src/db/connect.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { TelegramHarness } from '../support/telegram-harness.js';
import { WhatsAppHarness } from '../support/whatsapp-harness.js';

let proxy: TcpProxy;
let h: TelegramHarness;
let wa: WhatsAppHarness;
beforeAll(async () => {
  // The suite's server (MONGODB_URI, or the local one global-setup started).
  proxy = await TcpProxy.to(inject('mongodbUri'));
  h = await TelegramHarness.start('chat_database_down', { proxy });
  wa = await WhatsAppHarness.start('chat_database_down_wa', { proxy });
});
afterAll(async () => {
  proxy.up();
  await h.close();
  await wa.close();
  await proxy.close();
});

const APOLOGY_FR = 'Désolé, un problème est survenu de notre côté';
const APOLOGY_AR = 'عذرًا، حدث خطأ من جهتنا';

/** Waits until the database answers through the proxy again (the driver reconnects on its own). */
async function databaseBack(): Promise<void> {
  proxy.up();
  await expect.poll(() => h.app.db.FlowState.countDocuments({}).then(() => true, () => false), { timeout: 20_000, interval: 200 }).toBe(true);
}

/** Sends and measures how long the bot took to answer (updates are handled as a webhook would). */
async function timed(send: () => Promise<void>): Promise<number> {
  const started = Date.now();
  await send();
  return Date.now() - started;
}

describe('the database down during onboarding', () => {
  it('followers get a quick apology in their client’s language, then simply repeat, and nobody is stuck', async () => {
    const onboarding = h.user(9601, 'fr');
    const newcomer = h.user(9602, 'fr-FR');
    const moroccan = wa.user('212600000001'); // WhatsApp: the language the number hints at

    await onboarding.start();
    expect(onboarding.last().text).toContain('quelle langue');
    proxy.down();
    // An answer mid-onboarding, and a newcomer's /start (whose follower cannot even be looked up).
    const waited = await Promise.all([timed(() => onboarding.send('7')), timed(() => newcomer.start()), timed(() => moroccan.send('سلام'))]);
    expect(onboarding.last().text).toContain(APOLOGY_FR);
    expect(newcomer.texts()).toEqual([expect.stringContaining(APOLOGY_FR)]);
    expect(moroccan.texts()).toEqual([expect.stringContaining(APOLOGY_AR)]);
    // A few seconds (the driver's server selection), never the minutes of a buffered command.
    for (const ms of waited) expect(ms).toBeLessThan(SERVER_SELECTION_MS + 6_000);

    await databaseBack();
    await onboarding.send('7'); // Français, again
    expect(onboarding.last().text).toContain('Pour quelles causes');
    await onboarding.send('1');
    await onboarding.send('1');
    expect(await h.follower(9601)).toMatchObject({ status: 'active', language: 'fr', topics: ['uyghur'] });
    await newcomer.start();
    expect(newcomer.last().text).toContain('quelle langue');
    await moroccan.send('سلام');
    expect(moroccan.texts().length).toBeGreaterThan(1);
    expect(await moroccan.follower()).toMatchObject({ status: 'onboarding', language: 'ar' });
  }, 60_000);
});
