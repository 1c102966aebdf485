import { clockAt, seedRunners } from '../test/integration/reminders-seed.js';
import { ChaosSystem } from './chaos-system.js';
import { findHarm } from './harm.js';
import { type ScenarioResult, sleep } from './ledger.js';

/** Options of {@link reminderKillScenario}. */
export interface ReminderKillOptions {
  /** kill -9 rounds (default 3). */
  readonly runs?: number;
  /** Users whose reminder falls due in each round (default 1000). */
  readonly users?: number;
  /** The app's global send rate, messages per second (default 200). */
  readonly rate?: number;
  /** Give up waiting for a round's deliveries after this long (default 90 s). */
  readonly roundTimeoutMs?: number;
}

// 19:00:30 in Berlin: reminders for Monday 30 March (each seeded runner's workout day) are due, and stay
// useful until the workout day starts (22:00 UTC), far beyond the scenario's few minutes.
const NOW = '2026-03-29T17:00:30Z';
/**
 * The app's claim lease (the default, 30 s). The restarted leader on this host takes the killed one's
 * claims over at once; waiting out the lease would show as a ~30 s recovery.
 */
const LEASE_MS = 30_000;

/**
 * kill -9 of the reminder app in the middle of a fan-out, `runs` times: each round seeds `users` runners
 * whose reminder is due now (the app's clock set with `REMINDER_NOW_OFFSET_MS`), waits until the running
 * app has sent part of them, kills it and starts it again at once (as PM2 would). The new leader takes
 * over the dead one's claims at once (its pid is gone from this host); the calls that were in flight (`sending`) are sent once more,
 * flagged `possible_duplicate` — those are the detected re-sends. Lost: a user without a reminder, or a row
 * not recorded as sent (none expires during the run). Applied twice: a repeat to a user whose row is not
 * flagged. Recovery time of a round: from the kill until every user of the round has the reminder and
 * every row is recorded as sent.
 *
 * @example
 * const row = await reminderKillScenario({ runs: 1, users: 300, rate: 100 });
 * row.lost; // 0
 */
export async function reminderKillScenario(options: ReminderKillOptions = {}): Promise<ScenarioResult> {
  const runs = options.runs ?? 3;
  const perRound = options.users ?? 1000;
  const rate = options.rate ?? 200;
  const sys = await ChaosSystem.create({
    env: {
      REMINDER_NOW_OFFSET_MS: clockAt(NOW),
      REMINDER_TICK_CRON: '* * * * * *',
      REMINDER_LEASE_MS: String(LEASE_MS),
      REMINDER_RATE: String(rate),
    },
  });
  const notes: string[] = [];
  const bot = sys.sandbox.state.defaultBot;
  const received = (id: number) =>
    [...(bot.chats.get(id)?.messages.values() ?? [])].filter((m) => m.from === 'bot').length;
  try {
    const reminder = sys.supervise('reminder');
    // The whole system runs, so the end state can be judged as an operator would (/healthz, heartbeats).
    sys.supervise('bot-poller', { POLL_TIMEOUT_SEC: '2' });
    let midFanOut = 0;
    const recoveryMs: number[] = [];
    const everyone: number[] = [];
    const sentAtKill: number[] = [];
    for (let run = 0; run < runs; run++) {
      const first = 2_000_001 + run * 100_000;
      const ids = Array.from({ length: perRound }, (_, i) => first + i);
      // Every user has written to the bot (in process: thousands of HTTP round trips would only slow this).
      for (const id of ids)
        bot.chatFor(sys.sandbox.state.addUser({ id, first_name: `Runner ${id}` })).started = true;
      await seedRunners(
        sys.sql,
        ids.map((id) => ({ id, zone: 'Europe/Berlin', workouts: ['2026-03-30'] })),
      );
      everyone.push(...ids);
      const last = first + perRound - 1;
      const sentRows = async () =>
        (
          await sys.sql<{ n: number }[]>`
            select count(*)::int as n from reminder_deliveries
            where user_id between ${first} and ${last} and status = 'sent'`
        )[0]?.n ?? 0;
      // Kill somewhere between 20 % and 60 % of the round's fan-out.
      const killAt = Math.round(perRound * (0.2 + Math.random() * 0.4));
      const waitStart = Date.now();
      let sent = 0;
      while (Date.now() - waitStart < 60_000) {
        sent = await sentRows();
        if (sent >= killAt) break;
        await sleep(10);
      }
      if (sent < killAt) {
        notes.push(`round ${run}: only ${sent} of ${perRound} sent before the kill was due`);
        break;
      }
      const killedAt = Date.now();
      await reminder.kill9();
      sentAtKill.push(await sentRows());
      // Claims of the dead process still open right after the kill: it died mid-fan-out.
      const [open] = await sys.sql<{ n: number }[]>`
        select count(*)::int as n from reminder_deliveries
        where user_id between ${first} and ${last} and status in ('claimed', 'sending')`;
      if ((open?.n ?? 0) > 0) midFanOut++;
      const deadline = killedAt + (options.roundTimeoutMs ?? 90_000);
      let complete = false;
      while (Date.now() < deadline) {
        if (ids.every((id) => received(id) >= 1) && (await sentRows()) === perRound) {
          complete = true;
          break;
        }
        await sleep(50);
      }
      if (!complete) {
        notes.push(
          `round ${run}: ${ids.filter((id) => received(id) === 0).length} users without a reminder, ` +
            `${perRound - (await sentRows())} rows not sent after the timeout`,
        );
        break;
      }
      recoveryMs.push(Date.now() - killedAt);
    }
    // A few more passes of the restarted leader: a late re-send would show up here.
    await sleep(3_000);
    const rows = await sys.sql<{ user_id: number; status: string; possible_duplicate: boolean }[]>`
      select user_id::int as user_id, status, possible_duplicate from reminder_deliveries`;
    const byUser = new Map<number, Array<{ status: string; possible_duplicate: boolean }>>();
    for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
    let lost = 0;
    let undetected = 0;
    let flaggedRepeats = 0;
    let flagged = 0;
    let dbTwice = 0;
    for (const id of everyone) {
      const own = byUser.get(id) ?? [];
      const n = received(id);
      const isFlagged = own.some((r) => r.possible_duplicate);
      if (isFlagged) flagged++;
      if (n === 0 || own.length === 0 || own.some((r) => r.status !== 'sent')) lost++;
      if (own.length > 1) dbTwice++;
      if (n > 1) {
        if (isFlagged) flaggedRepeats += n - 1;
        else undetected += n - 1;
      }
    }
    const stale = rows.filter((r) => r.status === 'stale').length;
    notes.push(
      `killed after ${sentAtKill.join(', ')} of ${perRound} sent at ${rate}/s; ${flagged} rows flagged ` +
        `possible_duplicate (re-sent), ${flaggedRepeats} of them seen twice by the user`,
    );
    if (stale > 0) notes.push(`${stale} rows stale`);
    if (reminder.crashes > 0) notes.push(`reminder crashed ${reminder.crashes}× on its own`);
    const harms = await findHarm(sys);
    return {
      scenario: 'kill -9 reminder mid-fan-out',
      runs: recoveryMs.length,
      sent: everyone.length,
      lost,
      appliedTwice: dbTwice + undetected,
      detectedResends: flagged,
      recoveryMs,
      harms,
      kills: { total: recoveryMs.length, midWork: midFanOut, what: 'mid-fan-out' },
      notes,
    };
  } finally {
    await sys.close();
  }
}
