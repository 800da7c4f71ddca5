import { WhatsAppHarness } from '../support/whatsapp-harness.js';
import { flowContract } from './flows.contract.js';
import { textFollower } from './text-driver.js';
import { draftingContract } from './drafting.contract.js';
import { renderTextMessage } from '../../src/channels/text/render-text-message.js';

let next = 447700900200;

flowContract('WhatsApp', async () => {
  const h = await WhatsAppHarness.start('contract_whatsapp');
  return {
    app: h.app,
    newFollower: ({ language } = {}) => {
      // WhatsApp tells us only the number: a Saudi one suggests Arabic.
      const number = String(language === 'ar' ? 966500000000 + next++ : next++);
      const u = h.user(number);
      return textFollower(u, (code) => (code === undefined ? 'join' : `join ${code}`));
    },
    close: () => h.close(),
  };
});

const MEMBERS = Array.from({ length: 20 }, (_, i) => String(447700901000 + i));
let nextMember = 0;

draftingContract('WhatsApp', async () => {
  const h = await WhatsAppHarness.start('draft_whatsapp', { organisers: MEMBERS });
  const join = (code?: string) => (code === undefined ? 'join' : `join ${code}`);
  return {
    app: h.app,
    newMember: () => {
      const number = MEMBERS[nextMember++]!;
      return { ...textFollower(h.user(number), join), chatId: `${number}@c.us` };
    },
    newFollower: () => textFollower(h.user(String(next++)), join),
    render: (msg) => renderTextMessage(msg).join('\n'),
    restart: () => h.boot(),
    close: () => h.close(),
  };
});
