import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createSql, EMBEDDED_PG_PORT, embeddedDatabaseUrl } from '../../shared/db/index.js';
import { healthFilePath, readHeartbeat } from '../../shared/health/index.js';
import { waitUntil } from '../harness/system.js';

/** Whether something already listens on the port (the embedded cluster's port is fixed). */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// The local-mode `postgres` app as PM2 runs it: startProcess without a database of its own.
describe('the postgres app', () => {
  const root = mkdtempSync(join(tmpdir(), 'runcoach-postgres-app-'));
  chmodSync(root, 0o755); // as root, PostgreSQL runs as the `postgres` user, which must reach the folder
  after(() => rmSync(root, { recursive: true, force: true }));

  it('starts the embedded cluster, reports ready with its port, and stops it on SIGTERM', async (t) => {
    if (await portTaken(EMBEDDED_PG_PORT)) {
      t.skip(`port ${EMBEDDED_PG_PORT} is taken (another embedded cluster runs)`);
      return;
    }
    const dataDir = join(root, 'data');
    const logDir = join(root, 'logs');
    const child = spawn(process.execPath, ['dist/apps/postgres/main.js'], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_DIR: logDir, DATABASE_URL: '' },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await waitUntil(() => readHeartbeat(dataDir, 'postgres')?.state === 'ready', 60_000, 'ready heartbeat');
      assert.deepEqual(readHeartbeat(dataDir, 'postgres')?.detail, { port: EMBEDDED_PG_PORT });
      const sql = createSql(embeddedDatabaseUrl(), { max: 1 });
      try {
        const [row] = await sql<{ ok: number }[]>`select 1 as ok`;
        assert.equal(row?.ok, 1);
      } finally {
        await sql.end();
      }
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    assert.equal(existsSync(healthFilePath(dataDir, 'postgres')), false, 'heartbeat removed');
    assert.equal(await portTaken(EMBEDDED_PG_PORT), false, 'the cluster stopped with the app');
    const log = readFileSync(join(logDir, 'postgres.log'), 'utf8');
    assert.match(log, /"message":"stopping embedded PostgreSQL"/);
    assert.match(log, /"message":"stopped"/);
  });
});
