import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Pm2AppState, scanHostStrays, terminateStrays, Watchdog } from '../../shared/health/index.js';
import { pidIsAlive } from '../../shared/sync/index.js';
import { waitUntil } from '../harness/system.js';

/** A process that looks like one of our apps (`…/apps/bot-poller/main.js`) and says when it runs. */
function fakeApp(root: string, options: { dataDir: string; ignoreTerm?: boolean }): Promise<ChildProcess> {
  const script = join(root, 'apps', 'bot-poller', 'main.js');
  mkdirSync(join(root, 'apps', 'bot-poller'), { recursive: true });
  writeFileSync(
    script,
    `process.on('SIGTERM', () => { if (!process.env.IGNORE_TERM) process.exit(0); });
setInterval(() => {}, 1000); console.log('up');`,
  );
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, DATA_DIR: options.dataDir, IGNORE_TERM: options.ignoreTerm ? '1' : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

describe('stray processes on this host', () => {
  let root: string;
  const children: ChildProcess[] = [];
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'runcoach-strays-'));
  });
  after(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });
  const start = async (options: { dataDir: string; ignoreTerm?: boolean }) => {
    const child = await fakeApp(root, options);
    children.push(child);
    return child;
  };

  it("scan finds strays on this DATA_DIR; SIGTERM, then SIGKILL, stops them; PM2's app and others live", async () => {
    const dataDir = join(root, 'data');
    const pm2App = await start({ dataDir });
    const polite = await start({ dataDir });
    const stubborn = await start({ dataDir, ignoreTerm: true });
    const otherInstallation = await start({ dataDir: join(root, 'other-data') });

    const scan = await scanHostStrays({ dataDir, pm2Pids: [pm2App.pid!] });
    assert.equal(scan.error, undefined);
    assert.deepEqual(
      scan.strays.map((s) => s.pid).sort(),
      [polite.pid, stubborn.pid].sort(),
      'only the two processes outside PM2 on this DATA_DIR',
    );
    assert.ok(scan.strays.every((s) => s.host === hostname() && s.app === 'bot-poller'));

    const outcomes = await terminateStrays(scan.strays, {
      host: hostname(),
      protectedPids: [pm2App.pid!],
      graceMs: 1_000,
    });
    const byPid = new Map(outcomes.map((o) => [o.pid, o.outcome]));
    assert.equal(byPid.get(polite.pid!), 'stopped');
    assert.equal(byPid.get(stubborn.pid!), 'killed');
    await waitUntil(() => !pidIsAlive(stubborn.pid!), 5_000, 'the stubborn stray gone');
    assert.equal(pidIsAlive(pm2App.pid!), true, "PM2's app untouched");
    assert.equal(pidIsAlive(otherInstallation.pid!), true, "another installation's process untouched");
  });

  it('terminateStrays refuses protected pids, other hosts and unknown pids even when asked', async () => {
    const dataDir = join(root, 'data2');
    const app = await start({ dataDir });
    const stray = { host: hostname(), app: 'bot-poller', source: 'process-scan' as const, detail: '' };
    const outcomes = await terminateStrays(
      [
        { ...stray, pid: app.pid },
        { ...stray, pid: app.pid, host: 'elsewhere' },
        { ...stray, pid: undefined },
      ],
      { host: hostname(), protectedPids: [app.pid!], graceMs: 500 },
    );
    assert.deepEqual(outcomes, []);
    assert.equal(pidIsAlive(app.pid!), true);
  });

  it('the watchdog reports strays, and with STRAY_POLICY=kill terminates them but never PM2 apps', async () => {
    const dataDir = join(root, 'data3');
    const pm2App = await start({ dataDir });
    const stray = await start({ dataDir });
    const apps: Pm2AppState[] = [
      {
        name: 'bot-poller',
        pid: pm2App.pid,
        status: 'online',
        startedAt: Date.now(),
        restarts: 0,
        memoryBytes: undefined,
        cpuPercent: undefined,
      },
    ];
    const pm2 = { list: async () => apps, restart: async () => {} };

    const reporting = new Watchdog({ dataDir, pm2, log: silentLog, strays: { policy: 'report' } });
    await reporting.check();
    assert.deepEqual(
      reporting.strays.strays.map((s) => s.pid),
      [stray.pid],
    );
    assert.equal(pidIsAlive(stray.pid!), true, 'report only: nothing killed');

    const unreachable = new Watchdog({
      dataDir,
      pm2: { list: async () => undefined, restart: async () => {} },
      log: silentLog,
      strays: { policy: 'kill' },
    });
    await unreachable.check();
    assert.deepEqual(unreachable.strays.strays, [], 'without PM2 nothing can be told apart: no scan');
    assert.equal(pidIsAlive(stray.pid!), true);

    const killing = new Watchdog({
      dataDir,
      pm2,
      log: silentLog,
      strays: { policy: 'kill', graceMs: 2_000 },
    });
    await killing.check();
    await waitUntil(() => !pidIsAlive(stray.pid!), 5_000, 'the stray terminated');
    assert.equal(pidIsAlive(pm2App.pid!), true, "PM2's bot-poller untouched");
  });
});
