import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import psList from 'ps-list';
import { type EmbeddedCluster, startEmbeddedCluster } from '../shared/db/index.js';
import { pidIsAlive } from '../shared/sync/index.js';
import { ChaosSystem } from './chaos-system.js';
import { findHarm, pollerWorkInFlight } from './harm.js';
import { makeUsers, NoteLedger, type ScenarioResult, sleep } from './ledger.js';

/** Options of {@link pgRestartScenario}. */
export interface PgRestartOptions {
  /** Database restarts (default 3). */
  readonly runs?: number;
  /** How long the database stays down each time (default 5 s). */
  readonly downMs?: number;
  /** Apps to run (default the four product apps). */
  readonly apps?: readonly string[];
}

/**
 * kill -9 of the cluster's postmaster, as a power cut or the OOM killer would: no shutdown checkpoint,
 * sessions cut mid-transaction. Waits until its backends (which notice the postmaster's death) are gone
 * too, so the next start does not find their shared memory still attached.
 */
async function sigkillCluster(clusterDir: string): Promise<void> {
  const pid = Number.parseInt(
    readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '',
    10,
  );
  const children = (await psList({ all: true })).filter((p) => p.ppid === pid).map((p) => p.pid);
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + 30_000;
  while ([pid, ...children].some(pidIsAlive) && Date.now() < deadline) await sleep(50);
}

/** More unexpected exits than this of one app over the scenario counts as a crash loop. */
const CRASH_LOOP_EXITS = 3;

/**
 * PostgreSQL restarted under load, on a THROWAWAY embedded cluster (never the machine's server): users keep
 * writing while the cluster goes down for `downMs` and is started again — on even runs killed with
 * SIGKILL (crash recovery at the next start), on odd runs stopped cleanly. Every app must reconnect on its
 * own — staying alive, or exiting and coming back cleanly under the PM2-like supervisor, never looping —
 * and every note written during the outage must be answered once. Recovery time: from the cluster being
 * back until every note is answered.
 *
 * @example
 * const row = await pgRestartScenario({ runs: 1 });
 */
export async function pgRestartScenario(options: PgRestartOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 3;
  const dir = mkdtempSync(join(tmpdir(), 'runcoach-chaos-pg-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must reach the folder
  // Below the ephemeral range (32768–60999), where an outgoing connection could hold the port.
  const port = 29000 + Math.floor(Math.random() * 900);
  const clusterDir = join(dir, 'pg');
  const pgLog: string[] = [];
  const onLog = (line: string) => {
    pgLog.push(line);
    if (pgLog.length > 40) pgLog.shift();
  };
  let cluster: EmbeddedCluster | undefined = await startEmbeddedCluster({
    dir: clusterDir,
    port,
    database: 'postgres',
    onLog,
  }).catch((err: unknown) => {
    throw new Error(`${String(err)}\n${pgLog.join('\n')}`);
  });
  const notes: string[] = [];
  let sys: ChaosSystem | undefined;
  try {
    sys = await ChaosSystem.create({
      adminUrl: cluster.url,
      env: { POLL_TIMEOUT_SEC: '2', POLLER_LOCK_STALE_MS: '6000' },
    });
    const apps = (options.apps ?? ['bot-poller', 'web', 'reminder', 'vision']).map((name) =>
      sys!.supervise(name),
    );
    const ledger = new NoteLedger(sys, makeUsers(sys, 4, 'Pg'));
    await ledger.send(0, 'warm-up');
    if ((await ledger.waitAnswered(60_000)) === undefined)
      notes.push('bot-poller never answered the warm-up');
    const recoveryMs: number[] = [];
    let midBatch = 0;
    let sigkills = 0;
    for (let run = 0; run < runs; run++) {
      let writing = true;
      const stream = (async () => {
        for (let i = 0; writing; i++) {
          await Promise.all(ledger.users.map((_, u) => ledger.send(u, `pg${run}-${u}-${i}`)));
          await sleep(150);
        }
      })();
      await sleep(1_500);
      const aimUntil = Date.now() + 2_000;
      while (Date.now() < aimUntil && !(await pollerWorkInFlight(sys))) await sleep(5);
      if (await pollerWorkInFlight(sys)) midBatch++;
      if (run % 2 === 0) {
        await sigkillCluster(clusterDir);
        sigkills++;
      } else await cluster.stop();
      cluster = undefined;
      await sleep(options.downMs ?? 5_000);
      cluster = await startEmbeddedCluster({ dir: clusterDir, port, database: 'postgres', onLog });
      const backAt = Date.now();
      await sleep(1_500);
      writing = false;
      await stream;
      const waited = await ledger.waitAnswered(90_000);
      if (waited === undefined) {
        notes.push(`restart ${run}: ${await ledger.unanswered()} notes unanswered 90 s after the restart`);
        break;
      }
      recoveryMs.push(Date.now() - backAt);
    }
    if (!(await ledger.waitOutboxSettled(60_000))) notes.push('outbox did not settle within 60 s');
    const { lost, appliedTwice, detected } = await ledger.tally(
      sys.logCount('bot-poller', 'possible duplicate'),
    );
    for (const app of apps) {
      if (app.crashes === 0) continue;
      const how = app.crashExits.map((e) => e.signal ?? `code ${e.code}`).join(', ');
      const why = sys
        .logLines(app.name)
        .filter((l) => String(l.message).includes('exiting'))
        .map((l) => {
          const err = (l.err ?? {}) as { message?: string; stack?: string };
          const frame = /\n\s+at ([^\n]+)/.exec(err.stack ?? '')?.[1] ?? '';
          return `${l.message}: ${err.message ?? ''} (${frame.replace(/^.*node_modules\//, '')})`;
        });
      notes.push(...[...new Set(why)].map((w) => `${app.name}: ${w}`));
      if (why.length === 0) {
        const raw = app.printed.split('\n').filter((l) => l.trim() && !/^\d{4}-\d\d-\d\dT/.test(l));
        notes.push(
          `${app.name} left no log line; its last raw output: ${raw.slice(-6).join(' / ').slice(0, 600)}`,
        );
      }
      notes.push(
        `${app.name} exited ${app.crashes}× and was restarted (${how})${app.crashes > CRASH_LOOP_EXITS ? ' — CRASH LOOP' : ''}`,
      );
      if (app.pid === undefined) notes.push(`${app.name} is not running at the end`);
    }
    notes.push(
      `${sigkills} of ${recoveryMs.length} outages were a SIGKILL of the server, the rest a clean stop`,
    );
    const harms = await findHarm(sys);
    return {
      scenario: 'PostgreSQL restarted under load',
      runs: recoveryMs.length,
      sent: ledger.sent,
      lost,
      appliedTwice,
      detectedResends: detected,
      recoveryMs,
      harms,
      kills: { total: recoveryMs.length, midWork: midBatch, what: 'mid-batch' },
      notes,
    };
  } finally {
    await sys?.close();
    await cluster?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
