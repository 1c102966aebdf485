import { readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Heartbeat } from './heartbeat.js';
import { readHeartbeat, runDir } from './heartbeat.js';
import { type Pm2LogRotation, rotatePm2Logs } from './pm2-log-rotation.js';
import { type StrayOutcome, terminateStrays } from './stray-terminator.js';
import { type StrayProcess, type StrayScan, scanHostStrays } from './strays.js';

/** One heartbeat file as read from `DATA_DIR/run` (`file` is the name without `.health`). */
export interface WatchedBeat {
  readonly file: string;
  readonly beat: Heartbeat;
}

/** What PM2 says about one app (from `pm2.list()`). */
export interface Pm2AppState {
  readonly name: string;
  readonly pid: number | undefined;
  /** PM2's `pm2_env.status`: online, stopping, stopped, launching, errored, one-launch-status. */
  readonly status: string;
  /** When PM2 last (re)started the app (ms since epoch), if known. */
  readonly startedAt: number | undefined;
  readonly restarts: number;
  readonly memoryBytes: number | undefined;
  readonly cpuPercent: number | undefined;
  /** Exit code of the app's last exit, when PM2 knows it (78/79: stopped for good, see start-app). */
  readonly exitCode?: number;
}

/** Restart times (ms since epoch) per app, newest last. */
export type RestartHistory = ReadonlyMap<string, readonly number[]>;

export interface WatchdogPolicy {
  /** A heartbeat older than this is stale (default 45 s). */
  readonly staleMs: number;
  /** At most one restart per app within this window (default 2 min). */
  readonly cooldownMs: number;
  /** At most this many restarts per app per hour (default 5); past it the watchdog only alarms. */
  readonly maxPerHour: number;
  /**
   * Apps judged by `progressAt` (real progress, e.g. bot-poller's last completed getUpdates); every other
   * app by `time` (the file is rewritten every 5 s by a timer, so a stale `time` means a frozen process).
   */
  readonly progressApps: readonly string[];
  /** Apps never restarted by the watchdog (the web app cannot watch itself). */
  readonly ignore: readonly string[];
}

/** Default policy: 45 s staleness, one restart per 2 min, five per hour, bot-poller judged by progress. */
export const DEFAULT_WATCHDOG_POLICY: WatchdogPolicy = {
  staleMs: 45_000,
  cooldownMs: 120_000,
  maxPerHour: 5,
  progressApps: ['bot-poller'],
  ignore: ['web'],
};

/** The watchdog's verdict on one app. */
export interface WatchdogDecision {
  readonly app: string;
  /**
   * `restart`: do it now · `cooldown`: stale but restarted recently, wait · `alarm`: stale and over the
   * hourly limit, only alarm · `report`: stale but PM2 is unreachable, nothing to restart with.
   */
  readonly action: 'restart' | 'cooldown' | 'alarm' | 'report';
  readonly reason: string;
  /** The stale process (for `restart`). */
  readonly pid?: number;
}

/**
 * Decides which apps to restart. Pure: no I/O, `now` given. An app is restarted only when PM2 says it is
 * online, its current process (PM2's pid) wrote a heartbeat, and that heartbeat is stale; a stopped or
 * errored app is PM2's business, and an app without a heartbeat from its current pid is left alone.
 * `pm2Apps === undefined` means PM2 is unreachable: stale heartbeats are only reported.
 *
 * @example
 * const decisions = decideRestarts(beats, pm2Apps, history, Date.now());
 * for (const d of decisions) if (d.action === 'restart') pm2.restart(d.app, cb);
 */
