import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A `vnnews worker` child process. */
export interface SpawnedWorker {
  child: ChildProcess;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
}

/**
 * Starts `node bin/vnnews.js worker …` as a real process and waits for its ready line, so a test
 * can kill it with a real signal.
 */
export async function spawnWorker(
  args: string[],
  env: Record<string, string>,
  readyTimeoutMillis = 30_000,
  nodeArgs: string[] = [],
  options: { ownSession?: boolean } = {},
): Promise<SpawnedWorker> {
  const child = spawn(process.execPath, [...nodeArgs, 'bin/vnnews.js', 'worker', ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // A session of its own: Linux's scheduler (autogroup) then shares the CPU between the worker
    // and the other sessions as it would between separate services, instead of splitting one
    // session's share among the bench and all its workers.
    ...(options.ownSession ? { detached: true } : {}),
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const deadline = Date.now() + readyTimeoutMillis;
  while (!stderr.includes('vnnews worker: ready')) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker exited before it was ready:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`worker not ready within ${readyTimeoutMillis} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, stderr: () => stderr, exited };
}

/** Polls `condition` every 100 ms until it holds, or throws after `timeoutMillis` saying what it waited for. */
export async function waitUntil(what: string, condition: () => Promise<boolean> | boolean, timeoutMillis: number): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMillis} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
