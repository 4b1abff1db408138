import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDatabase } from '../../src/storage/sqlite';

const ROW = 'x'.repeat(800);

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe('SQLite file database', () => {
  let dir: string;
  let db: SqliteDatabase;
  const file = () => join(dir, 'log.sqlite');
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mnbot-sqlite-'));
    db = new SqliteDatabase(file());
    await db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const writeBatches = async (batches: number) => {
    for (let b = 0; b < batches; b++) {
      await db.transaction(async (tx) => {
        for (let i = 0; i < 200; i++) await tx.run('INSERT INTO rows (body) VALUES (?)', [ROW]);
      });
    }
  };

  it('copies committed writes into the database file from its own thread', async () => {
    const before = size(file());
    await writeBatches(10);
    expect(await until(() => size(file()) > before + 1_000_000, 5000)).toBe(true);
    expect(await db.query('PRAGMA wal_autocheckpoint')).toEqual([{ wal_autocheckpoint: 0 }]);
  });

  it('keeps the write-ahead log from growing while writes go on', async () => {
    // Two runs of ~32 MB, a batch every 10 ms. A log only ever checkpointed, never restarted, grows by nearly all of the
    // second run. Restarted, it is written again from its start, so the second run leaves the file about the size the
    // first made it, however large a busy machine's slow checkpoints let that be.
    const batchesPerRun = 200;
    const run = async () => {
      for (let batch = 0; batch < batchesPerRun; batch++) {
        await writeBatches(1);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await run();
    const afterFirst = size(`${file()}-wal`);
    await run();
    const grown = size(`${file()}-wal`) - afterFirst;
    expect(grown).toBeLessThan((batchesPerRun * 200 * ROW.length) / 2);
    expect((await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM rows'))[0].n).toBe(2 * batchesPerRun * 200);
  }, 60_000);

  it('restarts the write-ahead log while its transactions hold the write lock most of the time', async () => {
    // Each transaction keeps the lock 40 ms, as a loaded machine's long batch would, then lets it go for 10 ms; for 5 s.
    let largest = 0;
    let written = 0;
    const stopAt = Date.now() + 5000;
    while (Date.now() < stopAt) {
      await db.transaction(async (tx) => {
        for (let i = 0; i < 50; i++) await tx.run('INSERT INTO rows (body) VALUES (?)', [ROW]);
        const lockedUntil = Date.now() + 40;
        while (Date.now() < lockedUntil);
      });
      written += 50 * ROW.length;
      largest = Math.max(largest, size(`${file()}-wal`));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(largest).toBeLessThan(written / 2);
  }, 30_000);
});
