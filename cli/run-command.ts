import { ConfigError } from '../pipeline/config.ts';
import { describeError } from '../pipeline/errors.ts';

/**
 * Wraps a command's action: a bad configuration or a failure prints one clear line on stderr
 * and sets the exit code, instead of a stack dump. `LOG_LEVEL=debug` shows the stack.
 */
export function runCommand<Args extends unknown[]>(
  name: string,
  action: (...args: Args) => Promise<void> | void,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`vnnews ${name}: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`vnnews ${name}: ${describeError(error)}\n`);
      if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') {
        process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      }
      process.exitCode = 1;
    }
  };
}
