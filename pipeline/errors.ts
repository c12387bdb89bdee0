/** Where in the pipeline an error happened. */
export type Stage = 'config' | 'crawl' | 'fetch' | 'store' | 'extract' | 'classify' | 'process' | 'search' | 'export';

type ErrorContext = { url?: string; stage?: Stage; cause?: unknown };

/** Do not retry: 404/410, not an article, unparseable page. Workers rethrow it as BullMQ's UnrecoverableError. */
export class PermanentError extends Error {
  override name = 'PermanentError';
  readonly url: string | undefined;
  readonly stage: Stage | undefined;
  constructor(message: string, context: ErrorContext = {}) {
    super(message, { cause: context.cause });
    this.url = context.url;
    this.stage = context.stage;
  }
}

/** Retry with backoff: network errors, 5xx, 429. */
export class TransientError extends Error {
  override name = 'TransientError';
  readonly url: string | undefined;
  readonly stage: Stage | undefined;
  readonly retryAfterMillis: number | undefined;
  constructor(message: string, context: ErrorContext & { retryAfterMillis?: number } = {}) {
    super(message, { cause: context.cause });
    this.url = context.url;
    this.stage = context.stage;
    this.retryAfterMillis = context.retryAfterMillis;
  }
}

/** One line for a person: the message, and the cause's message when it adds something. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}
