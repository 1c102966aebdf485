import type { Config } from '../config/index.js';
import type { Sql } from '../db/index.js';
import type { HeartbeatWriter } from '../health/index.js';
import type { Logger } from '../log/index.js';

/** Names of the processes PM2 runs. */
export type AppName = 'bot-poller' | 'reminder' | 'vision' | 'web' | 'postgres' | 'sandbox';

/**
 * What every process gets from `startProcess`: configuration, logger, heartbeat and graceful stop.
 *
 * @example
 * await startProcess('postgres', async ({ log, heartbeat, onStop }) => { … });
 */
export interface ProcessContainer {
  readonly app: AppName;
  readonly config: Config;
  readonly log: Logger;
  readonly heartbeat: HeartbeatWriter;
  /** Aborted when the app is asked to stop (SIGINT/SIGTERM). */
  readonly signal: AbortSignal;
  /** Registers a graceful-stop step; steps run in reverse order of registration. */
  onStop(step: () => Promise<void> | void): void;
}

/**
 * The one object every app on the database builds at start and hands to its features.
 *
 * @example
 * await startApp('reminder', async ({ sql, log, onStop }) => { … });
 */
export interface Container extends ProcessContainer {
  readonly sql: Sql;
}
