import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../pipeline/config.ts';
import { createLogger } from '../../pipeline/logger.ts';
import { runDemo, type DemoRun } from '../../pipeline/runtime/demo.ts';
import { startServer } from '../../server/start-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const chromiumPresent = existsSync(CHROMIUM);

if (!chromiumPresent) {
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing; CI must install the chromium package`);
  process.stderr.write(
    `test/web: skipping the browser tests, ${CHROMIUM} is not installed (apt-get install chromium)\n`,
  );
}

/** Records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

// Generous limits: the machine is shared, and Chromium plus PGlite can be slow under load.
describe.skipIf(!chromiumPresent)('the analysts’ web page over the demo data', { timeout: 120_000 }, () => {
  let demo: DemoRun;
  let server: Awaited<ReturnType<typeof startServer>>;
  let context: BrowserContext;
  let userDataDir: string;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
    const logger = createLogger({ logLevel: 'silent' });
    demo = await runDemo(config, { fresh: true, logger, articlesPerOutlet: 12 });
    server = await startServer({
      config: { ...demo.config, host: '127.0.0.1', port: 0 },
      db: demo.database.db,
    });
    userDataDir = await mkdtemp(join(tmpdir(), 'vnnews-chromium-'));
    await mkdir(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1400, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await demo?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  async function openPage(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function shownTotal(page: Page): Promise<number> {
    return Number(await page.locator('#total').getAttribute('data-total'));
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });
  }

  it('finds articles about cooperation when the query is typed without diacritics', async () => {
    const page = await openPage('/');
    await page.locator('.hit').first().waitFor();
    const started = Date.now();
    await page.fill('#q', 'hop tac');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=hop\+tac/);
    // The summary names the query as the API understood it once the new answer is shown.
    await page.waitForFunction(() => document.querySelector('#total')?.textContent?.includes(':'));
    await page.locator('.hit mark').first().waitFor();
    process.stdout.write(
      `web: first render of the search "hop tac" over the demo data took ${Date.now() - started} ms (in-page ${await page.evaluate(() => document.body.dataset.searchMs)} ms)\n`,
    );
    expect(await shownTotal(page)).toBeGreaterThan(0);
    const marks = await page.locator('.hit .snippet mark').allTextContents();
    expect(marks.some((text) => /hợp|tác/i.test(text))).toBe(true);
    await screenshot(page, 'search-hop-tac');
    await page.close();
  });

  it('narrows the results and the address when a province facet is clicked, and widens them on a second click', async () => {
    const page = await openPage('/');
    await page.locator('.hit').first().waitFor();
    const before = await shownTotal(page);
    const facet = page.locator('button.facet[data-facet="province"]').first();
    const code = await facet.getAttribute('data-code');
    const count = Number((await facet.locator('.count').textContent())?.replace(/\D/g, ''));
    await facet.click();
    await page.waitForURL(new RegExp(`province=${code}`));
    await expect.poll(() => shownTotal(page)).toBe(count);
    expect(count).toBeLessThanOrEqual(before);
    for (const chips of await page.locator('.hit .chips').all()) {
      expect(await chips.locator(`[data-facet="province"][data-code="${code}"]`).count()).toBe(1);
    }
    await screenshot(page, 'facet-province');
    await page.locator(`button.facet[data-facet="province"][data-code="${code}"]`).press('Enter');
    await page.waitForURL((url) => !url.search.includes('province='));
    await expect.poll(() => shownTotal(page)).toBe(before);
    await page.goBack();
    await expect.poll(() => shownTotal(page)).toBe(count);
    await page.close();
  });

  it('shows an article with the evidence of its tags highlighted', async () => {
    const page = await openPage('/?q=doi+ngoai');
    await page.locator('.hit h3 a').first().click();
    await page.waitForURL(/#\/article\/\d+$/);
    await page.locator('.article-view').waitFor();
    expect(await page.locator('mark.evidence').count()).toBeGreaterThan(0);
    const firstTag = page.locator('.tag-list button.chip').first();
    await firstTag.hover();
    expect(await page.locator('mark.evidence.active').count()).toBeGreaterThan(0);
    expect(await page.locator('.tag-meta').first().textContent()).toMatch(/\d+%/);
    expect(await page.locator('a', { hasText: /bài gốc/ }).getAttribute('href')).toMatch(/^http/);
    await screenshot(page, 'article-evidence');
    await page.close();
  });

  it('downloads a CSV export with as many rows as the page counts', async () => {
    const page = await openPage('/?q=hop+tac');
    await page.locator('.hit').first().waitFor();
    const total = await shownTotal(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a.export[data-format="csv"]'),
    ]);
    const file = await download.path();
    const records = csvRecords(await readFile(file, 'utf8'));
    expect(records.length - 1).toBe(total);
    expect(await page.locator('a.export').count()).toBe(3);
    await page.close();
  });

  it('draws the month chart, the country chart and the tile map with counts, in both province layouts', async () => {
    const page = await openPage('/');
    await page.locator('#chart-months rect[data-count]').first().waitFor();
    const counts = async (selector: string) =>
      (
        await page
          .locator(selector)
          .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))))
      ).filter((n) => n > 0);
    expect((await counts('#chart-months rect[data-count]')).length).toBeGreaterThan(0);
    expect((await counts('#chart-countries rect[data-count]')).length).toBeGreaterThan(0);
    expect(await page.locator('#chart-map .tile').count()).toBe(34);
    expect((await counts('#chart-map .tile')).length).toBeGreaterThan(0);
    await screenshot(page, 'charts-34');
    await page.click('#map-switch button[data-mode="named"]');
    await page.waitForURL(/provinceMode=named/);
    await expect.poll(() => page.locator('#chart-map .tile').count()).toBe(63);
    expect((await counts('#chart-map .tile')).length).toBeGreaterThan(0);
    await screenshot(page, 'charts-63');
    const tile = page.locator('#chart-map .tile:not([data-count="0"])').first();
    const code = await tile.getAttribute('data-code');
    await tile.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`province=${code}`));
    await page.close();
  });

  it('switches to English, keeps the language in the address, and lists the sources with their last crawl', async () => {
    const page = await openPage('/');
    await page.locator('.hit').first().waitFor();
    await page.selectOption('#lang', 'en');
    await page.waitForURL(/lang=en/);
    expect(await page.locator('h1').textContent()).toBe('Provincial foreign-affairs news');
    await page.reload();
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('#total').textContent()).toMatch(/articles/);
    await page.click('nav a[data-route="sources"]');
    await page.locator('.sources-view tbody tr').first().waitFor();
    expect(await page.locator('.sources-view tbody tr').count()).toBe(demo.site.sources.length);
    expect(await page.locator('.sources-view .run-succeeded').count()).toBe(demo.site.sources.length);
    page.once('dialog', (dialog) => void dialog.accept('not-the-key'));
    await page.locator('button.crawl-now').first().click();
    await page.locator('.sources-view .status').filter({ hasText: /Error/ }).waitFor();
    await screenshot(page, 'sources-en');
    await page.close();
  });
});
