/**
 * Five projects, all run by `npm test` (`jest`); one at a time with `--selectProjects`:
 *   unit         no network, no servers: the core, renderers, protocol pieces (`npm run test:unit`, the inner loop)
 *   quality      the evaluation sets against their targets, and the import boundaries through ESLint (slow by nature)
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
const QUALITY = ['<rootDir>/tests/evaluation/evalSets\\.test\\.ts$', '<rootDir>/tests/lint/'];
const BROWSER = ['<rootDir>/tests/widget/'];
const SCALE = ['<rootDir>/tests/scale/'];

// Types are checked by `npm run typecheck` before Jest runs: here files are only transpiled, which keeps suites fast.
const TRANSFORM = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const project = (displayName, options) => ({ displayName, transform: TRANSFORM, testEnvironment: 'node', roots: ['<rootDir>/tests'], ...options });
const only = (patterns) => ({ testRegex: patterns.map((p) => p.replace('<rootDir>/', '').replace(/\/$/, '/.*\\.test\\.ts$')) });

module.exports = {
  testTimeout: 30000,
  // Each integration suite starts its own server on an ephemeral port; two workers fit a 2-core machine.
  maxWorkers: 2,
  // A worker ends the run holding 650-850 MB of heap; its process has quit (its exit event fires within milliseconds
  // of being told to) but freeing that took 470 ms to over 500 ms on a busy machine, past Jest's default wait, and Jest
  // then reported it as a leak and killed it.
  workerGracefulExitTimeout: 5000,
  projects: [
    project('unit', { testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION, ...QUALITY, ...BROWSER, ...SCALE] }),
    project('integration', only(INTEGRATION)),
    project('quality', only(QUALITY)),
    project('browser', { ...only(BROWSER), setupFilesAfterEnv: ['<rootDir>/tests/kit/slowSuites.ts'] }),
    project('scale', { ...only(SCALE), setupFilesAfterEnv: ['<rootDir>/tests/kit/slowSuites.ts'] }),
  ],
};
