import { Log, Logger, LogLevel } from '@crawlee/http';
import type { Logger as PinoLogger } from '../pipeline/logger.ts';

/**
 * Sends crawlee's log lines to the project's pino logger instead of stdout. crawlee is chatty
 * (a warning for every retried request, a status line every few seconds), and the crawl stage
 * reports failures itself, so its levels are lowered by one step.
 */
class PinoBridge extends Logger {
  readonly #pino: PinoLogger;

  constructor(pino: PinoLogger) {
    super({});
    this.#pino = pino;
  }

  override _log(level: LogLevel, message: string, data?: unknown, exception?: unknown): void {
    const fields = { ...(typeof data === 'object' && data !== null ? data : {}), ...(exception ? { err: exception } : {}) };
    if (level <= LogLevel.ERROR) this.#pino.warn(fields, message);
    else if (level <= LogLevel.INFO) this.#pino.debug(fields, message);
    else this.#pino.trace(fields, message);
  }
}

/** A crawlee `Log` writing through `pino`; crawlee's own level follows pino's, so nothing unused is formatted. */
export function crawleeLog(pino: PinoLogger): Log {
  const level = pino.isLevelEnabled('trace') ? LogLevel.DEBUG : pino.isLevelEnabled('debug') ? LogLevel.INFO : pino.isLevelEnabled('warn') ? LogLevel.ERROR : LogLevel.OFF;
  return new Log({ level, logger: new PinoBridge(pino), prefix: 'crawlee' });
}
