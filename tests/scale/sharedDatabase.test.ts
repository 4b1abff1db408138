import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { outcomeOf } from '../../src/insights/outcome';
import type { Report } from '../../src/insights/report';
import { sharedBot } from '../kit/bot';
import { Instance } from '../kit/instances';
import { newUser } from '../kit/web';
import { postgresAvailable, TestPostgres } from '../kit/postgres';
import { metric } from '../insights/support';

const run = promisify(execFile);
const REPORT_JS = join(__dirname, '..', '..', 'dist', 'src', 'cli', 'report.js');
const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const HAIR_LOSS = 'does it help with hair loss?';
const PREGNANCY = 'is it safe during pregnancy?';

interface Sent {
  text: string;
  id: string;
}

async function ask(instance: Instance, user: string, text: string): Promise<Sent> {
  const response = await fetch(`${instance.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, user, channel: 'webhook' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as Sent[])[0];
}

async function report(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [REPORT_JS, ...args], { env: { PATH: process.env.PATH, ...env } });
  return stdout;
}

/** How the bot handles a question, read from the bot itself: the report must show exactly that. */
const expected = (question: string) => outcomeOf(sharedBot().respond(question, undefined).replies[0]);

function describeWithPostgres(name: string, fn: () => void): void {
  (postgresAvailable() ? describe : describe.skip)(name, fn);
}

describeWithPostgres('two instances writing to one PostgreSQL, one report', () => {
  let pg: TestPostgres;
  let a: Instance;
  let b: Instance;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    pg = await TestPostgres.start();
    env = { DATABASE_URL: await pg.createDatabase() };
    // Both start at once: the migration runs once, under a lock.
    [a, b] = await Promise.all([Instance.start('A', { ...env, ADMIN_TOKEN }, 60_000), Instance.start('B', env, 60_000)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await pg?.stop();
  });

  it('shows both instances’ questions and a vote in `npm run report -- --json`, GET /admin/api/report and /metrics', async () => {
    const hairLoss = expected(HAIR_LOSS);
    const counterBefore = await metric(`${a.url}/metrics`, 'mnbot_turns_total', { channel: 'webhook', outcome: hairLoss.outcome });
    const alice = await newUser(a);
    const bob = await newUser(b);
    await ask(a, alice, HAIR_LOSS);
    const downVoted = await ask(b, bob, HAIR_LOSS);
    await ask(b, bob, PREGNANCY);
    const vote = await fetch(`${a.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: bob, reply: downVoted.id, rating: 'down', comment: 'does it regrow hair?' }),
    });
    expect(vote.status).toBe(204); // B's reply, voted on through A: the id is checked with the shared secret
    expect(await metric(`${a.url}/metrics`, 'mnbot_turns_total', { channel: 'webhook', outcome: hairLoss.outcome })).toBe(counterBefore + 1);

    // Rows are written after the answers: wait until both instances' rows are in.
    let fromCli: Report | undefined;
    for (let attempt = 0; attempt < 50; attempt++) {
      fromCli = JSON.parse(await report(env, '--json', '--since', '1d')) as Report;
      if (fromCli.totals.not_covered + fromCli.totals.answered >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const admin = await fetch(`${a.url}/admin/api/report?since=1d`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(admin.status).toBe(200);
    const fromAdmin = (await admin.json()) as Report;

    for (const r of [fromCli as Report, fromAdmin]) {
      expect(r.downVoted[0]).toEqual(expect.objectContaining({ answer: downVoted.text, down: 1, comments: ['does it regrow hair?'], questions: [HAIR_LOSS] }));
      const pregnancy = expected(PREGNANCY);
      expect(r.uncovered).toContainEqual({ subject: pregnancy.subject, count: 1, examples: [{ question: PREGNANCY, count: 1 }] });
      if (hairLoss.outcome === 'not_covered') {
        expect(r.uncovered).toContainEqual({ subject: hairLoss.subject, count: 2, examples: [{ question: HAIR_LOSS, count: 2 }] });
      }
      expect(r.totals[hairLoss.outcome]).toBe(hairLoss.outcome === 'not_covered' ? 3 : 2);
    }
  });
});

describe('`npm run report` on the embedded SQLite database', () => {
  let dir: string;
  let server: Instance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mnbot-report-'));
    server = await Instance.start('sqlite', { DATA_DIR: dir }, 60_000);
  }, 90_000);

  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints text, JSON and CSV from DATA_DIR, and refuses a bad --since', async () => {
    const user = await newUser(server);
    await ask(server, user, PREGNANCY);
    await ask(server, user, 'how often should I microneedle?');
    await server.kill(); // flushes the log on shutdown
    const env = { DATA_DIR: dir };
    const text = await report(env);
    expect(text).toContain('Subjects the article does not cover');
    expect(text).toContain(`"${PREGNANCY}"`);
    const json = JSON.parse(await report(env, '--json', '--since', '7d')) as Report;
    expect(json.totals.answered).toBe(1);
    const csv = await report(env, '--csv');
    expect(csv.split('\r\n')[0]).toBe('part,item,count,detail');
    expect(csv).toContain(`uncovered,${expected(PREGNANCY).subject},1,${PREGNANCY}`);
    await expect(report(env, '--since', 'last week')).rejects.toThrow(/not a duration/);
  });
});
