/**
 * Four projects, all run by `npm test` (`jest`); one at a time with `--selectProjects`:
 *   unit         no network, no servers: the core, renderers, protocol pieces (`npm run test:unit`)
 *   integration  real HTTP and websocket servers on loopback, channel payloads, Redis-backed state, SQLite and PostgreSQL
 *   browser      the widget in Chromium
 *   scale        several server processes sharing Redis or PostgreSQL
 * @type {import('jest').Config}
 */
const INTEGRATION = [
  '<rootDir>/tests/server/',
  '<rootDir>/tests/state/',
  '<rootDir>/tests/channels/[^/]+/channel\\.test\\.ts$',
  '<rootDir>/tests/channels/(registry|verification)\\.test\\.ts$',
  '<rootDir>/tests/storage/',
  '<rootDir>/tests/insights/(feedback|metrics|adminApi|store)\\.test\\.ts$',
  '<rootDir>/tests/production/',
];
const BROWSER = ['<rootDir>/tests/widget/'];
const SCALE = ['<rootDir>/tests/scale/'];

const project = (displayName, options) => ({ displayName, preset: 'ts-jest', testEnvironment: 'node', roots: ['<rootDir>/tests'], ...options });
const only = (patterns) => ({ testRegex: patterns.map((p) => p.replace('<rootDir>/', '').replace(/\/$/, '/.*\\.test\\.ts$')) });

module.exports = {
  testTimeout: 30000,
  // Each integration suite starts its own server on an ephemeral port; two workers fit a 2-core machine.
  maxWorkers: 2,
  projects: [
    project('unit', { testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION, ...BROWSER, ...SCALE] }),
    project('integration', only(INTEGRATION)),
    project('browser', { ...only(BROWSER), setupFilesAfterEnv: ['<rootDir>/tests/kit/slowSuites.ts'] }),
    project('scale', { ...only(SCALE), setupFilesAfterEnv: ['<rootDir>/tests/kit/slowSuites.ts'] }),
  ],
};
