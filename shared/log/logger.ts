import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import winston from 'winston';
import { redactText, redactValue } from './redact.js';

/** The logger every app gets from its container. */
export type Logger = winston.Logger;

export interface LoggerOptions {
  /** App name: the file is `<dir>/<app>.log`, and every line carries `app`. */
  readonly app: string;
  readonly dir: string;
  readonly level?: string;
  /** Secrets to redact besides the built-in token/key patterns. */
  readonly secrets?: readonly string[];
  /** Console output for `pm2 logs` (default true). */
  readonly console?: boolean;
}

const SPLAT = Symbol.for('splat');

/**
 * Creates the app's winston logger: JSON lines in `<dir>/<app>.log` (rotated at 20 MB, 5 files kept) and a readable console line for `pm2 logs`. Every message, meta field and error stack is redacted.
 *
 * @example
 * const log = createLogger({ app: 'bot-poller', dir: 'logs' });
 * log.info('ready', { pid: process.pid });
 */
export function createLogger(options: LoggerOptions): Logger {
  mkdirSync(options.dir, { recursive: true });
  const secrets = options.secrets ?? [];
  const redact = winston.format((info) => {
    for (const key of Object.keys(info)) {
      (info as Record<string, unknown>)[key] = redactValue(info[key], secrets);
    }
    if (typeof info.message !== 'string') info.message = redactText(String(info.message), secrets);
    const splat = (info as unknown as Record<symbol, unknown>)[SPLAT];
    if (Array.isArray(splat))
      (info as unknown as Record<symbol, unknown>)[SPLAT] = redactValue(splat, secrets);
    return info;
  });
  const base = winston.format.combine(
    winston.format.errors({ stack: true }),
    redact(),
    winston.format.timestamp(),
  );
  const transports: winston.transport[] = [
    // winston's own File transport rotates by size and, being tailable, keeps the live file at
    // `<app>.log` (older ones become `<app>1.log`, `<app>2.log`, …), which is what operators tail.
    new winston.transports.File({
      filename: logFilePath(options.dir, options.app),
      maxsize: 20 * 1024 * 1024,
      maxFiles: 5,
      tailable: true,
      format: winston.format.combine(base, winston.format.json()),
    }),
  ];
  if (options.console !== false) {
    transports.push(
      new winston.transports.Console({
        format: winston.format.combine(
          base,
          winston.format.printf((info) => {
            const { level, message, timestamp, app, stack, ...rest } = info;
            const meta = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
            return `${String(timestamp)} ${level.toUpperCase().padEnd(5)} [${String(app)}] ${String(message)}${meta}${stack ? `\n${String(stack)}` : ''}`;
          }),
        ),
      }),
    );
  }
  return winston.createLogger({
    level: options.level ?? 'info',
    defaultMeta: { app: options.app },
    transports,
  });
}

/** Path of an app's log file. @example logFilePath('logs', 'web') // 'logs/web.log' */
export function logFilePath(dir: string, app: string): string {
  return join(dir, `${app}.log`);
}
