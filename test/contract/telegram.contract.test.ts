import { TelegramHarness, type TelegramUser } from '../support/telegram-harness.js';
import type { ContractFollower } from './flows.contract.js';
import { flowContract } from './flows.contract.js';

let next = 7_000_001;

/** A Telegram follower: taps buttons, and reads each message with its buttons' labels. */
function telegramFollower(h: TelegramHarness, u: TelegramUser): ContractFollower {
  return {
    start: (code) => u.start(code),
    send: (text) => u.send(text),
    choose: (label) => u.tap(label),
    async chooseMany(labels) {
      for (const label of labels) await u.tap(label);
      await u.tap(u.buttons().at(-1)!); // Done, in whatever language
    },
    stop: () => u.send('/stop'),
    forget: () => u.send('/forget'),
    tick: (n) => u.tap(`⬜ ${n}.`),
    openPlan: (n) => u.tap(`${n}. Plan`),
    sources: () => u.tap('Where these come from'),
    texts: () => u.messages().map((m) => [m.text, ...u.buttons(m)].join('\n')),
    follower: () => h.follower(u.chatId),
  };
}

flowContract('Telegram', async () => {
  const h = await TelegramHarness.start('contract_telegram');
  return {
    app: h.app,
    newFollower: ({ language } = {}) => telegramFollower(h, h.user(next++, language ?? 'en')),
    close: () => h.close(),
  };
});
