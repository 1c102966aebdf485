import { join } from 'node:path';
import { type Config, loadConfigOrExit } from '../config/index.js';
import {
  createSql,
  embeddedDatabaseUrl,
  MigrationError,
  migrate,
  type Sql,
  waitForDatabase,
} from '../db/index.js';
import { HeartbeatWriter } from '../health/index.js';
import { createLogger, type Logger } from '../log/index.js';
import type { AppName, Container } from './container.js';
import { projectRoot } from './project-root.js';

/** Exit code when the database schema cannot be brought up to date (e.g. a changed migration). */
export const MIGRATION_EXIT_CODE = 79;

export interface StartAppOptions {
  /** Longest a graceful stop may take before the process exits anyway (default 25 s). */
  readonly stopTimeoutMs?: number;
  /** Connection pool size (default 10). */
  readonly poolSize?: number;
  /** Heartbeat file name while starting (default: the app name); the app may switch it later. */
  readonly heartbeatFile?: string;
}

/**
 * Starts an app: config (exits 78 when invalid), logger, signal handlers (registered before anything
 * long-running), heartbeat, database (waits with backoff), migrations (exits 79 on a changed file), then
 * the app's own `setup`. SIGINT/SIGTERM abort `container.signal`, run the stop steps in reverse, close the
 * database, remove the heartbeat and exit 0.
 *
 * @example
 * await startApp('vision', async (c) => {
 *   const worker = new Worker(c.sql, 'vision', handler);
 *   c.onStop(() => worker.close());
 * });
 */
export async function startApp(
  app: AppName,
  setup: (container: Container) => Promise<void>,
  options: StartAppOptions = {},
): Promise<void> {
  const config = loadConfigOrExit(app);
  const log = createLogger({ app, dir: config.logDir, level: config.logLevel, secrets: config.secrets });
  const controller = new AbortController();
  const stopSteps: Array<() => Promise<void> | void> = [];
  const heartbeat = new HeartbeatWriter({ dataDir: config.dataDir, app, fileName: options.heartbeatFile });
  let sql: Sql | undefined;
  let stopping = false;

  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { reason });
    heartbeat.setState('stopping');
    controller.abort(new Error(`stopping: ${reason}`));
    const deadline = setTimeout(() => {
      log.error('graceful stop timed out; exiting', { timeoutMs: options.stopTimeoutMs ?? 25_000 });
      void flushAndExit(log, 1);
    }, options.stopTimeoutMs ?? 25_000);
    deadline.unref();
    for (const step of stopSteps.reverse()) {
      try {
        await step();
      } catch (err) {
        log.error('stop step failed', { err });
      }
    }
    await sql?.end({ timeout: 5 }).catch(() => {});
    heartbeat.stop();
    log.info('stopped');
    await flushAndExit(log, code);
  };
  // `on`, not `once`: PM2 may signal twice (stop + tree kill); a repeat must not kill us mid-stop.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('uncaughtException', (err) => {
    log.error('uncaught exception; exiting so PM2 restarts the app', { err });
    void flushAndExit(log, 1);
  });
  process.on('unhandledRejection', (err) => {
    log.error('unhandled rejection; exiting so PM2 restarts the app', { err });
    void flushAndExit(log, 1);
  });

  heartbeat.start();
  log.info('starting', { pid: process.pid, node: process.version, mode: describeMode(config) });
  const url = config.databaseUrl ?? embeddedDatabaseUrl();
  sql = createSql(url, { applicationName: app, max: options.poolSize });
  try {
    const latencyMs = await waitForDatabase(sql, {
      signal: controller.signal,
      onRetry: (err, delayMs, attempt) =>
        log.warn('database not reachable yet; retrying', { err: String(err), delayMs, attempt }),
    });
    log.info('database reachable', { latencyMs: Math.round(latencyMs * 10) / 10 });
    const { applied } = await migrate(sql, join(projectRoot(), 'sql'));
    if (applied.length > 0) log.info('migrations applied', { applied });
  } catch (err) {
    if (controller.signal.aborted) return; // stopped while waiting
    if (err instanceof MigrationError) {
      log.error(err.message, { code: err.code, file: err.file });
      heartbeat.stop();
      await flushAndExit(log, MIGRATION_EXIT_CODE);
    }
    throw err;
  }

  const container: Container = {
    app,
    config,
    log,
    sql,
    heartbeat,
    signal: controller.signal,
    onStop: (step) => {
      stopSteps.push(step);
    },
  };
  await setup(container);
  if (!stopping) {
    // A state the app set itself during setup (e.g. bot-poller's `standby`) wins over the generic `ready`.
    if (heartbeat.currentState === 'starting') heartbeat.setState('ready');
    heartbeat.progress();
    log.info('ready');
  }
}

function describeMode(config: Config) {
  return {
    database: config.databaseUrl ? 'external' : 'embedded',
    telegram: config.telegram.local ? 'sandbox' : config.telegram.mode,
    planner: config.openai.apiKey ? 'llm' : 'deterministic',
  };
}

/** Waits for the log file transport to flush, then exits. */
export async function flushAndExit(log: Logger, code: number): Promise<never> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2_000);
    log.on('finish', () => {
      clearTimeout(timer);
      resolve();
    });
    log.end();
  });
  process.exit(code);
}
