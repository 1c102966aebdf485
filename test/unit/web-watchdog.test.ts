import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Heartbeat } from '../../shared/health/index.js';
import {
  DEFAULT_WATCHDOG_POLICY,
  decideRestarts,
  type Pm2AppState,
  type WatchedBeat,
} from '../../shared/health/index.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

function beat(app: string, pid: number, progressAgoMs: number, timeAgoMs = 1_000, file = app): WatchedBeat {
  const hb: Heartbeat = {
    app,
    pid,
    time: ago(timeAgoMs),
    state: 'ready',
    progressAt: ago(progressAgoMs),
    detail: {},
  };
  return { file, beat: hb };
}

function pm2(name: string, pid: number | undefined, status = 'online'): Pm2AppState {
  return {
    name,
    pid,
    status,
    startedAt: NOW - 600_000,
    restarts: 0,
    memoryBytes: 1,
    cpuPercent: 0,
  };
}

describe('decideRestarts', () => {
  it('restarts an online bot-poller whose progress is stale, and nothing fresh', () => {
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 50_000), beat('reminder', 11, 500_000, 1_000)],
      [pm2('bot-poller', 10), pm2('reminder', 11)],
      new Map(),
      NOW,
    );
    assert.equal(decisions.length, 1);
    assert.equal(decisions[0]?.app, 'bot-poller');
    assert.equal(decisions[0]?.action, 'restart');
    assert.match(decisions[0]?.reason ?? '', /progressAt 50 s old/);
  });

  it('judges other apps by the heartbeat timer (time), not by progressAt', () => {
    const decisions = decideRestarts(
      [beat('vision', 12, 1_000, 60_000)],
      [pm2('vision', 12)],
      new Map(),
      NOW,
    );
    assert.deepEqual(
      decisions.map((d) => [d.app, d.action]),
      [['vision', 'restart']],
    );
  });

  it('does not restart an app PM2 reports stopped or errored', () => {
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 500_000), beat('vision', 12, 1_000, 500_000)],
      [pm2('bot-poller', 10, 'stopped'), pm2('vision', 12, 'errored')],
      new Map(),
      NOW,
    );
    assert.deepEqual(decisions, []);
  });

  it('ignores a stale file left by another pid (the current process has not written yet)', () => {
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 500_000)],
      [pm2('bot-poller', 99)],
      new Map(),
      NOW,
    );
    assert.deepEqual(decisions, []);
  });

  it('uses the standby file of the current pid', () => {
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 1_000), beat('bot-poller', 20, 90_000, 1_000, 'bot-poller.standby-20')],
      [pm2('bot-poller', 20)],
      new Map(),
      NOW,
    );
    assert.equal(decisions[0]?.action, 'restart');
    assert.match(decisions[0]?.reason ?? '', /standby-20/);
  });

  it('never restarts the web app itself', () => {
    const decisions = decideRestarts([beat('web', 5, 1_000, 500_000)], [pm2('web', 5)], new Map(), NOW);
    assert.deepEqual(decisions, []);
  });

  it('waits out the 2-minute cooldown after a restart', () => {
    const stale = [beat('bot-poller', 10, 60_000)];
    const history = new Map([['bot-poller', [NOW - 60_000]]]);
    const [d] = decideRestarts(stale, [pm2('bot-poller', 10)], history, NOW);
    assert.equal(d?.action, 'cooldown');
    const later = new Map([['bot-poller', [NOW - DEFAULT_WATCHDOG_POLICY.cooldownMs - 1]]]);
    assert.equal(decideRestarts(stale, [pm2('bot-poller', 10)], later, NOW)[0]?.action, 'restart');
  });

  it('only alarms after five restarts within the hour; older restarts do not count', () => {
    const stale = [beat('bot-poller', 10, 60_000)];
    const five = [50, 40, 30, 20, 10].map((min) => NOW - min * 60_000);
    const [d] = decideRestarts(stale, [pm2('bot-poller', 10)], new Map([['bot-poller', five]]), NOW);
    assert.equal(d?.action, 'alarm');
    assert.match(d?.reason ?? '', /5 times this hour/);
    const old = [...five.slice(1), NOW - 61 * 60_000];
    assert.equal(
      decideRestarts(stale, [pm2('bot-poller', 10)], new Map([['bot-poller', old]]), NOW)[0]?.action,
      'restart',
    );
  });

  it('only reports when PM2 is unreachable', () => {
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 60_000), beat('reminder', 11, 1_000)],
      undefined,
      new Map(),
      NOW,
    );
    assert.deepEqual(
      decisions.map((d) => [d.app, d.action]),
      [['bot-poller', 'report']],
    );
    assert.match(decisions[0]?.reason ?? '', /PM2 unreachable/);
  });

  it('honours a custom threshold and no progress apps (webhook mode)', () => {
    const policy = { ...DEFAULT_WATCHDOG_POLICY, staleMs: 10_000, progressApps: [] };
    const decisions = decideRestarts(
      [beat('bot-poller', 10, 500_000, 2_000)],
      [pm2('bot-poller', 10)],
      new Map(),
      NOW,
      policy,
    );
    assert.deepEqual(decisions, []);
  });
});
