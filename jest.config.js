/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testTimeout: 30000,
  // Each integration suite starts its own server on an ephemeral port; two workers fit a 2-core machine.
  maxWorkers: 2,
};
