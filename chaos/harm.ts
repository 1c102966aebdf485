import { readAllHeartbeats } from '../shared/health/index.js';
import { pidIsAlive } from '../shared/sync/index.js';
import type { ChaosSystem } from './chaos-system.js';
import { sleep } from './ledger.js';

/** Options of {@link findHarm}. */
export interface HarmOptions {
  /** How long the system gets to settle (outbox drained, alarms cleared, /healthz green); default 60 s. */
  readonly settleMs?: number;
  /** Apps whose heartbeat must exist at the end (default: every supervised app but web). */
  readonly apps?: readonly string[];
}

/** Rows that should not exist once the system has settled: each a harm a user or operator would see. */
async function harmfulRows(sys: ChaosSystem): Promise<string[]> {
  const [row] = await sys.sql<
    {
      outbox_open: number;
      outbox_failed: number;
      inbox_open: number;
      inbox_failed: number;
      jobs_dead: number;
      jobs_open: number;
      reminders_failed: number;
    }[]
  >`
    select
      (select count(*)::int from outgoing_messages where status in ('pending', 'sending')) as outbox_open,
      (select count(*)::int from outgoing_messages where status = 'failed') as outbox_failed,
      (select count(*)::int from telegram_updates where status = 'pending') as inbox_open,
      (select count(*)::int from telegram_updates where status = 'failed') as inbox_failed,
      (select count(*)::int from jobs where status = 'dead') as jobs_dead,
      (select count(*)::int from jobs where status in ('pending', 'running') and run_at <= now()) as jobs_open,
      (select count(*)::int from reminder_deliveries where status = 'failed') as reminders_failed`;
  const harms: string[] = [];
  const say = (n: number | undefined, what: string) => {
    if ((n ?? 0) > 0) harms.push(`${n} ${what}`);
  };
  say(row?.outbox_open, 'outgoing messages still pending/sending (outbox not settled)');
  say(row?.outbox_failed, 'outgoing messages failed');
  say(row?.inbox_open, 'updates still pending in the inbox');
  say(row?.inbox_failed, 'updates failed');
  say(row?.jobs_dead, 'jobs dead');
  say(row?.jobs_open, 'jobs due but not finished');
  say(row?.reminders_failed, 'reminder deliveries failed');
  return harms;
}

/** Heartbeats of live processes that are degraded or carry an alarm, and expected apps without one. */
function heartbeatHarms(sys: ChaosSystem, apps: readonly string[]): string[] {
  const beats = readAllHeartbeats(sys.dataDir).filter((b) => pidIsAlive(b.beat.pid));
  const harms: string[] = [];
  for (const { file, beat } of beats) {
    if (beat.state === 'degraded') harms.push(`${file} heartbeat degraded`);
    const alarm = beat.detail.alarm;
    if (typeof alarm === 'string' && alarm) harms.push(`${file} alarm still raised: ${alarm}`);
  }
  for (const app of apps)
    if (!beats.some((b) => b.file === app)) harms.push(`${app}: no live heartbeat at the end`);
  return harms;
}

/** /healthz of the system's web app (started here when the scenario ran without it). */
async function healthHarm(sys: ChaosSystem): Promise<string[]> {
  if (!sys.apps.some((a) => a.name === 'web')) sys.supervise('web');
  const res = await fetch(`http://127.0.0.1:${sys.env.PORT}/healthz`).catch(() => undefined);
  if (res?.status === 200) return [];
  const body = res ? ((await res.json().catch(() => ({}))) as { reasons?: string[] }) : undefined;
  return [
    `/healthz ${res?.status ?? 'no answer'}${body?.reasons?.length ? `: ${body.reasons.join('; ')}` : ''}`,
  ];
}

/**
 * Everything a user or an operator would call broken once a chaos scenario is over, beyond loss and
 * duplicates: an outbox that does not settle, failed updates or sends, dead or stuck jobs, failed
 * reminders, a degraded heartbeat or an alarm left raised, a missing heartbeat, `/healthz` not 200. Waits
 * up to `settleMs` for the system to heal by itself (that is the claim), then lists what is still wrong.
 *
 * @example
 * const harms = await findHarm(sys); // [] on a healthy system
 */
export async function findHarm(sys: ChaosSystem, options: HarmOptions = {}): Promise<string[]> {
  const apps = options.apps ?? sys.apps.map((a) => a.name).filter((n) => n !== 'web');
  const deadline = Date.now() + (options.settleMs ?? 60_000);
  let harms: string[] = [];
  for (;;) {
    harms = [...(await harmfulRows(sys)), ...heartbeatHarms(sys, apps), ...(await healthHarm(sys))];
    if (harms.length === 0 || Date.now() > deadline) return harms;
    await sleep(500);
  }
}

/**
 * How many kills landed in the middle of work, for the table and the assertions.
 *
 * @example
 * const kills: KillCount = { total: 3, midWork: 3, what: 'mid-batch' };
 */
export interface KillCount {
  readonly total: number;
  readonly midWork: number;
  /** What "in the middle" means for the scenario: `mid-batch`, `mid-job`, `mid-fan-out`, `mid-write`. */
  readonly what: string;
}

/**
 * Right after a kill -9 of bot-poller (the database no longer changes on its behalf): were updates
 * stored but not yet handled, or replies queued or being sent? Then the kill interrupted a batch.
 *
 * @example
 * await poller.kill9(); if (await pollerWorkInFlight(sys)) midBatch++;
 */
export async function pollerWorkInFlight(sys: ChaosSystem): Promise<boolean> {
  const [row] = await sys.sql<{ n: number }[]>`
    select (select count(*)::int from telegram_updates where status = 'pending')
         + (select count(*)::int from outgoing_messages where status in ('pending', 'sending')) as n`;
  return (row?.n ?? 0) > 0;
}
