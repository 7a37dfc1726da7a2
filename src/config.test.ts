import { checkServerConfig, loadConfig } from './config';

const secret = 'x'.repeat(32);

describe('loadConfig', () => {
  it('defaults to demo auth on the embedded database and required auth with DATABASE_URL', () => {
    expect(loadConfig({}).auth.mode).toBe('demo');
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db' }).auth.mode).toBe('required');
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://h/db', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('refuses to serve in production in demo mode or without a key', () => {
    const serve = (env: NodeJS.ProcessEnv) => checkServerConfig(loadConfig(env));
    expect(() => serve({ NODE_ENV: 'production', AUTH_MODE: 'demo', JWT_SECRET: secret })).toThrow(/refuses AUTH_MODE=demo/);
    expect(() => serve({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://h/db' })).toThrow(/needs JWT_SECRET or JWKS_URL/);
    expect(() => serve({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://h/db', JWT_SECRET: secret })).not.toThrow();
    // a command that does not serve (the CSV import) runs without a key
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://h/db' }).auth.mode).toBe('required');
    // production on the embedded database is not demo either
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).auth.mode).toBe('required');
  });

  it('says what is wrong with a setting', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ AUTH_MODE: 'open' })).toThrow(/AUTH_MODE must be demo or required/);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT must be a port number/);
    expect(() => loadConfig({ DEMO_DATA: 'maybe' })).toThrow(/DEMO_DATA must be true or false/);
  });

  it('reads the limits and timeouts, with their defaults', () => {
    const defaults = loadConfig({});
    expect(defaults).toMatchObject({
      statementTimeoutMs: 30_000,
      lockTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      maxNoteLength: 1_000,
      poolMax: 10,
      poolAcquireTimeoutMs: 10_000,
      shutdownGraceMs: 10_000,
    });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '0', MAX_NOTE_LENGTH: '200' })).toMatchObject({ requestTimeoutMs: 0, maxNoteLength: 200 });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '-1' })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ MAX_NOTE_LENGTH: '0' })).toThrow(/MAX_NOTE_LENGTH/);
  });

  it('logs readable lines in development and JSON in production, at LOG_LEVEL', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', logFormat: 'pretty' });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret })).toMatchObject({ logFormat: 'json' });
    expect(loadConfig({ LOG_LEVEL: 'warn', LOG_FORMAT: 'json' })).toMatchObject({ logLevel: 'warn', logFormat: 'json' });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it('serves /metrics unless METRICS is off, behind METRICS_TOKEN when set', () => {
    expect(loadConfig({}).metrics).toEqual({ enabled: true, token: undefined });
    expect(loadConfig({ METRICS: 'off' }).metrics.enabled).toBe(false);
    expect(loadConfig({ METRICS_TOKEN: 'scrape' }).metrics).toEqual({ enabled: true, token: 'scrape' });
  });

  it('reads CORS_ORIGINS as a list of origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.go.id, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.go.id',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.go.id/' })).toThrow(/no trailing slash/);
    expect(() => loadConfig({ CORS_ORIGINS: 'dashboard' })).toThrow(/CORS_ORIGINS/);
  });

  it('reads the replicas, their lag limit and Redis, and refuses what cannot work', () => {
    const primary = 'postgresql://h/db';
    expect(loadConfig({ DATABASE_URL: primary }).replicas).toEqual({ urls: [], maxLagMs: 5_000, checkIntervalMs: 1_000 });
    const config = loadConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: ' postgresql://r1/db , postgres://u:secret@r2/db ',
      REPLICA_MAX_LAG_MS: '2000',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config.replicas).toEqual({ urls: ['postgresql://r1/db', 'postgres://u:secret@r2/db'], maxLagMs: 2_000, checkIntervalMs: 1_000 });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://r1/db' })).toThrow(/needs DATABASE_URL/);
    // the password is not repeated in the message
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://u:secret@r1/db' })).toThrow(/u:\*\*\*@r1/);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
    expect(loadConfig({}).subscriptions).toEqual({ enabled: true, windowMs: 200, perConnection: 20, pollMs: 5_000 });
    expect(loadConfig({ LIVE_UPDATES: 'off' }).subscriptions.enabled).toBe(false);
  });
});
