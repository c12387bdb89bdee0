import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { startServer as listen, type ServerOptions } from './build-server.ts';

export { buildServer, type ServerOptions } from './build-server.ts';

/** The web page's entry (server/web, helper H8): a module exporting `registerWebUi(app)`. */
const WEB_UI_ENTRY = new URL('./web/register-web-ui.ts', import.meta.url);

async function loadWebUi(): Promise<ServerOptions['registerWebUi']> {
  if (!existsSync(fileURLToPath(WEB_UI_ENTRY))) return undefined;
  const module = (await import(WEB_UI_ENTRY.href)) as { registerWebUi?: ServerOptions['registerWebUi'] };
  return module.registerWebUi;
}

/**
 * Starts the API (and the web page when server/web provides one) on config.host:config.port.
 * The entry `vnnews serve`, `vnnews start` and `vnnews demo` use.
 */
export async function startServer(options: ServerOptions): Promise<{ url: string; app: FastifyInstance; close(): Promise<void> }> {
  const registerWebUi = options.registerWebUi ?? (await loadWebUi());
  return listen({ ...options, ...(registerWebUi ? { registerWebUi } : {}) });
}
