import { loadDotEnv, readConfig } from '../config';

/**
 * A container's health check (`node dist/src/server/healthcheck.js`): exits 0 when this machine's instance
 * answers `GET /healthz` with 200 within 3 s, 1 otherwise. It finds the instance from the same PORT and HOST.
 */
async function check(): Promise<boolean> {
  loadDotEnv();
  const { port, host } = readConfig();
  const address = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const response = await fetch(`http://${address}:${port}/healthz`, { signal: AbortSignal.timeout(3000) });
  return response.status === 200;
}

check().then(
  (healthy) => process.exit(healthy ? 0 : 1),
  (error: unknown) => {
    console.error(`health check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
