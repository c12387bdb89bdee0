import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/database.ts';
import { upsertSources, getSource } from '../../storage/sources-repository.ts';
import {
  createScratchDatabase,
  dropScratchDatabase,
  postgresUnavailableReason,
  urlFor,
} from '../setup/postgres.ts';

const run = promisify(execFile);
// A file-backed PGlite runs initdb and every migration on first open, and each CLI call starts
// tsx: tens of seconds on a busy two-core machine.
const SLOW = 180_000;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pgReason = await postgresUnavailableReason();
if (pgReason && process.env.CI === 'true') throw new Error(`${pgReason}; CI requires PostgreSQL`);

/** Runs the CLI and returns its exit code and output; never throws on a non-zero exit. */
async function vnnews(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/vnnews.js', ...args], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('opening a database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('keeps the embedded database under DATA_DIR between runs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vnnews-pglite-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await openDatabase({ databaseUrl: undefined, dataDir });
    expect(first.backend).toBe('pglite');
    await upsertSources(first.db, [
      {
        id: 'baohue',
        name: 'Báo Huế',
        homepage: 'https://baohue.vn/',
        kind: 'provincial_paper',
        home_province: 'hue',
        config: '{}',
        schedule: '0 * * * *',
        enabled: true,
        disabled_reason: null,
      },
    ]);
    await first.close();
    await first.close();
    const second = await openDatabase({ databaseUrl: undefined, dataDir });
    expect((await getSource(second.db, 'baohue'))?.name).toBe('Báo Huế');
    await second.close();
  }, SLOW);

  it('refuses an embedded database another running process holds, and takes over a stale claim', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vnnews-lock-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const pglite = join(dataDir, 'pglite');
    await mkdir(pglite, { recursive: true });
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    cleanups.push(async () => {
      other.kill();
    });
    await writeFile(join(pglite, 'vnnews.pid'), String(other.pid));
    await expect(openDatabase({ databaseUrl: undefined, dataDir })).rejects.toThrow(
      `the embedded database at ${pglite} is in use by process ${other.pid}`,
    );

    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.on('exit', resolve));
    await writeFile(join(pglite, 'vnnews.pid'), String(gone.pid));
    const handle = await openDatabase({ databaseUrl: undefined, dataDir }, { migrate: false });
    expect((await readFile(join(pglite, 'vnnews.pid'), 'utf8')).trim()).toBe(String(process.pid));
    await handle.close();
    await expect(readFile(join(pglite, 'vnnews.pid'), 'utf8')).rejects.toThrow();
  }, SLOW);

  it('says in one line that an unreachable PostgreSQL cannot be reached', async () => {
    await expect(
      openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5999/vnnews', dataDir: './data' }),
    ).rejects.toThrow(/^cannot reach PostgreSQL at 127\.0\.0\.1:5999\/vnnews: connection refused$/);
  });

  it.each([
    ['an unreachable', 'postgres://postgres@127.0.0.1:5999/x', 1, /^vnnews migrate: cannot reach PostgreSQL at 127\.0\.0\.1:5999\/x: connection refused\n$/],
    ['a malformed', 'mysql://root@localhost/x', 2, /^vnnews migrate: Invalid configuration: DATABASE_URL: expected postgres:\/\/.*\n$/],
    ['a host-less', 'postgres://', 2, /^vnnews migrate: Invalid configuration: DATABASE_URL: expected postgres:\/\/.*\n$/],
  ])('vnnews migrate with %s DATABASE_URL exits non-zero with one line on stderr', async (_kind, url, code, line) => {
    const result = await vnnews(['migrate'], { DATABASE_URL: url });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(line);
    expect(result.stdout).toBe('');
  }, SLOW);

  it('vnnews migrate migrates the embedded database and then says it is up to date', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vnnews-cli-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await vnnews(['migrate'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`PGlite at ${join(dataDir, 'pglite')}: applied`);
    expect(first.stdout).toContain('2026_11_23_100000_create_core_tables');
    const second = await vnnews(['migrate'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(second.stdout).toBe(`PGlite at ${join(dataDir, 'pglite')}: already up to date\n`);
  }, SLOW);

  describe.skipIf(pgReason)('on PostgreSQL', () => {
    it('refuses a database whose LC_CTYPE is C and says how to recreate it', async () => {
      const name = await createScratchDatabase({ ctype: 'C' });
      cleanups.push(() => dropScratchDatabase(name));
      const opened = openDatabase({ databaseUrl: urlFor(name), dataDir: './data' });
      await expect(opened).rejects.toThrow(`lower('ĐỒNG NAI') = 'ĐỒng nai'`);
      await expect(opened).rejects.toThrow(
        `create database "${name}" encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
      );
      // Nothing was migrated into the refused database.
      const client = new pg.Client({ connectionString: urlFor(name) });
      await client.connect();
      const { rows } = await client.query<{ table: string | null }>(`select to_regclass('pages')::text as table`);
      await client.end();
      expect(rows[0]?.table).toBeNull();
    });

    it('vnnews migrate applies every migration to a fresh PostgreSQL database, once', async () => {
      const name = await createScratchDatabase();
      cleanups.push(() => dropScratchDatabase(name));
      const first = await vnnews(['migrate'], { DATABASE_URL: urlFor(name) });
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toMatch(new RegExp(`^PostgreSQL at 127\\.0\\.0\\.1:5432/${name}: applied \\d+ migration`));
      const second = await vnnews(['migrate'], { DATABASE_URL: urlFor(name) });
      expect(second.stdout).toBe(`PostgreSQL at 127.0.0.1:5432/${name}: already up to date\n`);
    }, SLOW);
  });
});
