import { spawn } from 'node:child_process';
import { assertBuilt, Instance, MAIN_JS } from '../kit/instances';

interface Run {
  code: number | null;
  output: string;
}

/** Starts the built server with exactly `env` (and PATH) and waits for it to exit; one that keeps running fails the test. */
function runUntilExit(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<Run> {
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms with ${JSON.stringify(env)}:\n${output}`));
    }, timeoutMs);
    // 'close', not 'exit': the process can end before its piped output has been read.
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const INVALID: Array<[string, string]> = [
  ['PORT', 'abc'],
  ['PORT', '70000'],
  ['HOST', 'not a host'],
  ['CONTEXT_TTL_MINUTES', '0'],
  ['MAX_CONVERSATIONS_IN_MEMORY', '0'],
  ['MAX_MESSAGE_LENGTH', '-5'],
  ['LOG_LEVEL', 'verbose'],
  ['LOG_TRANSCRIPTS', 'yes'],
  ['SESSION_SECRET', 'short'],
  ['RATE_LIMIT_PER_MINUTE', '1.5'],
  ['MAX_WEBSOCKETS_PER_IP', 'many'],
  ['ALLOWED_ORIGINS', 'notaurl'],
  ['ALLOWED_ORIGINS', 'https://www.example.com/'],
  ['TRUST_PROXY', '11'],
  ['REDIS_URL', 'garbage'],
  ['REDIS_URL', 'http://127.0.0.1:6379'],
  ['REDIS_PREFIX', 'two words'],
  ['ARTICLE_URL', 'www.example.com/article'],
  ['ARTICLE_URL', 'https://www.example.com/article#top'],
  ['CONTACT_URL', 'javascript:alert(1)'],
  ['CONTACT_EMAIL', 'not-an-address'],
  ['PUBLIC_URL', 'bot.example.com'],
  ['BOTFRAMEWORK_APP_TYPE', 'Single'],
  ['MICROSOFT_APP_TYPE', 'Single'],
  ['MICROSOFT_APP_PASSWORD', 'two words'],
  ['BOTFRAMEWORK_ENABLED', 'yes'],
  ['SLACK_BOT_TOKEN', 'xoxp-a-user-token'],
  ['MESSENGER_API_VERSION', '21'],
  ['FACEBOOK_API_VERSION', '21'],
  ['TWILIO_ACCOUNT_SID', 'AC1'],
  ['TWILIO_NUMBER', '555-1234'],
  ['WEBEX_PUBLIC_ADDRESS', 'ftp://bot.example.com'],
];

beforeAll(assertBuilt);

describe('start-up with an invalid variable', () => {
  it.concurrent.each(INVALID)(
    '%s=%j exits 1 naming the variable and what it accepts, before anything starts',
    async (name, value) => {
      const { code, output } = await runUntilExit({ [name]: value });
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`^Invalid configuration:\\n  ${name} is invalid: expected .+`, 'm'));
      // Nothing was started: no log line (the logger comes after the check), no stack trace.
      expect(output).not.toMatch(/"level"|\n\s+at /);
    },
    120_000,
  );
});

describe('start-up with a valid configuration', () => {
  const VALID: NodeJS.ProcessEnv[] = [
    {},
    {
      LOG_LEVEL: 'debug',
      LOG_TRANSCRIPTS: 'false',
      ALLOWED_ORIGINS: 'https://www.example.com,http://localhost:8080',
      TRUST_PROXY: '1',
      CONTEXT_TTL_MINUTES: '60',
    },
    {
      ARTICLE_URL: 'https://www.example.com/microneedling',
      CONTACT_URL: 'https://www.example.com/contact',
      CONTACT_EMAIL: 'clinic@example.com',
      REDIS_PREFIX: 'site-a:',
    },
    { BOTFRAMEWORK_ENABLED: 'true', BOTFRAMEWORK_APP_TYPE: 'MultiTenant', MESSENGER_API_VERSION: 'v22.0', ALLOWED_ORIGINS: '*' },
  ];

  it.each(VALID.map((env) => [JSON.stringify(env), env]))(
    '%s starts and answers /healthz',
    async (_label, env) => {
      const instance = await Instance.start('valid', env as NodeJS.ProcessEnv);
      try {
        expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
        expect(instance.logs(50)).toEqual([]);
      } finally {
        expect(await instance.kill('SIGTERM')).toEqual({ code: 0, signal: null });
      }
    },
    120_000,
  );
});
