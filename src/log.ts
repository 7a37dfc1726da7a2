/**
 * The process's log, by pino: one JSON object per line on stdout (what a log
 * collector reads), or, in development, the same lines made readable by
 * pino-pretty. LOG_LEVEL sets the level (info by default). Errors carry their
 * stack here, never in an answer.
 */
import pino, { Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A logger that writes nothing (tests, and servers started without one). */
export const silentLogger: Logger = pino({ level: 'silent' });

export function createLogger(options: { level: LogLevel; pretty: boolean; destination?: pino.DestinationStream }): Logger {
  const base: pino.LoggerOptions = {
    level: options.level,
    base: { service: 'bpjstk-kinerja-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    // pino-pretty is a development dependency: a production install (npm ci --omit=dev) logs JSON
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pretty = require('pino-pretty') as (o: object) => pino.DestinationStream;
      return pino(base, pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }));
    } catch {
      // fall through to JSON
    }
  }
  return pino(base);
}
