import { ChaosSystem } from './chaos-system.js';
import { findHarm, pollerWorkInFlight } from './harm.js';
import { makeUsers, NoteLedger, type ScenarioResult, sleep } from './ledger.js';

/** Options of {@link killPollerScenario}. */
export interface KillPollerOptions {
  /** kill -9 rounds (default 20). */
  readonly runs?: number;
  /** Simulated users writing at once (default 4). */
  readonly users?: number;
  /** Notes per user per round (default 6). */
  readonly perRun?: number;
  /** Give up waiting for a round's answers after this long (default 60 s). */
  readonly roundTimeoutMs?: number;
}

/**
 * kill -9 of bot-poller in the middle of a batch, `runs` times: each round streams notes from several
 * users, kills the poller at a random moment while they arrive — once updates are stored but not yet
 * handled or replies are on their way — and starts it again at once (as PM2 would). A kill counts as
 * mid-batch when, right after it, the database still holds such unfinished work of the dead process.
 * Recovery time of a round: from the kill until every note sent so far is answered.
 *
 * @example
 * const row = await killPollerScenario({ runs: 3 });
 * row.lost; // 0
 */
export async function killPollerScenario(options: KillPollerOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 20;
  const perRun = options.perRun ?? 6;
  const sys = await ChaosSystem.create({ env: { POLL_TIMEOUT_SEC: '2', POLLER_LOCK_STALE_MS: '6000' } });
  const notes: string[] = [];
  try {
    const poller = sys.supervise('bot-poller');
    const ledger = new NoteLedger(sys, makeUsers(sys, options.users ?? 4, 'Kill'));
    await ledger.send(0, 'warm-up');
    if ((await ledger.waitAnswered(60_000)) === undefined)
      notes.push('bot-poller never answered the warm-up');
    const recoveryMs: number[] = [];
    let midBatch = 0;
    for (let run = 0; run < runs; run++) {
      const streaming = (async () => {
        for (let i = 0; i < perRun; i++) {
          await Promise.all(ledger.users.map((_, u) => ledger.send(u, `k${run}-${u}-${i}`)));
          await sleep(30);
        }
      })();
      await sleep(50 + Math.random() * 300);
      // Aim at a batch in progress (bounded: the round goes on even if none is caught).
      const aimUntil = Date.now() + 2_000;
      while (Date.now() < aimUntil && !(await pollerWorkInFlight(sys))) await sleep(5);
      const killedAt = Date.now();
      await poller.kill9();
      if (await pollerWorkInFlight(sys)) midBatch++;
      await streaming;
      const waited = await ledger.waitAnswered(options.roundTimeoutMs ?? 60_000);
      if (waited === undefined) {
        notes.push(`round ${run}: ${await ledger.unanswered()} notes unanswered after the timeout`);
        break;
      }
      recoveryMs.push(Date.now() - killedAt);
    }
    // Rows left "sending" by a kill are re-sent once their lease (20 s) expires.
    if (!(await ledger.waitOutboxSettled(60_000))) notes.push('outbox did not settle within 60 s');
    const detectedLines = sys.logCount('bot-poller', 'possible duplicate');
    const { lost, appliedTwice, detected } = await ledger.tally(detectedLines);
    if (poller.crashes > 0) notes.push(`bot-poller crashed ${poller.crashes}× on its own`);
    const harms = await findHarm(sys);
    return {
      scenario: 'kill -9 bot-poller mid-batch',
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
    await sys.close();
  }
}