export function decideRestarts(
  heartbeats: readonly WatchedBeat[],
  pm2Apps: readonly Pm2AppState[] | undefined,
  history: RestartHistory,
  now: number,
  policy: WatchdogPolicy = DEFAULT_WATCHDOG_POLICY,
): WatchdogDecision[] {
  const decisions: WatchdogDecision[] = [];
  const staleness = (app: string, beat: Heartbeat) => {
    const field = policy.progressApps.includes(app) ? 'progressAt' : 'time';
    const at = Date.parse(beat[field]);
    const ageMs = Number.isNaN(at) ? Number.POSITIVE_INFINITY : now - at;
    return ageMs > policy.staleMs ? { field, ageMs } : undefined;
  };

  if (pm2Apps === undefined) {
    for (const { file, beat } of heartbeats) {
      if (policy.ignore.includes(beat.app) || beat.state === 'stopping') continue;
      const stale = staleness(beat.app, beat);
      if (!stale) continue;
      decisions.push({
        app: beat.app,
        action: 'report',
        reason: `${file}: ${describeStale(stale)}; PM2 unreachable, not restarting`,
      });
    }
    return decisions;
  }

  for (const app of pm2Apps) {
    if (policy.ignore.includes(app.name) || app.status !== 'online' || app.pid === undefined) continue;
    const own = heartbeats.find((h) => h.beat.app === app.name && h.beat.pid === app.pid);
    if (!own || own.beat.state === 'stopping') continue;
    const stale = staleness(app.name, own.beat);
    if (!stale) continue;
    const reason = `${own.file} (pid ${app.pid}): ${describeStale(stale)} while PM2 says online`;
    const past = (history.get(app.name) ?? []).filter((t) => now - t < 3_600_000);
    const last = past.at(-1);
    if (past.length >= policy.maxPerHour) {
      decisions.push({
        app: app.name,
        action: 'alarm',
        reason: `${reason}; already restarted ${past.length} times this hour, only alarming`,
      });
    } else if (last !== undefined && now - last < policy.cooldownMs) {
      decisions.push({
        app: app.name,
        action: 'cooldown',
        reason: `${reason}; restarted ${Math.round((now - last) / 1000)} s ago, waiting`,
      });
    } else {
      decisions.push({ app: app.name, action: 'restart', reason, pid: app.pid });
    }
  }
  return decisions;
}

function describeStale(stale: { field: string; ageMs: number }): string {
  const age = Number.isFinite(stale.ageMs) ? `${Math.round(stale.ageMs / 1000)} s` : 'unknown time';
  return `heartbeat ${stale.field} ${age} old`;
}

/**
 * Reads every heartbeat file in `DATA_DIR/run` (including bot-poller's `standby-<pid>` files).
 *
 * @example
 * const beats = readAllHeartbeats('data'); // [{ file: 'bot-poller', beat: {...} }, …]
 */
export function readAllHeartbeats(dataDir: string): WatchedBeat[] {
  let names: string[];
  try {
    names = readdirSync(runDir(dataDir));
  } catch {
    return [];
  }
  const beats: WatchedBeat[] = [];
  for (const name of names.sort()) {
    if (!name.endsWith('.health')) continue;
    const file = name.slice(0, -'.health'.length);
    const beat = readHeartbeat(dataDir, file);
    if (beat) beats.push({ file, beat });
  }
  return beats;
}

/** The PM2 operations the watchdog needs (implemented by `Pm2Client` in shared/status). */
export interface Pm2Control {
  /** The app list, or `undefined` when no PM2 daemon answers. */
  list(): Promise<Pm2AppState[] | undefined>;
  restart(name: string): Promise<void>;
}

/** Minimal logger shape (winston's fits). */
export interface WatchdogLog {
  info(message: string, meta?: Record<string, unknown>): unknown;
  warn(message: string, meta?: Record<string, unknown>): unknown;
  error(message: string, meta?: Record<string, unknown>): unknown;
}

export interface WatchdogOptions {
  readonly dataDir: string;
  readonly pm2: Pm2Control;
  readonly log: WatchdogLog;
  /** Check period (default 5 s). */
  readonly intervalMs?: number;
  readonly policy?: Partial<WatchdogPolicy>;
  /**
   * Stray pollers (this installation's bot processes outside PM2): scanned on every check while PM2
   * answers; `kill` terminates them (SIGTERM, then SIGKILL after `graceMs`). Omitted: no scan.
   */
  readonly strays?: {
    readonly policy: 'report' | 'kill';
    readonly pm2Home?: string;
    readonly graceMs?: number;
    /** Replaces the host scan (tests). */
    readonly scan?: (pm2Pids: readonly number[]) => Promise<StrayScan>;
  };
  /** PM2's own log copies, rotated on every check (PM2 never rotates them). */
  readonly pm2Logs?: Pm2LogRotation;
}

/**
 * Runs {@link decideRestarts} every 5 s against the heartbeat files and PM2, restarts what it decides,
 * logs every reason, and keeps the last decisions for the status page. Lives in the web app: a watchdog
 * must not live in the process it watches.
 *
 * @example
 * const dog = new Watchdog({ dataDir, pm2: new Pm2Client(), log });
 * dog.start(); … await dog.stop();
 */
export class Watchdog {
  private readonly history = new Map<string, number[]>();
  private readonly policy: WatchdogPolicy;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private last: WatchdogDecision[] = [];
  private alarmed = new Set<string>();
  private lastStrays: StrayScan = { strays: [], error: undefined };

  constructor(private readonly options: WatchdogOptions) {
    this.policy = { ...DEFAULT_WATCHDOG_POLICY, ...options.policy };
  }

