import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyStrays, type ProcessInfo, strayFrom409 } from '../../shared/health/index.js';

const DATA = '/srv/bot/data';
const processes: ProcessInfo[] = [
  { pid: 10, ppid: 1, cmd: 'PM2 v7.0.4: God Daemon (/root/.pm2)' },
  { pid: 11, ppid: 10, cmd: 'node /srv/bot/dist/apps/bot-poller/main.js' }, // PM2's bot-poller
  { pid: 12, ppid: 10, cmd: 'node /srv/bot/dist/apps/web/main.js' }, // restarting: not yet in PM2's list
  { pid: 20, ppid: 1, cmd: 'node dist/apps/bot-poller/main.js' }, // forgotten terminal, same DATA_DIR
  { pid: 21, ppid: 1, cmd: 'node --import tsx apps/vision/main.ts' }, // same DATA_DIR
  { pid: 30, ppid: 1, cmd: 'node /other/checkout/dist/apps/bot-poller/main.js' }, // another DATA_DIR
  { pid: 40, ppid: 1, cmd: 'vim apps/bot-poller/main.ts.orig' }, // not an entry point
  { pid: 50, ppid: 1, cmd: 'node dist/apps/reminder/main.js' }, // this process
];
const dataDirs: Record<number, string> = {
  11: DATA,
  12: DATA,
  20: DATA,
  21: DATA,
  30: '/other/data',
  50: DATA,
};

describe('classifyStrays', () => {
  it("finds entry points on this DATA_DIR outside PM2, never PM2's apps, other installations or itself", () => {
    const strays = classifyStrays({
      processes,
      pm2Pids: [11, 10],
      dataDir: DATA,
      dataDirOf: (pid) => dataDirs[pid],
      lockOwnerPid: undefined,
      selfPid: 50,
      host: 'vm1',
    });
    assert.deepEqual(
      strays.map((s) => [s.pid, s.app, s.host, s.source]),
      [
        [20, 'bot-poller', 'vm1', 'process-scan'],
        [21, 'vision', 'vm1', 'process-scan'],
      ],
    );
  });

  it("the poller lock's owner is a stray unless PM2 runs it", () => {
    const base = {
      processes: processes.slice(0, 3),
      pm2Pids: [10, 11],
      dataDir: DATA,
      dataDirOf: (pid: number) => dataDirs[pid],
      selfPid: 50,
      host: 'vm1',
    };
    assert.deepEqual(classifyStrays({ ...base, lockOwnerPid: 11 }), []);
    const [stray] = classifyStrays({ ...base, lockOwnerPid: 777 });
    assert.deepEqual([stray?.pid, stray?.source, stray?.app], [777, 'poller-lock', 'bot-poller']);
  });

  it('the 409 alarm names a stray whose pid and host are unknown', () => {
    assert.equal(strayFrom409(undefined), undefined);
    assert.equal(strayFrom409('bot token rejected (401)'), undefined);
    const stray = strayFrom409('another bot instance keeps polling with this token; standing back');
    assert.deepEqual([stray?.pid, stray?.source], [undefined, 'telegram-409']);
  });
});
