import { pidIsAlive } from '../sync/index.js';
import type { StrayProcess } from './strays.js';

/** What happened to one stray. */
export interface StrayOutcome {
  readonly pid: number;
  readonly app: string | undefined;
  /** `stopped`: exited on SIGTERM · `killed`: needed SIGKILL · `gone`: already dead · `failed`: EPERM etc. */
  readonly outcome: 'stopped' | 'killed' | 'gone' | 'failed';
  readonly error?: string;
}

function signal(pid: number, sig: NodeJS.Signals): string | undefined {
  try {
    process.kill(pid, sig);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ESRCH' ? 'gone' : String(code ?? err);
  }
}

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!pidIsAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !pidIsAlive(pid);
}

/**
 * Stops strays on this host: SIGTERM (the app's graceful stop: stored updates stay safe), then SIGKILL
 * after `graceMs` (default 10 s). Only strays with a pid on `host` are touched; the caller passes strays
 * from a fresh {@link scanHostStrays}, which never lists PM2's own apps. `protectedPids` (PM2's apps and
 * daemon) are refused again here as a second guard.
 *
 * @example
 * const outcomes = await terminateStrays(scan.strays, { host: hostname(), protectedPids: pm2Pids });
 * // [{ pid: 4242, app: 'bot-poller', outcome: 'stopped' }]
 */
export async function terminateStrays(
  strays: readonly StrayProcess[],
  options: { host: string; protectedPids: readonly number[]; graceMs?: number },
): Promise<StrayOutcome[]> {
  const targets = strays.filter(
    (s): s is StrayProcess & { pid: number } =>
      s.pid !== undefined &&
      s.host === options.host &&
      s.pid !== process.pid &&
      !options.protectedPids.includes(s.pid),
  );
  const unique = [...new Map(targets.map((s) => [s.pid, s])).values()];
  return Promise.all(
    unique.map(async (stray): Promise<StrayOutcome> => {
      const base = { pid: stray.pid, app: stray.app };
      const termError = signal(stray.pid, 'SIGTERM');
      if (termError === 'gone') return { ...base, outcome: 'gone' };
      if (termError) return { ...base, outcome: 'failed', error: termError };
      if (await exitedWithin(stray.pid, options.graceMs ?? 10_000)) return { ...base, outcome: 'stopped' };
      const killError = signal(stray.pid, 'SIGKILL');
      if (killError && killError !== 'gone') return { ...base, outcome: 'failed', error: killError };
      return { ...base, outcome: 'killed' };
    }),
  );
}
