import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import postgres from 'postgres';
import { EMBEDDED_PG_PORT, embeddedDatabaseUrl } from '../../shared/db/index.js';
import { readHeartbeat } from '../../shared/health/index.js';
import { SandboxClient } from '../../shared/telegram-sandbox/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { pm2List } from '../harness/pm2.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

const APPS = ['postgres', 'sandbox', 'bot-poller', 'reminder', 'vision', 'web'];

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `npm start` (scripts/start.mjs) with its output collected and its exit awaited. */
function npmStart(env: NodeJS.ProcessEnv): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

// Local mode as a newcomer runs it: no DATABASE_URL (PM2's `postgres` app runs embedded PostgreSQL under
// DATA_DIR/pg on port 25432) and no bot token (the sandbox app).
describe('npm start in local mode (embedded PostgreSQL as a PM2 app)', () => {
  let stack: Pm2Stack | undefined;
  let running: ReturnType<typeof npmStart> | undefined;
  after(async () => {
    running?.child.kill('SIGINT');
    await running?.exited;
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('starts every app, Ctrl-C stops them all cleanly, and a second start finds the data', async () => {
    assert.equal(
      await portAnswers(EMBEDDED_PG_PORT),
      false,
      `port ${EMBEDDED_PG_PORT} is taken: the embedded cluster of local mode needs it`,
    );
    stack = await Pm2Stack.create({ DATABASE_URL: '' });
    const { env, pm2Home, dataDir } = stack;
    const sandbox = new SandboxClient(`http://127.0.0.1:${env.SANDBOX_PORT}`);
    const startAndWait = async () => {
      running = npmStart(env);
      const run = running;
      await waitUntil(
        async () => {
          const apps = await pm2List(pm2Home);
          return APPS.every((name) => apps.some((a) => a.name === name && a.status === 'online'));
        },
        120_000,
        () => `all apps online; output:\n${run.output()}`,
      );
      await waitUntil(
        async () => (await fetch(`${stack!.webUrl}/healthz`).catch(() => undefined))?.status === 200,
        90_000,
        () => `/healthz 200; output:\n${run.output()}`,
      );
      return run;
    };
    const stop = async (run: ReturnType<typeof npmStart>) => {
      run.child.kill('SIGINT');
      const code = await run.exited;
      assert.equal(code, 0, `npm start exit code; output:\n${run.output()}`);
      assert.match(run.output(), /\[postgres\] stopped|stopped embedded|PostgreSQL.*stopped/i);
      // The cluster is down (no postmaster left behind holding the port or the data folder).
      assert.equal(await portAnswers(EMBEDDED_PG_PORT), false, 'nothing listens on the cluster port');
      assert.equal(existsSync(join(dataDir, 'pg', 'postmaster.pid')), false, 'the cluster shut down cleanly');
      assert.equal(readHeartbeat(dataDir, 'postgres'), undefined, 'the postgres app removed its heartbeat');
    };

    const first = await startAndWait();
    const ann = sandbox.user({ first_name: 'Ann' });
    const annId = (await ann.info()).id;
    await ann.send('/start');
    await ann.waitForMessage((m) => m.from === 'bot', { timeoutMs: 30_000 });
    await stop(first);

    const second = await startAndWait();
    const sql = postgres(embeddedDatabaseUrl(), { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from users where id = ${annId}`;
      assert.equal(row?.n, 1, 'the user stored before the restart is still there');
    } finally {
      await sql.end({ timeout: 2 });
    }
    await stop(second);
    running = undefined;
  });
});
