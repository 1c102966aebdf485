import type { SandboxUser } from '../shared/telegram-sandbox/index.js';
import type { ChaosSystem } from './chaos-system.js';
import type { KillCount } from './harm.js';

/**
 * One row of the chaos table.
 *
 * @example
 * const r: ScenarioResult = { scenario: 'kill -9 bot-poller', runs: 20, sent: 500, lost: 0, appliedTwice: 0,
 *   detectedResends: 1, recoveryMs: [2100, 2500], harms: [], kills: { total: 20, midWork: 20, what: 'mid-batch' },
 *   notes: [] };
 */
export interface ScenarioResult {
  readonly scenario: string;
  readonly runs: number;
  /** Updates the simulated users sent. */
  readonly sent: number;
  /** Updates whose effect never happened (no answer seen, or not processed in the inbox). */
  readonly lost: number;
  /** Effects applied more than once, plus duplicates the user saw that no log line detected. */
  readonly appliedTwice: number;
  /** Re-sends after a kill between Telegram's answer and the "sent" mark, logged as possible duplicates. */
  readonly detectedResends: number;
  /** Recovery time of each run (scenario-specific start, see its file), ms. */
  readonly recoveryMs: readonly number[];
  /**
   * What is still wrong once the system had time to heal (chaos/harm.ts): an unsettled outbox, failed or
   * dead work, a degraded heartbeat, an alarm left raised, `/healthz` not 200, wrong plan sources. Any
   * entry fails the run.
   */
  readonly harms: readonly string[];
  /** Scenarios that kill something: how many kills landed in the middle of work. */
  readonly kills?: KillCount;
  /** Anything else worth reporting (crashes, restarts, alarms). */
  readonly notes: readonly string[];
}

/** Waits `ms`. @example await sleep(100); */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Plain-text notes sent by simulated users and counted back: the fallback handler answers each with
 * `I didn't understand “<note>”…`, so every note has exactly one visible answer and one outbox row.
 *
 * @example
 * const ledger = new NoteLedger(sys, users);
 * await ledger.send(0, 'k-1-0');
 * await ledger.waitAnswered(30_000);
 * const counts = await ledger.tally();
 */
export class NoteLedger {
  /** Notes per user index, in sending order. */
  readonly notes: string[][];

  constructor(
    private readonly sys: ChaosSystem,
    readonly users: readonly SandboxUser[],
  ) {
    this.notes = users.map(() => []);
  }

  /** Number of notes sent so far. */
  get sent(): number {
    return this.notes.reduce((n, list) => n + list.length, 0);
  }

  /** User `i` sends `note` (recorded only once the sandbox accepted it). */
  async send(i: number, note: string): Promise<void> {
    await this.users[i]?.send(note);
    this.notes[i]?.push(note);
  }

  /** Visible answers per note, from each user's chat. */
  async visibleAnswers(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const [i, user] of this.users.entries()) {
      const texts = (await user.botMessages()).map((m) => m.text);
      for (const note of this.notes[i] ?? []) {
        counts.set(note, texts.filter((t) => t.includes(`“${note}”`)).length);
      }
    }
    return counts;
  }

  /** Notes without a visible answer yet. */
  async unanswered(): Promise<number> {
    let n = 0;
    for (const count of (await this.visibleAnswers()).values()) if (count === 0) n++;
    return n;
  }

  /** Waits until every note has an answer; resolves with the time it took, or undefined on timeout. */
  async waitAnswered(timeoutMs: number): Promise<number | undefined> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if ((await this.unanswered()) === 0) return Date.now() - started;
      await sleep(100);
    }
    return undefined;
  }

  /** Waits until the outbox holds no pending or sending rows (re-sends after leases included). */
  async waitOutboxSettled(timeoutMs: number): Promise<boolean> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const [row] = await this.sys.sql<{ n: number }[]>`
        select count(*)::int as n from outgoing_messages where status in ('pending', 'sending')`;
      if (row?.n === 0) return true;
      await sleep(250);
    }
    return false;
  }

  /**
   * Counts lost notes, effects applied twice and re-sends. `detectedLogLines` is the number of
   * `possible duplicate…` lines the apps logged.
   */
  async tally(detectedLogLines: number): Promise<{ lost: number; appliedTwice: number; detected: number }> {
    const visible = await this.visibleAnswers();
    const rows = await this.sys.sql<{ text: string | null }[]>`
      select payload->>'text' as text from outgoing_messages`;
    const texts = rows.map((r) => r.text ?? '');
    let lost = 0;
    let dbTwice = 0;
    let seenResends = 0;
    for (const [note, count] of visible) {
      const effects = texts.filter((t) => t.includes(`“${note}”`)).length;
      if (count === 0 || effects === 0) lost++;
      if (effects > 1) dbTwice++;
      if (count > 1) seenResends += count - 1;
    }
    const [pending] = await this.sys.sql<{ n: number }[]>`
      select count(*)::int as n from telegram_updates where status <> 'processed'`;
    lost = Math.max(lost, pending?.n ?? 0);
    const undetected = Math.max(0, seenResends - detectedLogLines);
    return { lost, appliedTwice: dbTwice + undetected, detected: Math.min(seenResends, detectedLogLines) };
  }
}

/**
 * Creates `n` simulated users named `<prefix>1…n`.
 *
 * @example
 * const users = makeUsers(sys, 4, 'Kill');
 */
export function makeUsers(sys: ChaosSystem, n: number, prefix: string): SandboxUser[] {
  return Array.from({ length: n }, (_, i) => sys.client.user({ first_name: `${prefix}${i + 1}` }));
}

/**
 * Median and maximum of a list of durations, e.g. `1.2 s / 3.4 s`.
 *
 * @example
 * formatRecovery([1000, 3000, 2000]); // '2.0 s / 3.0 s'
 */
export function formatRecovery(ms: readonly number[]): string {
  if (ms.length === 0) return '—';
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const max = sorted.at(-1) ?? 0;
  return `${(median / 1000).toFixed(1)} s / ${(max / 1000).toFixed(1)} s`;
}
