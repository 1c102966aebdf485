import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { pidIsAlive } from '../../shared/sync/index.js';
import { stopEmbeddedAdminCluster } from '../harness/db.js';
import { pm2List } from '../harness/pm2.js';
import { Pm2Stack } from '../harness/pm2-stack.js';
import { waitUntil } from '../harness/system.js';

const run = promisify(execFile);

describe('a stray bot-poller beside the PM2 apps', () => {
  let stack: Pm2Stack | undefined;
  let stray: ChildProcess | undefined;
  after(async () => {
    if (stray?.exitCode === null && stray.signalCode === null) stray.kill('SIGKILL');
    await stack?.close();
    await stopEmbeddedAdminCluster();
  });

  it('is shown red with pid and host; reset-session.sh --kill-strays stops it and no PM2 app', async () => {
    stack = await Pm2Stack.create({ POLL_TIMEOUT_SEC: '2', WATCHDOG_INTERVAL_MS: '500' });
    await stack.pm2('start', 'ecosystem.config.cjs');
    const base = stack.webUrl;
    await waitUntil(
      async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.status === 200,
      90_000,
      '/healthz 200',
    );
    const before = await pm2List(stack.pm2Home);

    // "A forgotten terminal": the same installation's bot-poller started by hand, outside PM2.
    stray = spawn(process.execPath, ['dist/apps/bot-poller/main.js'], { env: stack.env, stdio: 'ignore' });
    const strayPid = stray.pid!;
    let page = '';
    await waitUntil(
      async () => {
        page = await (await fetch(base)).text();
        return page.includes('id="strays"') && page.includes(`pid ${strayPid}`);
      },
      30_000,
      'the stray on the status page',
    );
    const section = page.slice(
      page.indexOf('id="strays"'),
      page.indexOf('</section>', page.indexOf('id="strays"')),
    );
    assert.match(section, /class="bad-text"/, 'the section is red');
    assert.match(
      section,
      new RegExp(`<tr class="bad"><td>bot-poller</td><td>pid ${strayPid}</td><td>${hostname()}</td>`),
    );
    assert.match(page, /<span id="overall"><span class="badge bad">/, 'the overall verdict is red');

    const { stdout } = await run('bash', ['scripts/reset-session.sh', '--kill-strays'], {
      env: { ...stack.env, STRAY_GRACE_MS: '15000' },
      timeout: 90_000,
    });
    assert.match(stdout, new RegExp(`found bot-poller pid ${strayPid} on ${hostname()}`));
    assert.match(stdout, new RegExp(`bot-poller pid ${strayPid}: (stopped|killed)`));
    await waitUntil(() => !pidIsAlive(strayPid), 20_000, 'the stray gone');

    // PM2's apps: same processes (bot-poller only restarted by the reset itself, as before).
    const afterApps = await pm2List(stack.pm2Home);
    for (const app of before.filter((a) => a.name !== 'bot-poller')) {
      const now = afterApps.find((a) => a.name === app.name);
      assert.deepEqual([now?.pid, now?.status], [app.pid, 'online'], `${app.name} untouched`);
    }
    await waitUntil(
      async () => !(await (await fetch(base)).text()).includes('id="strays"'),
      30_000,
      'the stray section gone',
    );
  });
});
