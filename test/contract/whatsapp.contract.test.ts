import { WhatsAppHarness } from '../support/whatsapp-harness.js';
import { flowContract } from './flows.contract.js';
import { textFollower } from './text-driver.js';

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
