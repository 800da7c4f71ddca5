import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BroadcastSender } from '../src/broadcast/broadcast-sender.js';
import { BroadcastWorker } from '../src/broadcast/broadcast-worker.js';
import { mongoBroadcastStores } from '../src/db/broadcast-stores.js';
import { SteadyPacer } from '../src/broadcast/pacer.js';
import { telegramBroadcastSender } from '../src/channels/telegram/telegram-broadcast-sender.js';
import { silentLogger } from '../src/logger.js';
import type { StoredPlan } from '../src/plans/plan-types.js';
import { TelegramHarness } from './support/telegram-harness.js';
import { planYaml, renderBroadcast } from './support/plans.js';

let h: TelegramHarness;
let worker: BroadcastWorker<StoredPlan>;
const whatsappSent: string[] = [];

beforeAll(async () => {
  h = await TelegramHarness.start('channels', { organisers: [1], approvalsRequired: 1 });
  await h.onboard(301, { topics: ['uyghur'] });
  // A WhatsApp follower (who wrote first), reached through a sender that is very slow.
  const { follower } = await h.app.followers.ensure({
    channel: 'whatsapp',
    address: h.app.vault.seal('whatsapp', '447700900001@c.us'),
    language: 'en',
    timezone: 'Europe/London',
    audience: 'direct',
    at: new Date(),
  });
  await h.app.followers.update(follower.id, { status: 'active', topics: ['uyghur'] });
  const slowWhatsApp: BroadcastSender = {
    channel: 'whatsapp',
    pacer: new SteadyPacer(1 / 3600), // one message an hour
    configuredRate: 1 / 3600,
    async send(chatId) {
      whatsappSent.push(chatId);
      return 'wa-1';
    },
  };
  worker = new BroadcastWorker(mongoBroadcastStores(h.app.db, h.app), {
    vault: h.app.vault,
    render: renderBroadcast(h.app.translator),
    senders: [telegramBroadcastSender({ token: '123456:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz', fetch: h.api.fetch as typeof fetch, rate: 100, paid: false }), slowWhatsApp],
    log: silentLogger,
    pollMs: 50,
  });
});
afterAll(async () => {
  await worker.stop();
  await h.close();
});

describe('channels broadcast independently', () => {
  it('a slow WhatsApp broadcast holds up neither Telegram nor the next plan', async () => {
    const org = h.user(1);
    for (const id of ['chan-a', 'chan-b']) {
      await org.send(`/propose\n${planYaml({ id })}`);
      await org.send(`/approve ${id}`);
      await h.app.planService.startPublishing(id, 'approved');
    }
    worker.start();
    const u = h.user(301);
    const deadline = Date.now() + 10_000;
    const got = () => ['chan-a', 'chan-b'].filter((id) => u.texts().some((t) => t.includes(`Plan ${id}`)));
    while (got().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(got()).toEqual(['chan-a', 'chan-b']);
    // The WhatsApp follower got the first plan at once (the first slot), the second waits its hour.
    expect(whatsappSent.length).toBeLessThanOrEqual(1);
  });
});
