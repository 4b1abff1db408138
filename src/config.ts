/** Settings read from the environment (and `.env`, see `.env.example`), checked once at start-up. */
export interface Config {
  port: number;
  host: string;
  contextTtlMinutes: number;
  maxMessageLength: number;
  logLevel: string;
  logTranscripts: boolean;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    contextTtlMinutes: integer(env, 'CONTEXT_TTL_MINUTES', 30, 1, 7 * 24 * 60),
    maxMessageLength: integer(env, 'MAX_MESSAGE_LENGTH', 1000, 1, 100_000),
    logLevel: env.LOG_LEVEL || 'info',
    logTranscripts: env.LOG_TRANSCRIPTS === 'true',
  };
}
