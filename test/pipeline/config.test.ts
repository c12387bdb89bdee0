import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../pipeline/config.ts';

describe('loadConfig', () => {
  it('gives working defaults for a fresh machine with no services', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toBe('./data');
    expect(config.logLevel).toBe('info');
    expect(config.hostDelayMillis).toBe(1000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/vnnews',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      DATA_DIR: '/tmp/vnnews',
      LOG_LEVEL: 'debug',
      API_KEY: 'a-long-secret',
      PORT: '9090',
      WORKER_CONCURRENCY: '8',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/vnnews',
      redisUrl: 'redis://127.0.0.1:6379/2',
      dataDir: '/tmp/vnnews',
      logLevel: 'debug',
      apiKey: 'a-long-secret',
      port: 9090,
      workerConcurrency: 8,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names every bad variable and the form it expects', () => {
    let caught: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://localhost/x', REDIS_URL: 'localhost:6379', PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain('DATABASE_URL: expected postgres://');
    expect(message).toContain('REDIS_URL: expected redis://');
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
    expect((caught as ConfigError).problems).toHaveLength(4);
  });
});
