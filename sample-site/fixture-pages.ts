import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** A team fixture page (test/fixtures/pages/), as the sample site serves it. */
export interface ServedFixture {
  name: string;
  html: Buffer;
}

const FIXTURE_INDEX = new URL('../test/fixtures/pages/index.ts', import.meta.url);

/**
 * The team's fixture pages when test/fixtures/pages/index.ts exists (its `listFixturePages()`),
 * else none. The index's entries are read loosely (`html`/`body` text or bytes, or a `path`/`htmlPath`
 * file), because the sample site only needs bytes and a name.
 */
export async function loadFixturePages(): Promise<ServedFixture[]> {
  if (!existsSync(FIXTURE_INDEX)) return [];
  const module = (await import(FIXTURE_INDEX.href)) as { listFixturePages?: () => unknown };
  if (typeof module.listFixturePages !== 'function') return [];
  const listed = await module.listFixturePages();
  if (!Array.isArray(listed)) return [];
  const served: ServedFixture[] = [];
  for (const [index, item] of listed.entries()) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const name = [record.site, record.slug ?? record.name ?? record.id ?? `fixture-${index + 1}`].filter(Boolean).join(' ');
    const html = await fixtureBytes(record);
    if (html) served.push({ name, html });
  }
  return served;
}

async function fixtureBytes(record: Record<string, unknown>): Promise<Buffer | undefined> {
  for (const key of ['html', 'body', 'bytes']) {
    const value = record[key];
    if (typeof value === 'string') return Buffer.from(value, 'utf8');
    if (value instanceof Uint8Array) return Buffer.from(value);
  }
  for (const key of ['htmlPath', 'path', 'file']) {
    const value = record[key];
    if (typeof value === 'string' || value instanceof URL) return readFile(value);
  }
  return undefined;
}
