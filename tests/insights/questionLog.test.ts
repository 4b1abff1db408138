import { createLogger } from '../../src/logger';
import { QuestionLog } from '../../src/insights/questionLog';
import { InsightsStore, QuestionRow } from '../../src/insights/store';
import { migrate } from '../../src/storage/migrate';
import { SqliteDatabase } from '../../src/storage/sqlite';
import { FaultyDatabase } from '../kit/databases';

let n = 0;
const row = (): QuestionRow => ({
  replyId: `r${++n}`,
  at: Date.now(),
  channel: 'webhook',
  userHash: 'u',
  question: 'q',
  outcome: 'answered',
  intent: 'frequency',
  answer: 'a',
  latencyMs: 1,
});

describe('question log writer', () => {
  let db: FaultyDatabase;
  let dropped: Record<string, number>;
  let warnings: Array<Record<string, unknown>>;
  let log: QuestionLog;

  beforeEach(async () => {
    const real = new SqliteDatabase(':memory:');
    await migrate(real);
    db = new FaultyDatabase(real);
    dropped = {};
    warnings = [];
    const logger = createLogger('silent');
    logger.warn = ((fields: Record<string, unknown>) => void warnings.push(fields)) as typeof logger.warn;
    log = new QuestionLog(new InsightsStore(db), logger, {
      maxQueue: 5,
      batchSize: 2,
      flushEveryMs: 50,
      warnEveryMs: 60_000,
      onDropped: (reason, rows) => (dropped[reason] = (dropped[reason] ?? 0) + rows),
    });
  });

  afterEach(() => db.close());

  const stored = async () => (await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM questions'))[0].n;

  it('writes after record() returned, in batches', async () => {
    for (let i = 0; i < 5; i++) log.record(row());
    expect(await stored()).toBe(0); // nothing written synchronously: the answer goes out first
    await log.flush();
    expect(await stored()).toBe(5);
    expect(dropped).toEqual({});
  });

  it('writes a batch that does not fill once its first row has waited flushEveryMs', async () => {
    // A fake clock: on a busy machine a real 10 ms wait can outlast the 50 ms flush interval.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      log.record(row());
      jest.advanceTimersByTime(49);
      expect(await stored()).toBe(0);
      jest.advanceTimersByTime(1);
      for (let turn = 0; turn < 100 && (await stored()) === 0; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(await stored()).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('drops and counts rows it cannot write, warns once per interval, and recovers', async () => {
    db.mode = 'fail';
    for (let i = 0; i < 3; i++) log.record(row());
    await log.flush();
    log.record(row());
    await log.flush();
    expect(dropped).toEqual({ write_failed: 4 });
    expect(warnings).toEqual([expect.objectContaining({ reason: 'write_failed', droppedRows: 2, err: expect.stringMatching(/ECONNREFUSED/) })]);
    db.mode = 'ok';
    log.record(row());
    await log.flush();
    expect(await stored()).toBe(1);
  });

  it('keeps at most maxQueue rows waiting while the database hangs, and never blocks record()', async () => {
    db.mode = 'hang';
    for (let i = 0; i < 20; i++) expect(log.record(row())).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    // The first batch of 2 is in flight; 5 more wait; the other 13 were dropped.
    for (let i = 0; i < 5; i++) log.record(row());
    expect(dropped.queue_full).toBeGreaterThanOrEqual(13);
    db.release();
    await log.flush();
    expect(await stored()).toBe(25 - dropped.queue_full);
  });
});
