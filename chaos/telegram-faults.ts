import { Telegram } from 'telegraf';
import { ChaosSystem } from './chaos-system.js';
import { findHarm } from './harm.js';
import { makeUsers, NoteLedger, type ScenarioResult, sleep } from './ledger.js';

/** Options of {@link foreignPollerScenario}. */
export interface ForeignPollerOptions {
  /** Episodes of foreign polling (default 3). */
  readonly runs?: number;
  /** How long the foreign instance keeps polling each time (default 6 s). */
  readonly foreignMs?: number;
}

/**
 * A foreign poller on the same token (another deployment, a developer's laptop): while users write, it
 * calls getUpdates again and again (never confirming an offset, so it takes nothing away), each call
 * ending our long poll with 409. bot-poller must log it, keep every update and recover by itself once
 * the foreign instance is gone. Recovery time: from the foreign poller stopping until every note is
 * answered (includes the stand-back after the 409 alarm, 15–20 s, when it was raised).
 *
 * @example
 * const row = await foreignPollerScenario({ runs: 1 });
 */
export async function foreignPollerScenario(options: ForeignPollerOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 3;
  const sys = await ChaosSystem.create({ env: { POLL_TIMEOUT_SEC: '2' } });
  const notes: string[] = [];
  try {
    const poller = sys.supervise('bot-poller');
    const ledger = new NoteLedger(sys, makeUsers(sys, 3, 'Foreign'));
    await ledger.send(0, 'warm-up');
    if ((await ledger.waitAnswered(60_000)) === undefined)
      notes.push('bot-poller never answered the warm-up');
    const foreign = new Telegram(sys.sandbox.token, { apiRoot: sys.sandbox.apiRoot });
    const recoveryMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const until = Date.now() + (options.foreignMs ?? 6_000);
      const polling = (async () => {
        while (Date.now() < until) await foreign.callApi('getUpdates', { timeout: 1 }).catch(() => {});
      })();
      for (let i = 0; Date.now() < until; i++) {
        await Promise.all(ledger.users.map((_, u) => ledger.send(u, `f${run}-${u}-${i}`)));
        await sleep(250);
      }
      await polling;
      const stoppedAt = Date.now();
      const waited = await ledger.waitAnswered(90_000);
      if (waited === undefined) {
        notes.push(`episode ${run}: ${await ledger.unanswered()} notes unanswered 90 s later`);
        break;
      }
      recoveryMs.push(Date.now() - stoppedAt);
    }
    if (!(await ledger.waitOutboxSettled(60_000))) notes.push('outbox did not settle within 60 s');
    const { lost, appliedTwice, detected } = await ledger.tally(
      sys.logCount('bot-poller', 'possible duplicate'),
    );
    notes.push(
      `409s logged: ${sys.logCount('bot-poller', '409 Conflict from getUpdates')}, alarms: ` +
        `${sys.logCount('bot-poller', 'ALARM')}, recoveries logged: ${sys.logCount('bot-poller', 'polling recovered after 409')}`,
    );
    if (poller.crashes > 0) notes.push(`bot-poller crashed ${poller.crashes}×`);
    const harms = await findHarm(sys);
    return {
      scenario: 'foreign poller (409s)',
      runs: recoveryMs.length,
      sent: ledger.sent,
      lost,
      appliedTwice,
      detectedResends: detected,
      recoveryMs,
      harms,
      notes,
    };
  } finally {
    await sys.close();
  }
}

/** Options of {@link floodStormScenario}. */
export interface FloodStormOptions {
  /** Storms (default 2). */
  readonly runs?: number;
  /** Users writing at once (default 10). */
  readonly users?: number;
  /** Notes per user per storm (default 8). */
  readonly perUser?: number;
}

/**
 * A 429 storm: Telegram-like flood limits (20 msg/s per bot, 1/s per chat, burst 3) plus injected
 * `429 Too Many Requests: retry after 1` answers to sendMessage (40 of them) and getUpdates (3), while
 * many users write at once. Every note must still be answered exactly once. Recovery time: from the last
 * note sent until every note is answered (the drain time under the limits).
 *
 * @example
 * const row = await floodStormScenario({ runs: 1 });
 */
export async function floodStormScenario(options: FloodStormOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 2;
  const perUser = options.perUser ?? 8;
  const sys = await ChaosSystem.create({ env: { POLL_TIMEOUT_SEC: '2' } });
  const notes: string[] = [];
  try {
    const poller = sys.supervise('bot-poller');
    const ledger = new NoteLedger(sys, makeUsers(sys, options.users ?? 10, 'Flood'));
    await ledger.send(0, 'warm-up');
    if ((await ledger.waitAnswered(60_000)) === undefined)
      notes.push('bot-poller never answered the warm-up');
    const recoveryMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      await sys.client.setFlood({ globalRate: 20, globalBurst: 20, chatRate: 1, chatBurst: 3 });
      const tooMany = { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 };
      await sys.client.injectFault({ method: 'sendMessage', times: 40, ...tooMany });
      await sys.client.injectFault({ method: 'getUpdates', times: 3, ...tooMany });
      for (let i = 0; i < perUser; i++) {
        await Promise.all(ledger.users.map((_, u) => ledger.send(u, `s${run}-${u}-${i}`)));
      }
      const lastSentAt = Date.now();
      const waited = await ledger.waitAnswered(120_000);
      if (waited === undefined) {
        notes.push(`storm ${run}: ${await ledger.unanswered()} notes unanswered 120 s later`);
        break;
      }
      recoveryMs.push(Date.now() - lastSentAt);
      await sys.client.clearFaults();
    }
    if (!(await ledger.waitOutboxSettled(60_000))) notes.push('outbox did not settle within 60 s');
    const { lost, appliedTwice, detected } = await ledger.tally(
      sys.logCount('bot-poller', 'possible duplicate'),
    );
    const [failed] = await sys.sql<{ n: number }[]>`
      select count(*)::int as n from outgoing_messages where status = 'failed'`;
    if ((failed?.n ?? 0) > 0) notes.push(`${failed?.n} outgoing messages marked failed`);
    const stats = await sys.client.stats();
    const bot = stats.bots.find((b) => b.token === sys.sandbox.token);
    notes.push(`sendMessage calls: ${bot?.calls.sendMessage ?? 0} for ${ledger.sent} notes`);
    if (poller.crashes > 0) notes.push(`bot-poller crashed ${poller.crashes}×`);
    const harms = await findHarm(sys);
    return {
      scenario: '429 storm',
      runs: recoveryMs.length,
      sent: ledger.sent,
      lost,
      appliedTwice,
      detectedResends: detected,
      recoveryMs,
      harms,
      notes,
    };
  } finally {
    await sys.close();
  }
}
