/**
 * Log lines a person at the terminal can read, for the console channel: pino still structures
 * and redacts them, but each is printed as "warn: message (key=value)" on stderr instead of a
 * JSON object in the middle of the conversation.
 */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { LOG_REDACT } from '../logger.js';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** One pino JSON line as a short human line; anything that does not parse is passed on as it is. */
export function humanLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, msg, time: _time, ...rest } = entry;
  const extras = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const name = LEVELS[Number(level)] ?? 'log';
  return `${name}: ${typeof msg === 'string' ? msg : ''}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

/** A logger writing human lines to `out` (stderr by default), at `level`. */
export function createHumanLogger(level: string, out: NodeJS.WritableStream = process.stderr): Logger {
  let pending = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') out.write(`${humanLogLine(line)}\n`);
      done();
    },
  });
  return pino({ level, base: undefined, timestamp: false, redact: LOG_REDACT }, sink);
}
