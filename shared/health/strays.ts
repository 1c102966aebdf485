import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import psList from 'ps-list';
import { pidIsAlive } from '../sync/index.js';
import { runDir } from './heartbeat.js';

/** The apps whose entry points mark a bot process (`apps/<name>/main.js|ts`, compiled or through tsx). */
const ENTRY_POINT = /(?:^|[\s/])apps\/(bot-poller|reminder|vision|web)\/main\.(?:js|ts)(?:\s|$)/;

/** A bot process outside this PM2: where it was seen and how. */
export interface StrayProcess {
  /** Unknown when only Telegram's 409 answers betray it (another machine, or beyond this host's view). */
  readonly pid: number | undefined;
  readonly host: string;
  /** The app it runs (`bot-poller`, …), when known. */
  readonly app: string | undefined;
  /** `process-scan`: an entry point on this host · `poller-lock`: owns our lock · `telegram-409`. */
  readonly source: 'process-scan' | 'poller-lock' | 'telegram-409';
  readonly detail: string;
}

/** One process as the scan sees it (ps-list's fields that matter). */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly cmd: string;
}

/** Inputs of {@link classifyStrays}: everything read from the host beforehand, so the decision is pure. */
export interface StrayScanInput {
  readonly processes: readonly ProcessInfo[];
  /** Pids PM2 reports for its apps, and PM2's daemon: they and their descendants are never strays. */
  readonly pm2Pids: readonly number[];
  /** This installation's DATA_DIR (absolute). */
  readonly dataDir: string;
  /** The DATA_DIR a process runs with (absolute), or undefined when it cannot be read. */
  readonly dataDirOf: (pid: number) => string | undefined;
  /** The pid recorded as the poller lock's owner on this host, if any and alive. */
  readonly lockOwnerPid: number | undefined;
  readonly selfPid: number;
  readonly host: string;
}

/**
 * Finds this installation's bot processes that PM2 does not run. A process counts when its command runs
 * an app entry point AND it works on the same DATA_DIR (so test systems and other checkouts on the
 * machine are never mistaken for ours); PM2's apps, their children and this process are excluded. The
 * poller lock's owner is a stray when it is none of PM2's processes. Pure.
 *
 * @example
 * classifyStrays({ processes, pm2Pids: [101, 102], dataDir: '/srv/bot/data', dataDirOf, lockOwnerPid: 77,
 *   selfPid: process.pid, host: 'vm1' }); // [{ pid: 77, source: 'process-scan', app: 'bot-poller', … }]
 */
export function classifyStrays(input: StrayScanInput): StrayProcess[] {
  const parent = new Map(input.processes.map((p) => [p.pid, p.ppid]));
  const managed = new Set(input.pm2Pids);
  const underPm2 = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; at = parent.get(at), hops++)
      if (managed.has(at)) return true;
    return false;
  };
  const strays: StrayProcess[] = [];
  for (const proc of input.processes) {
    const app = ENTRY_POINT.exec(proc.cmd)?.[1];
    if (!app || proc.pid === input.selfPid || underPm2(proc.pid)) continue;
    if (input.dataDirOf(proc.pid) !== input.dataDir) continue;
    strays.push({
      pid: proc.pid,
      host: input.host,
      app,
      source: 'process-scan',
      detail: `${app} outside PM2 on this DATA_DIR: ${proc.cmd.slice(0, 160)}`,
    });
  }
  const owner = input.lockOwnerPid;
  if (
    owner !== undefined &&
    owner !== input.selfPid &&
    !underPm2(owner) &&
    !strays.some((s) => s.pid === owner)
  ) {
    strays.push({
      pid: owner,
      host: input.host,
      app: 'bot-poller',
      source: 'poller-lock',
      detail: `holds the poller lock in ${runDir(input.dataDir)} but is not PM2's bot-poller`,
    });
  }
  return strays;
}

/**
 * The DATA_DIR a process works on, from `/proc/<pid>/environ` and its working directory (Linux; the
 * default `data` is relative to it). Undefined when unreadable (another user's process, or gone).
 *
 * @example
 * processDataDir(1234); // '/srv/bot/data'
 */
export function processDataDir(pid: number): string | undefined {
  try {
    const cwd = readlinkSync(`/proc/${pid}/cwd`);
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const value = env.find((kv) => kv.startsWith('DATA_DIR='))?.slice('DATA_DIR='.length);
    return resolve(cwd, value || 'data');
  } catch {
    return undefined;
  }
}

/** The live pid in `DATA_DIR/run/bot-poller.owner` (written by the poller lock's holder), if any. */
function lockOwner(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(runDir(dataDir), 'bot-poller.owner'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 && pidIsAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** PM2's daemon pid (`PM2_HOME/pm2.pid`), if readable. */
function pm2DaemonPid(pm2Home: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(pm2Home, 'pm2.pid'), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** What a scan of this host found. `error` when the process list could not be read (no `ps`). */
export interface StrayScan {
  readonly strays: StrayProcess[];
  readonly error: string | undefined;
}

/**
 * Scans this host (ps-list) for the installation's bot processes PM2 does not run. Only meaningful while
 * PM2 runs the apps: pass the pids PM2 reports (`pm2Pids`) and its home for the daemon's pid.
 *
 * @example
 * const { strays } = await scanHostStrays({ dataDir: config.dataDir, pm2Pids: [101, 102, 103] });
 */
export async function scanHostStrays(options: {
  dataDir: string;
  pm2Pids: readonly number[];
  pm2Home?: string;
}): Promise<StrayScan> {
  const dataDir = resolve(options.dataDir);
  const daemon = options.pm2Home ? pm2DaemonPid(options.pm2Home) : undefined;
  let processes: ProcessInfo[];
  try {
    processes = (await psList({ all: true })).map((p) => ({
      pid: p.pid,
      ppid: p.ppid,
      cmd: p.cmd ?? p.name,
    }));
  } catch (err) {
    return { strays: [], error: `process scan failed: ${String((err as Error).message ?? err)}` };
  }
  const strays = classifyStrays({
    processes,
    pm2Pids: [...options.pm2Pids, ...(daemon ? [daemon] : [])],
    dataDir,
    dataDirOf: processDataDir,
    lockOwnerPid: lockOwner(dataDir),
    selfPid: process.pid,
    host: hostname(),
  });
  return { strays, error: undefined };
}

/**
 * The stray the 409 pattern betrays: bot-poller stood back because another poller keeps winning
 * getUpdates with our token. Its pid and host are unknown (Telegram does not say): another machine, a
 * container, or a process this scan cannot see.
 *
 * @example
 * const s = strayFrom409('another bot instance keeps polling…'); // { source: 'telegram-409', pid: undefined, … }
 */
export function strayFrom409(alarm: string | undefined): StrayProcess | undefined {
  if (!alarm?.includes('another bot instance')) return undefined;
  return {
    pid: undefined,
    host: 'unknown (not seen on this host)',
    app: 'bot-poller',
    source: 'telegram-409',
    detail: alarm,
  };
}
