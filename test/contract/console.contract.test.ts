import { ConsoleHarness } from '../support/console-harness.js';
import { flowContract } from './flows.contract.js';
import { textFollower } from './text-driver.js';

let next = 1;

flowContract('the console', async () => {
  const h = await ConsoleHarness.start('contract_console');
  return {
    app: h.app,
    newFollower: () => textFollower(h.session(`console-${next++}`, { banner: false }), (code) => (code === undefined ? 'join' : `join ${code}`)),
    close: () => h.close(),
  };
});
