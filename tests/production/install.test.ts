import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/data/paths';
import { assertBuilt, Instance } from '../kit/instances';
import { newUser, say } from '../kit/web';

const run = promisify(execFile);

/**
 * What the Dockerfile does, without a container engine: stage the built tree's runtime files into a fresh
 * folder, install production dependencies there with the same script, start `node` from it and ask a question.
 * Slow (a real `npm ci`, from the local npm cache when it has the packages), so it is the only test of its kind.
 */
describe('production install in a fresh copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mnbot-production-'));
  let instance: Instance | undefined;

  beforeAll(assertBuilt);

  afterAll(async () => {
    await instance?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'installs without build tools, starts, passes its health check and answers over the webhook',
    async () => {
      await run('bash', [join(projectRoot, 'scripts', 'stage-runtime.sh'), dir]);
      await run('bash', [join(dir, 'scripts', 'install-production.sh'), dir], { maxBuffer: 16 * 1024 * 1024 });

      for (const tool of ['typescript', 'jest', 'esbuild', 'ts-jest', 'playwright-core']) expect(existsSync(join(dir, 'node_modules', tool))).toBe(false);
      expect(existsSync(join(dir, 'node_modules', 'botkit'))).toBe(true);
      expect(existsSync(join(dir, 'src'))).toBe(false);

      instance = await Instance.start('production', {}, 60_000, dir);
      // The container's HEALTHCHECK command, run against this instance.
      await run(process.execPath, [join(dir, 'dist', 'src', 'server', 'healthcheck.js')], {
        cwd: dir,
        env: { PATH: process.env.PATH, PORT: String(instance.port), HOST: '127.0.0.1' },
      });

      const user = await newUser(instance);
      const [answer] = await say(instance, user, 'how often should I microneedle?');
      expect(answer.text).toMatch(/every 4-6 weeks/);
      expect(instance.logs(50)).toEqual([]);
      expect(await instance.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    },
    15 * 60_000,
  );
});
