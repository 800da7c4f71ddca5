/**
 * A process that opens the database as the bot does with MONGODB_URI unset (the embedded
 * FerretDB in `<dataDir>/db`), for test/embedded-server.test.ts. Prints one JSON line per step.
 *
 *   node --import tsx test/support/embedded-shutdown-child.ts <dataDir> graceful|unhandled
 *
 * graceful: on SIGINT it still writes to the database, also on a new connection (as the app's
 * stop would), then closes it.
 * unhandled: no signal handler at all, as the CLIs.
 */
import mongoose from 'mongoose';
import { openDatabase } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || (mode !== 'graceful' && mode !== 'unhandled')) throw new Error('usage: <dataDir> graceful|unhandled');
const say = (step: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(step)}\n`);

const database = await openDatabase(undefined, dataDir, silentLogger);
if (mode === 'graceful') {
  process.once('SIGINT', () => {
    void (async () => {
      await new Promise((r) => setTimeout(r, 300)); // the channels and the app finishing up
      await database.conn.db!.collection('shutdown').insertOne({ at: new Date() });
      // A new connection too (a pool may open one at any time): the server still listens.
      const fresh = new mongoose.mongo.MongoClient(`mongodb://127.0.0.1:${database.conn.port}/`, { serverSelectionTimeoutMS: 2_000 });
      await fresh.db('forum').collection('shutdown').insertOne({ at: new Date() });
      await fresh.close();
      say({ step: 'wrote after the signal' });
      await database.close();
      say({ step: 'closed' });
      process.exit(0);
    })();
  });
}
setInterval(() => undefined, 60_000); // stay up until signalled
say({ step: 'ready', port: database.conn.port });
