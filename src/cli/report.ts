import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { projectRoot } from '../data/paths';
import { buildReport, parseDuration } from '../insights/report';
import { reportCsv, reportText } from '../insights/reportFormat';
import { InsightsStore } from '../insights/store';
import { createLogger } from '../logger';
import { openDatabase } from '../storage/open';

const USAGE = 'usage: npm run report [-- --since 7d] [--json | --csv]';

/** The content owner's report from the database the server writes to (DATABASE_URL, or DATA_DIR's SQLite file). */
async function main(): Promise<void> {
  const envFile = join(projectRoot, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const { values } = parseArgs({
    options: { since: { type: 'string', default: '30d' }, json: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) return void console.log(USAGE);
  if (values.json && values.csv) throw new Error(`--json and --csv exclude each other\n${USAGE}`);
  const since = Date.now() - parseDuration(values.since as string);
  const db = await openDatabase(readConfig(), createLogger('warn'));
  try {
    const report = await buildReport(new InsightsStore(db), since);
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(values.csv ? reportCsv(report) : reportText(report));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
