import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/** Structured logs go to stderr: stdout is reserved for command output such as JSONL. */
export function createLogger(config: Pick<Config, 'logLevel'>, name = 'vnnews'): Logger {
  return pino({ name, level: config.logLevel }, pino.destination(2));
}
