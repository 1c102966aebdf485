import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createSql } from '../../shared/db/index.js';
import { PollerLock } from '../../shared/health/index.js';
import { useTestDatabase } from '../harness/db.js';
import { waitUntil } from '../harness/system.js';

describe('PollerLock', () => {
  const db = useTestDatabase();
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'runcoach-lock-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a compromised lock file frees the advisory lock too: another host can take over', async () => {
    // One pooled connection only: after the loss, the reserved session goes back to this pool and stays
    // open, which is exactly where a still-held session advisory lock would hide.
    const sqlA = createSql(db().url, { max: 1, applicationName: 'lock-a' });
    const sqlB = createSql(db().url, { max: 1, applicationName: 'lock-b' });
    try {
      const lost: string[] = [];
      const a = new PollerLock({
        sql: sqlA,
        dataDir: tempDir(),
        staleMs: 2_000,
        onLost: (r) => lost.push(r),
      });
      assert.equal(await a.tryAcquire(), true);
      // Another process removing our lock directory is what proper-lockfile calls "compromised".
      rmSync(`${a.lockPath}.lock`, { recursive: true, force: true });
      await waitUntil(() => lost.length > 0, 10_000, 'the lock loss');
      assert.match(lost[0] ?? '', /lock file compromised/);
      assert.equal(a.isHeld, false);
      // The pool keeps serving queries on the session that held the lock: it must not hold it any more.
      await sqlA`select 1`;

      const b = new PollerLock({ sql: sqlB, dataDir: tempDir() }); // a second host: its own DATA_DIR
      let taken = false;
      await waitUntil(
        async () => {
          taken = await b.tryAcquire();
          return taken;
        },
        5_000,
        'the other host taking the lock',
      ).catch(() => {});
      assert.equal(taken, true, 'the advisory lock was released with the lost lock');
      await b.release();
      await a.release();
    } finally {
      await sqlA.end({ timeout: 2 });
      await sqlB.end({ timeout: 2 });
    }
  });

  it('release frees both locks; a second lock on the same host waits for the first', async () => {
    const dataDir = tempDir();
    const a = new PollerLock({ sql: db().sql, dataDir });
    const b = new PollerLock({ sql: db().sql, dataDir });
    assert.equal(await a.tryAcquire(), true);
    assert.equal(await b.tryAcquire(), false);
    await a.release();
    assert.equal(await b.tryAcquire(), true);
    await b.release();
    const [row] = await db().sql<{ n: number }[]>`
      select count(*)::int as n from pg_locks where locktype = 'advisory' and granted
        and database = (select oid from pg_database where datname = current_database())`;
    assert.equal(row?.n, 0);
  });
});
