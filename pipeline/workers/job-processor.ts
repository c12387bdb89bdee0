import { UnrecoverableError, WaitingError, type Job, type Processor } from 'bullmq';
import { PermanentError, describeError } from '../errors.ts';

/** Reason given to in-flight jobs when the worker is shutting down and its grace period is over. */
export const SHUTDOWN_REASON = 'worker shutting down';

/** What a stage sees of its job: the payload and a way to report progress, nothing of BullMQ. */
export interface JobContext {
  id: string;
  attempt: number;
  reportProgress(progress: Record<string, number>): Promise<void>;
  /** Aborted when the worker shuts down and the grace period is over: a long stage should stop. */
  signal?: AbortSignal;
}

/**
 * Turns a stage into a BullMQ processor, the one place where stage errors become queue behaviour:
 * - `PermanentError` → `UnrecoverableError`: the job fails at once and is kept with its reason;
 * - any other error (`TransientError`, a dropped database connection) → retried with backoff;
 * - cancelled by a shutdown whose grace period ran out → moved back to `wait` right away, so another
 *   worker takes it without waiting for the lock to expire.
 */
export function toProcessor<Data, Result>(
  stage: (data: Data, context: JobContext) => Promise<Result>,
): Processor<Data, Result> {
  return async (job: Job<Data, Result>, token?: string, signal?: AbortSignal) => {
    const context: JobContext = {
      id: job.id ?? '',
      attempt: job.attemptsMade + 1,
      reportProgress: (progress) => job.updateProgress(progress),
      ...(signal ? { signal } : {}),
    };
    const work = stage(job.data, context);
    try {
      return signal ? await raceAbort(work, signal) : await work;
    } catch (error) {
      if (error === ABORTED) {
        work.catch(() => {});
        await job.moveToWait(token);
        throw new WaitingError(SHUTDOWN_REASON);
      }
      if (error instanceof PermanentError) throw new UnrecoverableError(describeError(error));
      throw error;
    }
  };
}

const ABORTED = Symbol('aborted');

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(ABORTED);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
