/**
 * Three projects:
 * - unit: pure tests beside the code (src/**), no database;
 * - integration: test/*.test.ts against a real PostgreSQL, through the GraphQL API;
 * - slow: test/slow/, the same kind of tests, but each takes tens of seconds
 *   (the browser, 100 000-row imports, child processes, the README's demo data).
 * `npm test` runs all three (CI calls it); `npm run test:fast` runs unit and
 * integration, for the edit-test loop. The integration and slow projects share
 * one global setup (one PostgreSQL per run); Jest runs it once.
 */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const database = {
  testEnvironment: 'node',
  transform,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/per-file-setup.ts'],
};

module.exports = {
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, testMatch: ['<rootDir>/src/**/*.test.ts'] },
    { displayName: 'integration', ...database, testMatch: ['<rootDir>/test/*.test.ts'] },
    { displayName: 'slow', ...database, testMatch: ['<rootDir>/test/slow/**/*.test.ts'] },
  ],
};
