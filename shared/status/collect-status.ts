import type { Config } from '../config/index.js';
import type { Sql } from '../db/index.js';
import type { Heartbeat } from '../health/heartbeat.js';
import {
  type Pm2AppState,
  type Pm2Control,
  readAllHeartbeats,
  type StrayProcess,
  type StrayScan,
  strayFrom409,
  type WatchdogDecision,
  type WatchedBeat,
} from '../health/index.js';
import { redactText } from '../log/redact.js';
import { type DbSnapshot, readDbSnapshot } from './db-snapshot.js';
import { type RecentError, readRecentErrors } from './recent-errors.js';

/** ok = green, warn = amber (unknown / starting), bad = red. */
export type Verdict = 'ok' | 'warn' | 'bad';

/** One app's row: PM2's view, its heartbeat, and the verdict with reasons. */
export interface AppStatus {
  readonly name: string;
  readonly verdict: Verdict;
  readonly reasons: string[];
  readonly pm2: Pm2AppState | undefined;
  readonly heartbeat:
    | { state: string; pid: number; pidAlive: boolean; beatAgeMs: number; progressAgeMs: number }
    | undefined;
}

/** Who polls Telegram, from bot-poller's heartbeat files. */
export interface PollerStatus {
  readonly mode: 'polling' | 'webhook';
  readonly verdict: Verdict;
  readonly reason: string;
  readonly leaderPid: number | undefined;
  readonly lastGetUpdatesAt: string | undefined;
  readonly lastUpdateId: number | undefined;
  readonly alarm: string | undefined;
  readonly standbyPids: number[];
}

/** Everything the status page, /healthz and the metrics show. Contains no personal data. */
export interface StatusReport {
  readonly generatedAt: string;
  /** /healthz verdict: the database answers and bot-poller's heartbeat is fresh. */
  readonly healthy: boolean;
  /** Why not healthy (empty when healthy). */
  readonly problems: string[];
  readonly staleMs: number;
  readonly pm2: { reachable: boolean; error: string | undefined };
  readonly apps: AppStatus[];
  readonly poller: PollerStatus;
  readonly db: DbSnapshot;
  readonly watchdog: readonly WatchdogDecision[];
  /** Bot processes outside PM2: the host scan and poller-lock owner (watchdog), and the 409 pattern. */
  readonly strays: { readonly found: readonly StrayProcess[]; readonly scanError: string | undefined };
  readonly errors: RecentError[];
  /** Local mode (sandbox): the page links /chat. */
  readonly local: boolean;
}

export interface CollectStatusOptions {
  readonly config: Config;
  readonly sql: Sql;
  readonly pm2: Pm2Control;
  /** A heartbeat older than this is stale (HEALTH_STALE_MS, default 60 s). */
  readonly staleMs: number;
  /** The watchdog's last decisions, shown as alarms. */
  readonly watchdog?: readonly WatchdogDecision[];
  /** The watchdog's last scan for strays (none when omitted). */
  readonly strays?: StrayScan;
  /** Where the database figures come from (default: a fresh `readDbSnapshot(sql)`; the web app caches). */
  readonly readDb?: () => Promise<DbSnapshot>;
  readonly now?: number;
}

/**
 * Apps judged by progress (`progressAt`) rather than by the heartbeat timer (`time`): bot-poller while it
 * polls (progressAt = last completed getUpdates). In webhook mode bot-poller does not poll, so its timer is
 * what proves it alive.
 *
 * @example
 * progressApps(config); // ['bot-poller'] in polling mode
 */
export function progressApps(config: Config): string[] {
  return config.telegram.mode === 'polling' ? ['bot-poller'] : [];
}

/** Apps that should be running, in display order (postgres/sandbox only in local mode). */
function expectedApps(config: Config): string[] {
  return [
    ...(config.databaseUrl ? [] : ['postgres']),
    ...(config.telegram.local ? ['sandbox'] : []),
    'bot-poller',
    'reminder',
    'vision',
    'web',
  ];
}

/** Apps that write no heartbeat file. */
const NO_HEARTBEAT = new Set(['sandbox']);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

