import { ConsoleHarness } from '../support/console-harness.js';
import { flowContract } from './flows.contract.js';
import { textFollower } from './text-driver.js';
import { draftingContract } from './drafting.contract.js';
import { renderTextMessage } from '../../src/channels/text/render-text-message.js';
import { formatForTerminal } from '../../src/channels/console/terminal-format.js';

let next = 1;

flowContract('the console', async () => {
  const h = await ConsoleHarness.start('contract_console');
  return {
    app: h.app,
    newFollower: () => textFollower(h.session(`console-${next++}`, { banner: false }), (code) => (code === undefined ? 'join' : `join ${code}`)),
    close: () => h.close(),
  };
});

const MEMBERS = Array.from({ length: 20 }, (_, i) => `console-member-${i}`);
let nextMember = 0;

draftingContract('the console', async () => {
  const h = await ConsoleHarness.start('draft_console', { organisers: MEMBERS });
  const join = (code?: string) => (code === undefined ? 'join' : `join ${code}`);
  return {
    app: h.app,
    newMember: () => {
      const chatId = MEMBERS[nextMember++]!;
      h.session(chatId, { banner: false });
      // The chat's current session, so the member carries on after a restart's new one.
      const session = () => h.sessions.get(chatId)!;
      const chat = { send: (text: string) => session().send(text), texts: () => session().texts(), follower: () => session().follower() };
      return { ...textFollower(chat, join), chatId };
    },
    newFollower: () => textFollower(h.session(`console-d${next++}`, { banner: false }), join),
    render: (msg) => formatForTerminal(renderTextMessage(msg).join('\n'), false),
    restart: () => h.restart(),
    close: () => h.close(),
  };
});
