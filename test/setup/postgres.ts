import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase, openMemoryDatabase, type Backend, type DatabaseHandle } from '../../storage/database.ts';
import type { Database } from '../../storage/tables/database.ts';

/**
 * Test databases. Each PostgreSQL test gets its own fresh database (`vnnews_t_<random>`, UTF-8,
 * C.UTF-8 character type), migrated, and dropped on close. When the server is down a test skips
 * with a printed reason, except in CI (`CI=true`) where it fails.
 *
 * ```ts
 * const pg = await postgresOrSkip();
 * afterAll(() => pg?.close());
 * describe.skipIf(!pg)('pages on PostgreSQL', () => { it('…', async () => { await storePage(pg!.db, …) }) });
 * ```
 * or, for the same suite on both engines:
 * ```ts
 * for (const backend of await backends()) {
 *   describe.skipIf(backend.skip)(`pages repository (${backend.name})`, () => {
 *     let handle: DatabaseHandle;
 *     beforeAll(async () => { handle = await backend.open(); });
 *     afterAll(() => handle?.close());
 *   });
 * }
 * ```
 */

/** Admin connection used to create and drop test databases. */
export const TEST_POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestPostgres = DatabaseHandle & { url: string; name: string };

let probe: Promise<string | undefined> | undefined;

/** Why PostgreSQL cannot be used, or undefined when it can. Probed once per process. */
export function postgresUnavailableReason(): Promise<string | undefined> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (error) {
      const code = (error as { code?: string }).code;
      return `PostgreSQL unreachable at ${new URL(TEST_POSTGRES_ADMIN_URL).host}${code ? ` (${code})` : ''}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
}

/**
 * Creates a fresh database on the test server and opens it migrated. `close()` drops it.
 * Throws when the server is unreachable; use {@link postgresOrSkip} to skip instead.
 */
export async function createTestPostgres(): Promise<TestPostgres> {
  const name = await createScratchDatabase();
  const url = urlFor(name);
  try {
    const handle = await openDatabase({ databaseUrl: url, dataDir: '' });
    const closeHandle = handle.close;
    let closing: Promise<void> | undefined;
    return {
      ...handle,
      url,
      name,
      close: () =>
        (closing ??= (async () => {
          await closeHandle();
          await dropScratchDatabase(name);
        })()),
    };
  } catch (error) {
    await dropScratchDatabase(name);
    throw error;
  }
}

/**
 * Creates an empty database (not migrated) and returns its name; for tests that need a database
 * made a particular way, such as one with `LC_CTYPE=C`. Drop it with {@link dropScratchDatabase}.
 */
export async function createScratchDatabase(options: { ctype?: string } = {}): Promise<string> {
  const ctype = options.ctype ?? 'C.UTF-8';
  const name = `vnnews_t_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) =>
    client.query(
      `create database ${name} encoding 'UTF8' lc_ctype '${ctype.replaceAll("'", "''")}' ` +
        `lc_collate '${ctype.replaceAll("'", "''")}' template template0`,
    ),
  );
  return name;
}

/** Drops a database made by {@link createScratchDatabase}, closing anything still connected. */
export async function dropScratchDatabase(name: string): Promise<void> {
  if (!/^vnnews_t_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}: not a test database`);
  await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
}

/** Connection URL of a database on the test server. */
export function urlFor(name: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh migrated test database, or undefined when PostgreSQL is unreachable outside CI (the
 * reason is printed once). In CI an unreachable server throws, so the test file fails.
 */
export async function postgresOrSkip(): Promise<TestPostgres | undefined> {
  const reason = await postgresUnavailableReason();
  if (reason) {
    if (process.env.CI === 'true') throw new Error(`${reason}; CI requires PostgreSQL`);
    warnOnce(`skipping PostgreSQL tests: ${reason}`);
    return undefined;
  }
  return createTestPostgres();
}

/** One engine a suite can run on; `skip` is the reason it cannot, or false. */
export interface TestBackend {
  name: Backend;
  skip: string | false;
  /** A fresh, migrated, empty database on this engine. */
  open(): Promise<DatabaseHandle>;
}

/**
 * Both engines: in-memory PGlite always, PostgreSQL when reachable (in CI it must be).
 * Use with `describe.skipIf(backend.skip)` so a missing server shows as skipped, not passed.
 */
export async function backends(): Promise<TestBackend[]> {
  const reason = await postgresUnavailableReason();
  if (reason && process.env.CI === 'true') throw new Error(`${reason}; CI requires PostgreSQL`);
  if (reason) warnOnce(`skipping PostgreSQL tests: ${reason}`);
  return [
    { name: 'pglite', skip: false, open: openMemoryDatabase },
    { name: 'postgres', skip: reason ?? false, open: createTestPostgres },
  ];
}

/** Empties every data table (not the reference tables) and restarts ids; for per-test isolation. */
export async function truncateAll(db: Kysely<Database>): Promise<void> {
  await sql`truncate article_tags, articles, pages, crawl_runs, sources restart identity cascade`.execute(db);
}

async function withAdmin<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