function ageOf(iso: string, now: number): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : now - at;
}

function pickBeat(app: string, beats: readonly WatchedBeat[], pm2: Pm2AppState | undefined) {
  const own = beats.filter((b) => b.beat.app === app);
  return (
    (pm2?.pid !== undefined ? own.find((b) => b.beat.pid === pm2.pid) : undefined) ??
    own.find((b) => b.file === app) ??
    own[0]
  );
}

function judgeApp(
  name: string,
  pm2: Pm2AppState | undefined,
  pm2Reachable: boolean,
  found: WatchedBeat | undefined,
  options: { now: number; staleMs: number; byProgress: boolean; watchdog: readonly WatchdogDecision[] },
): AppStatus {
  const reasons: string[] = [];
  let verdict: Verdict = 'ok';
  const worse = (v: Verdict, reason: string) => {
    if (v === 'bad' || (v === 'warn' && verdict === 'ok')) verdict = v;
    reasons.push(reason);
  };
  if (pm2Reachable) {
    if (!pm2) worse('bad', 'not known to PM2');
    else if (pm2.status !== 'online' && (pm2.exitCode === 78 || pm2.exitCode === 79)) {
      // PM2 labels these "waiting restart" (exp_backoff_restart_delay) but never restarts them.
      const why =
        pm2.exitCode === 78 ? 'invalid configuration' : 'a migration file changed after it was applied';
      worse('bad', `stopped for good (exit ${pm2.exitCode}: ${why}); see its log, fix, then restart it`);
    } else if (pm2.status !== 'online') worse('bad', `PM2 status: ${pm2.status}`);
  }
  let heartbeat: AppStatus['heartbeat'];
  if (found) {
    const beat: Heartbeat = found.beat;
    heartbeat = {
      state: beat.state,
      pid: beat.pid,
      pidAlive: pidAlive(beat.pid),
      beatAgeMs: ageOf(beat.time, options.now),
      progressAgeMs: ageOf(beat.progressAt, options.now),
    };
    const ageMs = options.byProgress ? heartbeat.progressAgeMs : heartbeat.beatAgeMs;
    if (!heartbeat.pidAlive) worse('bad', `process ${beat.pid} is gone (heartbeat left behind)`);
    else if (ageMs > options.staleMs) {
      worse(
        'bad',
        `stale heartbeat: ${options.byProgress ? 'last progress' : 'last beat'} ${seconds(ageMs)} ago`,
      );
    }
    const alarm = typeof beat.detail.alarm === 'string' ? beat.detail.alarm : undefined;
    if (beat.state === 'degraded') worse('bad', `degraded${alarm ? `: ${alarm}` : ''}`);
    else if (alarm) worse('bad', `alarm: ${alarm}`);
    if (beat.state === 'starting') worse('warn', 'starting');
    if (beat.state === 'stopping') worse('warn', 'stopping');
  } else if (NO_HEARTBEAT.has(name)) {
    if (!pm2Reachable) worse('warn', 'no heartbeat file; PM2 unreachable, state unknown');
  } else if (!pm2 || pm2.status === 'online') {
    worse('bad', 'no heartbeat file (not running?)');
  }
  for (const d of options.watchdog) {
    if (d.app !== name) continue;
    if (d.action === 'alarm') worse('bad', `watchdog alarm: ${d.reason}`);
    else if (d.action === 'cooldown') worse('bad', `watchdog waiting: ${d.reason}`);
  }
  return { name, verdict, reasons, pm2, heartbeat };
}

