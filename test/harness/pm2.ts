import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One app as `pm2 jlist` reports it. */
export interface Pm2App {
  readonly name: string;
  readonly status: string;
  readonly restarts: number;
  readonly pid: number;
}

/**
 * Lists PM2's apps for a given PM2_HOME (tests never use the operator's ~/.pm2). Empty when no daemon.
 *
 * @example
 * const apps = await pm2List('/tmp/pm2-home');
 */
export async function pm2List(pm2Home: string): Promise<Pm2App[]> {
  // Any pm2 CLI command spawns a daemon when none runs; never do that behind the test's back.
  if (!daemonRunning(pm2Home)) return [];
  try {
    const { stdout } = await run(process.execPath, ['node_modules/pm2/bin/pm2', 'jlist'], {
      env: { ...process.env, PM2_HOME: pm2Home },
    });
    const json = stdout.slice(stdout.indexOf('['));
    const apps = JSON.parse(json) as Array<{
      name: string;
      pid: number;
      pm2_env: { status: string; restart_time: number };
    }>;
    return apps.map((a) => ({
      name: a.name,
      status: a.pm2_env.status,
      restarts: a.pm2_env.restart_time,
      pid: a.pid,
    }));
  } catch {
    return [];
  }
}

/** Kills the PM2 daemon of a PM2_HOME (cleanup). */
export async function pm2Kill(pm2Home: string): Promise<void> {
  if (!daemonRunning(pm2Home)) return;
  await run(process.execPath, ['node_modules/pm2/bin/pm2', 'kill'], {
    env: { ...process.env, PM2_HOME: pm2Home },
  }).catch(() => {});
}

function daemonRunning(pm2Home: string): boolean {
  return existsSync(join(pm2Home, 'rpc.sock'));
}