  /** Decisions of the last check (restarts, cooldowns, alarms, reports). */
  get decisions(): readonly WatchdogDecision[] {
    return this.last;
  }

  /** The last scan for strays (empty when PM2 is unreachable or no scan is configured). */
  get strays(): StrayScan {
    return this.lastStrays;
  }

  /** Restart times per app within the last hour. */
  get restarts(): RestartHistory {
    return this.history;
  }

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.check().then(() => {
        this.running = undefined;
      });
    }, this.options.intervalMs ?? 5_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One check: read, decide, act. Never throws. */
  async check(now = Date.now()): Promise<readonly WatchdogDecision[]> {
    const { log, pm2, dataDir } = this.options;
    try {
      const apps = await pm2.list().catch(() => undefined);
      const decisions = decideRestarts(readAllHeartbeats(dataDir), apps, this.history, now, this.policy);
      const alarmedNow = new Set<string>();
      for (const d of decisions) {
        if (d.action === 'restart') {
          log.warn(`watchdog: restarting ${d.app}: ${d.reason}`);
          this.history.set(
            d.app,
            [...(this.history.get(d.app) ?? []), now].filter((t) => now - t < 3_600_000),
          );
          // A stale heartbeat means a hung event loop or a stopped process: it cannot run its graceful stop
          // (PM2 would wait kill_timeout — 40 s for bot-poller — before SIGKILL). Kill it at once: the
          // inbox and outbox make a kill -9 safe, and the restart below starts a fresh process.
          if (d.pid) {
            try {
              process.kill(d.pid, 'SIGKILL');
            } catch {
              // already gone
            }
          }
          await pm2.restart(d.app).catch((err: unknown) => {
            log.error(`watchdog: restart of ${d.app} failed: ${String(err)}`);
          });
        } else if (d.action === 'alarm') {
          alarmedNow.add(d.app);
          if (!this.alarmed.has(d.app)) log.error(`ALARM: watchdog gave up restarting ${d.app}: ${d.reason}`);
        } else if (
          d.action === 'report' &&
          !this.last.some((p) => p.app === d.app && p.action === 'report')
        ) {
          log.warn(`watchdog: ${d.app} looks stale: ${d.reason}`);
        }
      }
      this.alarmed = alarmedNow;
      this.last = decisions;
      await this.checkStrays(apps);
      if (this.options.pm2Logs)
        for (const name of rotatePm2Logs(this.options.pm2Logs)) log.info(`watchdog: rotated PM2 log ${name}`);
      return decisions;
    } catch (err) {
      log.error(`watchdog check failed: ${String(err)}`);
      return this.last;
    }
  }

  /** Scans for strays while PM2 answers (without it, ours cannot be told from strays) and acts on them. */
  private async checkStrays(apps: readonly Pm2AppState[] | undefined): Promise<void> {
    const { strays: settings, log, dataDir } = this.options;
    if (!settings || apps === undefined) {
      this.lastStrays = { strays: [], error: undefined };
      return;
    }
    const pm2Pids = apps.flatMap((a) => (a.pid ? [a.pid] : []));
    const scan = settings.scan
      ? await settings.scan(pm2Pids)
      : await scanHostStrays({ dataDir, pm2Pids, pm2Home: settings.pm2Home });
    const known = new Set(this.lastStrays.strays.map((s) => `${s.host}:${s.pid}`));
    for (const s of scan.strays)
      if (!known.has(`${s.host}:${s.pid}`)) log.error(`ALARM: stray ${describeStray(s)}`);
    this.lastStrays = scan;
    if (settings.policy !== 'kill' || scan.strays.length === 0) return;
    const outcomes = await terminateStrays(scan.strays, {
      host: hostname(),
      protectedPids: pm2Pids,
      graceMs: settings.graceMs,
    });
    for (const o of outcomes)
      log.warn(`watchdog: stray ${o.app ?? 'process'} pid ${o.pid}: ${describeOutcome(o)}`);
  }
}

/**
 * One line for a stray (logs, scripts).
 *
 * @example
 * describeStray(stray); // 'bot-poller pid 4242 on vm1 (process-scan): bot-poller outside PM2 …'
 */
export function describeStray(s: StrayProcess): string {
  return `${s.app ?? 'process'} pid ${s.pid ?? '?'} on ${s.host} (${s.source}): ${s.detail}`;
}

function describeOutcome(o: StrayOutcome): string {
  if (o.outcome === 'stopped') return 'stopped by SIGTERM';
  if (o.outcome === 'killed') return 'did not stop on SIGTERM, killed (SIGKILL)';
  if (o.outcome === 'gone') return 'already gone';
  return `could not be signalled: ${o.error ?? 'unknown error'}`;
}
