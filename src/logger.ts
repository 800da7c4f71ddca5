import { pino, type Logger } from 'pino';

export type { Logger };

/** What no log line may carry in clear, whatever logger writes it. */
export const LOG_REDACT = { paths: ['chatId', 'text', 'phone', '*.chatId', '*.text', '*.phone'], censor: '[redacted]' };

/**
 * The process logger. Never pass message text, chat ids or phone numbers to it:
 * use `follower` (the short keyed-hash prefix) to correlate lines about one person.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: undefined,
    redact: LOG_REDACT,
  });
}

/** A logger that drops everything, for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
