/**
 * The logging the queue needs; the apps' winston logger fits as is.
 *
 * @example
 * new Worker(sql, 'vision', handler, { log: container.log });
 */
export interface QueueLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/**
 * The default logger: warnings and errors to stderr, the rest dropped.
 *
 * @example
 * const log = options.log ?? consoleQueueLogger;
 */
export const consoleQueueLogger: QueueLogger = {
  debug: () => {},
  info: () => {},
  warn: (message, meta) => console.warn(`[queue] ${message}`, meta ?? ''),
  error: (message, meta) => console.error(`[queue] ${message}`, meta ?? ''),
};
