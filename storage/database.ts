import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { CustomTypesConfig } from 'pg';
import type { Config } from '../pipeline/config.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './tables/database.ts';

export type { Database } from './tables/database.ts';

/** Which engine a handle talks to. */
export type Backend = 'postgres' | 'pglite';

/** An open database: the Kysely instance, which engine it is, and how to release it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  backend: Backend;
  /** Ends the pool or closes the embedded engine; safe to call twice. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Run pending migrations before returning. @defaultValue true */
  migrate?: boolean;
}

// Type OIDs whose default text parsing does not give a JS number (bigint, numeric).
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Opens PostgreSQL through `pg` when `databaseUrl` is set, else the embedded PGlite database
 * under `${dataDir}/pglite`. Checks that the database folds Vietnamese case correctly and, unless
 * told not to, migrates it. Failures come out as one clear line (an `Error` with a plain message).
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(join(resolve(config.dataDir), 'pglite'));
  return prepare(handle, options, config.databaseUrl ? describeTarget(config.databaseUrl) : 'PGlite');
}

/** A fresh in-memory PGlite database, migrated unless told otherwise: for tests and one-off runs. */
export async function openMemoryDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  return prepare(await openPglite(undefined), options, 'PGlite (memory)');
}

async function prepare(handle: DatabaseHandle, options: OpenDatabaseOptions, target: string): Promise<DatabaseHandle> {
  try {
    await assertVietnameseCaseFolding(handle.db, target);
    if (options.migrate ?? true) {
      try {
        await migrateToLatest(handle.db);
      } catch (error) {
        throw new Error(`cannot migrate ${target}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
    return handle;
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw handle.backend === 'postgres' ? explainConnectionError(error, target) : error;
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const [{ default: pg }, { default: Cursor }] = await Promise.all([import('pg'), import('pg-cursor')]);
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      // Counts and ids are bigint and scores may be numeric; all stay far below 2^53.
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({
    connectionString: url,
    types: types as unknown as CustomTypesConfig,
    // A host that drops packets would otherwise hang start-up for minutes.
    connectionTimeoutMillis: 10_000,
    max: 10,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // The cursor lets `stream()` read a large result a slice at a time (exports).
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return { db, backend: 'postgres', close: once(() => db.destroy()) };
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('kysely-pglite-dialect'),
  ]);
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const releaseLock = dataDir ? await lockDataDir(dataDir) : async () => undefined;
  let client;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      extensions: { pg_trgm, unaccent },
      parsers: { [NUMERIC_OID]: (value: string) => Number(value) },
    });
  } catch (error) {
    await releaseLock();
    const where = dataDir ? ` at ${dataDir}` : '';
    throw new Error(
      `cannot open the embedded database${where}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    backend: 'pglite',
    close: once(async () => {
      try {
        await db.destroy();
      } finally {
        await releaseLock();
      }
    }),
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A pid file claims the folder; a claim left by a process that no longer runs is taken over.
 * Returns the release function.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'vnnews.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return async () => {
        const owner = await readFile(path, 'utf8').catch(() => '');
        if (owner.trim() === String(process.pid)) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      // The same process opening twice is its own business (tests reopen after a close).
      if (owner === process.pid) return async () => undefined;
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(
          `the embedded database at ${dataDir} is in use by process ${owner}; stop that process, ` +
            `or set DATABASE_URL to PostgreSQL to run several vnnews processes at once`,
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`cannot claim the embedded database at ${dataDir}: ${path} keeps coming back`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Under LC_CTYPE=C, PostgreSQL's lower('ĐỒNG NAI') gives 'ĐỒng nai' and trigram indexes drop every
 * Vietnamese letter, so search silently misses. Refuse such a database up front.
 */
async function assertVietnameseCaseFolding(db: Kysely<Database>, target: string): Promise<void> {
  const { rows } = await sql<{ folded: string; encoding: string; name: string }>`
    select lower('ĐỒNG NAI') as folded, current_setting('server_encoding') as encoding, current_database() as name
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`cannot check the character type of ${target}`);
  if (row.folded === 'đồng nai' && row.encoding.toUpperCase() === 'UTF8') return;
  throw new Error(
    `database "${row.name}" at ${target} cannot handle Vietnamese text ` +
      `(encoding ${row.encoding}, lower('ĐỒNG NAI') = '${row.folded}'): its LC_CTYPE must be UTF-8 aware. ` +
      `Recreate it: create database "${row.name}" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
  );
}

/** `host:port/database` without the password, for messages. */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

const connectionReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  '28P01': 'password authentication failed',
  '28000': 'authentication rejected',
  '3D000': 'database does not exist',
};

/** Turns a driver error into one line a person can act on; other errors pass through. */
function explainConnectionError(error: unknown, target: string): unknown {
  const code = errorCode(error);
  const reason = code ? connectionReasons[code] : undefined;
  if (reason) return new Error(`cannot reach PostgreSQL at ${target}: ${reason}`);
  if (error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message)) {
    return new Error(`cannot reach PostgreSQL at ${target}: connection timed out`);
  }
  return error;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  // Node reports "localhost" tried on ::1 and 127.0.0.1 as an AggregateError.
  if (Array.isArray(errors)) return errors.map(errorCode).find((inner) => inner !== undefined);
  return undefined;
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}
