// Our patch of postgres.js (scripts/patches, applied by `npm install`): a reserved connection whose
// backend dies used to kill the whole process with an uncaught TypeError from a setImmediate
// (porsager/postgres#1208) — bot-poller and reminder, which hold advisory locks on reserved connections,
// exited on every PostgreSQL restart. The query must now fail with CONNECTION_CLOSED and the process live.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { useTestDatabase } from '../harness/db.js';

describe('postgres.js (patched)', () => {
  const db = useTestDatabase({ migrate: false });

  it('a query on a reserved connection whose backend died is rejected, not a crash', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/harness/reserved-backend-dies.ts'], {
      env: { ...process.env, DATABASE_URL: db().url },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(child.status, 0, `exit ${child.status}: ${child.stderr}`);
    assert.equal(child.stdout.trim(), 'rejected CONNECTION_CLOSED');
  });
});
