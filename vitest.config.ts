import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules', 'test/artifacts/**'],
    setupFiles: ['test/setup/quiet-natural.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite instances and workers are heavy, so keep parallelism modest.
    maxWorkers: 2,
    env: { DOTENV_CONFIG_QUIET: 'true', LOG_LEVEL: 'silent' },
  },
});
