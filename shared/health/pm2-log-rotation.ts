import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';

/** Options of {@link rotatePm2Logs}. */
export interface Pm2LogRotation {
  /** PM2's log folder (`LOG_DIR/pm2`, see ecosystem.config.cjs). */
  readonly dir: string;
  /** A file past this size is rotated (default 20 MB, as the apps' own logs). */
  readonly maxBytes?: number;
  /** Rotated copies kept per file: `<name>.1` newest … `<name>.<keep>` (default 2). */
  readonly keep?: number;
}

/**
 * Rotates PM2's copies of the apps' console output (`*.out.log`, `*.err.log`), which PM2 itself never
 * rotates (pm2-logrotate is a separate module): copy, then truncate in place, because PM2 keeps the file
 * open in append mode — a rename would leave it writing into the rotated copy. Lines written between the
 * copy and the truncation are lost (microseconds; the apps' own JSON logs have them). Returns the files
 * rotated.
 *
 * @example
 * rotatePm2Logs({ dir: '/srv/bot/logs/pm2' }); // ['bot-poller.out.log']
 */
export function rotatePm2Logs(options: Pm2LogRotation): string[] {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 2);
  let names: string[];
  try {
    names = readdirSync(options.dir).filter((n) => n.endsWith('.out.log') || n.endsWith('.err.log'));
  } catch {
    return []; // no PM2 logs (not under PM2, or nothing written yet)
  }
  const rotated: string[] = [];
  for (const name of names) {
    const file = join(options.dir, name);
    try {
      if (statSync(file).size <= maxBytes) continue;
      rmSync(`${file}.${keep}`, { force: true });
      for (let i = keep - 1; i >= 1; i--)
        if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
      copyFileSync(file, `${file}.1`);
      truncateSync(file, 0);
      rotated.push(name);
    } catch {
      // vanished or unreadable meanwhile: next round
    }
  }
  return rotated;
}