function judgePoller(
  config: Config,
  beats: readonly WatchedBeat[],
  now: number,
  staleMs: number,
): PollerStatus {
  const mode = config.telegram.mode;
  const leader = beats.find((b) => b.file === 'bot-poller')?.beat;
  const standbyPids = beats
    .filter((b) => b.file.startsWith('bot-poller.standby-') && pidAlive(b.beat.pid))
    .map((b) => b.beat.pid);
  const detail = leader?.detail ?? {};
  const base = {
    mode,
    leaderPid: leader?.pid,
    // In polling mode the leader's progressAt is its last completed getUpdates (detail lags by one tick).
    lastGetUpdatesAt:
      typeof detail.lastGetUpdatesAt === 'string'
        ? detail.lastGetUpdatesAt
        : mode === 'polling' && leader
          ? leader.progressAt
          : undefined,
    lastUpdateId: typeof detail.lastUpdateId === 'number' ? detail.lastUpdateId : undefined,
    alarm: typeof detail.alarm === 'string' ? detail.alarm : undefined,
    standbyPids,
  };
  if (!leader) {
    const reason =
      standbyPids.length > 0
        ? `no bot-poller holds the poller role (standby: ${standbyPids.join(', ')})`
        : 'bot-poller heartbeat missing (bot-poller.health)';
    return { ...base, verdict: 'bad', reason };
  }
  const ageMs = ageOf(mode === 'polling' ? leader.progressAt : leader.time, now);
  const what = mode === 'polling' ? 'last getUpdates' : 'last heartbeat';
  if (ageMs > staleMs) {
    return { ...base, verdict: 'bad', reason: `bot-poller heartbeat stale: ${what} ${seconds(ageMs)} ago` };
  }
  if (!pidAlive(leader.pid)) {
    return { ...base, verdict: 'bad', reason: `bot-poller process ${leader.pid} is gone` };
  }
  if (base.alarm) return { ...base, verdict: 'bad', reason: `bot-poller alarm: ${base.alarm}` };
  return { ...base, verdict: 'ok', reason: `${what} ${seconds(ageMs)} ago` };
}

/**
 * Collects the verdicts shown on `/` and `/healthz`: PM2 apps, heartbeats, the poller role, the database
 * (reachability, latency, counters), the watchdog's alarms and the last error log lines (sanitised).
 *
 * @example
 * const report = await collectStatus({ config, sql, pm2: new Pm2Client(), staleMs: 60_000 });
 * ctx.status = report.healthy ? 200 : 503;
 */
export async function collectStatus(options: CollectStatusOptions): Promise<StatusReport> {
  const { config, sql, staleMs } = options;
  const [pm2Result, db] = await Promise.all([
    options.pm2.list().then(
      (apps) => ({ apps, error: apps ? undefined : 'PM2 is not running (no daemon on PM2_HOME/rpc.sock)' }),
      (err: unknown) => ({ apps: undefined, error: String((err as Error).message ?? err) }),
    ),
    options.readDb ? options.readDb() : readDbSnapshot(sql),
  ]);
  const now = options.now ?? Date.now();
  const beats = readAllHeartbeats(config.dataDir);
  const pm2Apps = pm2Result.apps;
  const names = [...expectedApps(config)];
  for (const app of pm2Apps ?? []) if (!names.includes(app.name)) names.push(app.name);
  const byProgress = progressApps(config);
  const apps = names.map((name) => {
    const pm2 = pm2Apps?.find((a) => a.name === name);
    return judgeApp(name, pm2, pm2Apps !== undefined, pickBeat(name, beats, pm2), {
      now,
      staleMs,
      byProgress: byProgress.includes(name),
      watchdog: options.watchdog ?? [],
    });
  });
  const poller = judgePoller(config, beats, now, staleMs);
  const problems: string[] = [];
  const safeDb: DbSnapshot = db.error ? { ...db, error: redactText(db.error, config.secrets) } : db;
  if (!safeDb.reachable) problems.push(`database down: ${safeDb.error}`);
  if (poller.verdict === 'bad' && !poller.reason.startsWith('bot-poller alarm')) problems.push(poller.reason);
  return {
    generatedAt: new Date(now).toISOString(),
    healthy: problems.length === 0,
    problems,
    staleMs,
    pm2: { reachable: pm2Apps !== undefined, error: pm2Result.error },
    apps,
    poller,
    db: safeDb,
    watchdog: options.watchdog ?? [],
    strays: {
      found: [
        ...(options.strays?.strays ?? []),
        ...[strayFrom409(poller.alarm)].filter((s) => s !== undefined),
      ],
      scanError: options.strays?.error,
    },
    errors: readRecentErrors(config.logDir, config.secrets),
    local: config.telegram.local,
  };
}
