/**
 * Imports the module given as argument and prints, as JSON, every file that loading it loaded:
 * ES modules as the resolve hook saw them, CommonJS ones from require's cache.
 * Run as `node --import tsx test/support/loaded-modules.ts <path>`.
 */
import { createRequire, register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';

const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

const DONE = 'data:text/javascript,export default "loaded-modules: done"';

const target = process.argv[2];
if (!target) throw new Error('usage: loaded-modules.ts <module path>');
const { port1, port2 } = new MessageChannel();
const esm: string[] = [];
const finished = new Promise<void>((done) => {
  port1.on('message', (url: string) => {
    if (url === DONE) done();
    else esm.push(url);
  });
});
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });
await import(pathToFileURL(resolve(target)).href);
// Messages arrive in order: once this import's resolve is seen, all earlier ones have been.
await import(DONE);
await finished;
port1.close();
const cjs = Object.keys(createRequire(import.meta.url).cache).map((f) => pathToFileURL(f).href);
process.stdout.write(JSON.stringify([...new Set([...esm, ...cjs])]));
