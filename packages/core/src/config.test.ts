import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('starts with sensible defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      dataDir: './data',
      demo: true,
      databaseUrl: undefined,
    });
    expect(config.session).toMatchObject({ idleMinutes: 30, maxHours: 12 });
  });

  it('stops with one readable message naming every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REGULARS_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    expect(message).toMatch(/REGULARS_SECRET: must be at least 32 characters/);
  });

  it('reads booleans the way people write them', () => {
    expect(loadConfig({ REGULARS_DEMO: 'no' }).demo).toBe(false);
    expect(loadConfig({ REGULARS_DEMO: '1' }).demo).toBe(true);
    expect(() => loadConfig({ REGULARS_DEMO: 'maybe' })).toThrow(/REGULARS_DEMO/);
  });
});
