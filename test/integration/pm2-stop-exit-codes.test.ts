import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { migrate } from '../../shared/db/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

interface JlistApp {
  name: string;
  pid: number;
  pm2_env: { status: string; restart_time: number; exit_code?: number };
}

describe('PM2 does not restart an app that exits 78 (config) or 79 (migration)', () => {
  let stack: Pm2Stack | undefined;
  after(async () => {
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  /** One app as PM2 sees it (jlist), with the environment of the `pm2 start` that launched it. */
  const app = async (name: string): Promise<JlistApp | undefined> => {
    const { stdout } = await stack!.pm2('jlist');
    return (JSON.parse(stdout.slice(stdout.indexOf('['))) as JlistApp[]).find((a) => a.name === name);
  };
  // PM2 7 with exp_backoff_restart_delay labels such an app "waiting restart" although it schedules no
  // restart (God.handleExit): judge by exit code, restart count and the absence of a process instead.
  const exited = (a: JlistApp | undefined) => a?.pm2_env.exit_code !== undefined && !a.pid;
  const facts = (a: JlistApp | undefined) => [a?.pm2_env.exit_code, a?.pm2_env.restart_time, a?.pid];
  const startOnly = (name: string, env: Record<string, string> = {}) =>
    stack!.pm2With(env, 'start', 'ecosystem.config.cjs', '--only', name);

  it('78 and 79 stay stopped with no restart; a kill -9 of a healthy app is restarted', async () => {
    stack = await Pm2Stack.create({ POLL_TIMEOUT_SEC: '2' });

    // 78: an invalid setting is a configuration error, not something a restart could fix.
    await startOnly('reminder', { REMINDER_RATE: '-5' });
    await waitUntil(async () => exited(await app('reminder')), 60_000, 'reminder exited');
    assert.deepEqual(facts(await app('reminder')), [78, 0, 0]);

    // 79: an applied migration whose file changed stops everything until an operator fixes it.
    await migrate(stack.db.sql, 'sql');
    const [original] = await stack.db.sql<{ checksum: string }[]>`
      select checksum from schema_migrations where version = 1`;
    await stack.db.sql`update schema_migrations set checksum = 'tampered' where version = 1`;
    await startOnly('vision');
    await waitUntil(async () => exited(await app('vision')), 60_000, 'vision exited');
    assert.deepEqual(facts(await app('vision')), [79, 0, 0]);

    // Control: the same PM2 setup does restart an app that dies of anything else.
    await stack.db.sql`update schema_migrations set checksum = ${original!.checksum} where version = 1`;
    await startOnly('web');
    await waitUntil(async () => (await app('web'))?.pm2_env.status === 'online', 60_000, 'web online');
    // The status page tells the operator why they are down and that nothing will restart them.
    await waitUntil(
      async () => (await fetch(`${stack!.webUrl}/livez`).catch(() => undefined))?.ok === true,
      60_000,
      'web listening',
    );
    const rows = (await (await fetch(stack.webUrl)).text()).split('<tr class="app ');
    const row = (name: string) => rows.find((r) => r.includes(`data-app="${name}"`)) ?? '';
    assert.match(row('reminder'), /^bad"[\s\S]*stopped for good \(exit 78: invalid configuration\)/);
    assert.match(row('vision'), /^bad"[\s\S]*stopped for good \(exit 79: a migration file changed/);
    const web = await app('web');
    process.kill(web!.pid, 'SIGKILL');
    await waitUntil(
      async () => {
        const now = await app('web');
        return now?.pm2_env.status === 'online' && now.pm2_env.restart_time >= 1 && now.pid !== web?.pid;
      },
      60_000,
      'web restarted after kill -9',
    );
    // PM2 restarts after its back-off delay (200 ms at first): web's restart, seen long after the two
    // exits above, would have been preceded by theirs. Still no restart, still no process.
    assert.deepEqual(facts(await app('reminder')), [78, 0, 0]);
    assert.deepEqual(facts(await app('vision')), [79, 0, 0]);
  });
});
