/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // Generous: the machine is shared, and a loaded one can take many seconds to start a browser or a server.
  testTimeout: 120000,
  // Each integration suite starts its own server on an ephemeral port; two workers fit a 2-core machine.
  maxWorkers: 2,
};
