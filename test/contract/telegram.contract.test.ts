import { TelegramHarness, type TelegramUser } from '../support/telegram-harness.js';
import type { ContractFollower } from './flows.contract.js';
import { flowContract } from './flows.contract.js';
import { draftingContract } from './drafting.contract.js';
import { renderTelegramMessage } from '../../src/channels/telegram/render-telegram-message.js';

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

let nextMember = 7_900_001;
const MEMBERS = Array.from({ length: 20 }, (_, i) => 7_900_001 + i);

draftingContract('Telegram', async () => {
  const h = await TelegramHarness.start('draft_telegram', { organisers: MEMBERS });
  return {
    app: h.app,
    newMember: () => {
      const id = nextMember++;
      return { ...telegramFollower(h, h.user(id, 'en')), chatId: String(id) };
    },
    newFollower: () => telegramFollower(h, h.user(next++, 'en')),
    render: (msg) => {
      const m = renderTelegramMessage(msg);
      return [m.text, ...(m.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [])].join('\n');
    },
    restart: () => h.boot(),
    close: () => h.close(),
  };
});
