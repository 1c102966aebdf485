import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redactText } from '../log/redact.js';

/** One `error`-level log line, reduced to what the status page may show. */
export interface RecentError {
  readonly app: string;
  readonly time: string;
  readonly message: string;
}

/** Long digit runs (chat ids, user ids, phone numbers) are masked on the page. */
const LONG_NUMBER = /\d{6,}/g;

/**
 * Makes a log message safe for the status page: secrets redacted (built-in patterns plus `secrets`),
 * long numbers (chat/user ids) masked, length capped.
 *
 * @example
 * sanitizeMessage('send to 123456789 failed', []); // 'send to [id] failed'
 */
export function sanitizeMessage(message: string, secrets: readonly string[]): string {
  const clean = redactText(message, secrets).replace(LONG_NUMBER, '[id]');
  return clean.length > 300 ? `${clean.slice(0, 300)}…` : clean;
}

function tail(file: string, bytes: number): string {
  const size = statSync(file).size;
  const start = Math.max(0, size - bytes);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(size - start);
    readSync(fd, buffer, 0, buffer.length, start);
    const text = buffer.toString('utf8');
    return start > 0 ? text.slice(text.indexOf('\n') + 1) : text;
  } finally {
    closeSync(fd);
  }
}

/**
 * The newest `error`-level lines of every `LOG_DIR/*.log` (the JSON files of shared/log; only the last
 * 256 KB of each file are read): message only — no meta — sanitised with {@link sanitizeMessage}.
 *
 * @example
 * const errors = readRecentErrors('logs', config.secrets, 10);
 */
export function readRecentErrors(logDir: string, secrets: readonly string[], limit = 15): RecentError[] {
  let files: string[];
  try {
    files = readdirSync(logDir).filter((f) => f.endsWith('.log'));
  } catch {
    return [];
  }
  const found: RecentError[] = [];
  for (const name of files) {
    let text: string;
    try {
      text = tail(join(logDir, name), 256 * 1024);
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!line.includes('"error"')) continue;
      try {
        const entry = JSON.parse(line) as {
          level?: unknown;
          message?: unknown;
          app?: unknown;
          timestamp?: unknown;
        };
        if (entry.level !== 'error') continue;
        found.push({
          app: typeof entry.app === 'string' ? entry.app : name.replace(/\.log$/, ''),
          time: typeof entry.timestamp === 'string' ? entry.timestamp : '',
          message: sanitizeMessage(String(entry.message ?? ''), secrets),
        });
      } catch {
        // not a JSON line
      }
    }
  }
  return found.sort((a, b) => b.time.localeCompare(a.time)).slice(0, limit);
}
