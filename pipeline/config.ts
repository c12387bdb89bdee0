import { z } from 'zod';

/** Raised at start-up when the environment is wrong; lists every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    // One problem fits on one line, which is what a person reads first in a failing command.
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE');

const redisUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'expected redis://[:PASSWORD@]HOST[:PORT][/DB]');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const schema = z.object({
  /** PostgreSQL connection; when absent the embedded PGlite database under `dataDir` is used. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  /** Redis connection for the BullMQ queues; when absent the stages run in-process. */
  REDIS_URL: z.preprocess(emptyAsUndefined, redisUrl.optional()),
  /** Folder for the embedded database and other local state. @defaultValue `./data` */
  DATA_DIR: z.string().min(1).default('./data'),
  /** pino level. @defaultValue `info` */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key that protects mutating API routes (crawl now); when absent those routes answer 401. */
  API_KEY: z.preprocess(emptyAsUndefined, z.string().min(8, 'expected at least 8 characters').optional()),
  /** HTTP port of `vnnews serve`. @defaultValue 8080 */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Host the API binds to. @defaultValue `127.0.0.1` */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Jobs processed at once by one worker. @defaultValue 4 */
  WORKER_CONCURRENCY: positiveInt(4),
  /** Per-request fetch timeout in milliseconds. @defaultValue 30000 */
  FETCH_TIMEOUT_MILLIS: positiveInt(30_000),
  /** Pages larger than this are not stored. @defaultValue 5 MiB */
  MAX_PAGE_BYTES: positiveInt(5 * 1024 * 1024),
  /** Default delay between two requests to one host. @defaultValue 1000 */
  HOST_DELAY_MILLIS: z.coerce.number().int().min(0).default(1000),
  /** User-Agent sent by the crawler. */
  USER_AGENT: z.string().min(1).default('vnnews/0.1 (+https://github.com/vnnews; research crawler)'),
  /** Prefix of every BullMQ key in Redis, so several deployments (or test runs) can share one Redis. @defaultValue `vnnews` */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _').default('vnnews'),
  /** How long a worker holds a job's lock before another worker may treat the job as stalled. @defaultValue 30000 */
  WORKER_LOCK_MILLIS: positiveInt(30_000),
  /** How often a worker looks for stalled jobs (locks that expired because their worker died). @defaultValue 15000 */
  WORKER_STALLED_INTERVAL_MILLIS: positiveInt(15_000),
  /** Times a job may stall (its worker died) before it is failed instead of returned to the queue. @defaultValue 2 */
  WORKER_MAX_STALLED_COUNT: positiveInt(2),
  /** On SIGTERM/SIGINT, how long in-flight jobs may run before the worker stops anyway. @defaultValue 30000 */
  SHUTDOWN_GRACE_MILLIS: positiveInt(30_000),
});

export type Config = Readonly<{
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  apiKey: string | undefined;
  port: number;
  host: string;
  workerConcurrency: number;
  fetchTimeoutMillis: number;
  maxPageBytes: number;
  hostDelayMillis: number;
  userAgent: string;
  queuePrefix: string;
  workerLockMillis: number;
  workerStalledIntervalMillis: number;
  workerMaxStalledCount: number;
  shutdownGraceMillis: number;
}>;

/** Reads the environment once; throws a {@link ConfigError} naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const v = parsed.data;
  return Object.freeze({
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    dataDir: v.DATA_DIR,
    logLevel: v.LOG_LEVEL,
    apiKey: v.API_KEY,
    port: v.PORT,
    host: v.HOST,
    workerConcurrency: v.WORKER_CONCURRENCY,
    fetchTimeoutMillis: v.FETCH_TIMEOUT_MILLIS,
    maxPageBytes: v.MAX_PAGE_BYTES,
    hostDelayMillis: v.HOST_DELAY_MILLIS,
    userAgent: v.USER_AGENT,
    queuePrefix: v.QUEUE_PREFIX,
    workerLockMillis: v.WORKER_LOCK_MILLIS,
    workerStalledIntervalMillis: v.WORKER_STALLED_INTERVAL_MILLIS,
    workerMaxStalledCount: v.WORKER_MAX_STALLED_COUNT,
    shutdownGraceMillis: v.SHUTDOWN_GRACE_MILLIS,
  });
}
