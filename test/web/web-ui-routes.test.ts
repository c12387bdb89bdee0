import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../pipeline/config.ts';
import { buildServer } from '../../server/build-server.ts';
import { registerWebUi, webFileOf, WEB_ROOT } from '../../server/web/register-web-ui.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';

describe('webFileOf', () => {
  it.each([
    ['/', `${WEB_ROOT}index.html`],
    ['/app.js', `${WEB_ROOT}app.js`],
    ['/style.css', `${WEB_ROOT}style.css`],
  ])('maps %s into the web folder', (path, file) => {
    expect(webFileOf(path)).toBe(file);
  });

  it.each([
    ['a parent folder', '/../register-web-ui.ts'],
    ['an encoded parent folder', '/%2e%2e/%2e%2e/package.json'],
    ['a type the page does not use', '/notes.ts'],
    ['malformed percent-encoding', '/%E0%A4%A.js'],
  ])('refuses %s', (_what, path) => {
    expect(webFileOf(path)).toBeUndefined();
  });
});

describe('the web page routes', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openMemoryDatabase();
    app = await buildServer({ config: loadConfig({}), db: database.db, registerWebUi });
    // PGlite starts and migrates in several seconds, more on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('serves the page at / as HTML that loads its module', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<script type="module" src="/web/app.js">');
  });

  it('serves the modules as JavaScript', async () => {
    const response = await app.inject({ method: 'GET', url: '/web/state.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('answers 404 for files outside the web folder and for missing files', async () => {
    expect((await app.inject({ method: 'GET', url: '/web/..%2fregister-web-ui.ts' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/web/missing.js' })).statusCode).toBe(404);
  });

  it('mounts no queue dashboard without Redis', async () => {
    expect((await app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(404);
  });

  it('leaves the API routes in place', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/activities' })).statusCode).toBe(200);
  });
});
