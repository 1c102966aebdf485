import { type Config, loadConfigOrExit } from '../config/index.js';
import { HeartbeatWriter } from '../health/index.js';
import { createLogger, type Logger } from '../log/index.js';
import type { AppName, ProcessContainer } from './container.js';

/**
 * Options of `startProcess` and `startApp`.
 *
 * @example
 * const o: StartProcessOptions = { stopTimeoutMs: 25_000, heartbeatFile: 'bot-poller.starting-42' };
 */
export interface StartProcessOptions {
  /** Longest a graceful stop may take before the process exits anyway (default 25 s). */
  readonly stopTimeoutMs?: number;
  /** Heartbeat file name while starting (default: the app name); the app may switch it later. */
  readonly heartbeatFile?: string;
}

/**
 * Starts a process without a database of its own: config (exits 78 when invalid), logger, signal handlers
 * (registered before anything long-running), uncaught errors (logged, exit 1 so PM2 restarts), heartbeat,
 * then the app's own `setup`; afterwards the heartbeat turns `ready` unless setup set a state itself.
 * SIGINT/SIGTERM abort `container.signal`, run the stop steps in reverse (bounded by `stopTimeoutMs`:
 * exit 1 past it), remove the heartbeat and exit 0. `startApp` is this plus the database; the `postgres`
 * app, which IS the database, uses it directly.
 *
 * @example
 * await startProcess('postgres', async ({ heartbeat, onStop }) => {
 *   const cluster = await startEmbeddedCluster({ dir });
 *   onStop(() => cluster.stop());
 *   heartbeat.setState('ready', { port: cluster.port });
 * });
 */
export async function startProcess(
  app: AppName,
  setup: (container: ProcessContainer) => Promise<void>,
  options: StartProcessOptions = {},
): Promise<void> {
  const config = loadConfigOrExit(app);
  const log = createLogger({ app, dir: config.logDir, level: config.logLevel, secrets: config.secrets });
  const controller = new AbortController();
  const stopSteps: Array<() => Promise<void> | void> = [];
  const heartbeat = new HeartbeatWriter({ dataDir: config.dataDir, app, fileName: options.heartbeatFile });
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
  await setup({
    app,
    config,
    log,
    heartbeat,
    signal: controller.signal,
    onStop: (step) => {
      stopSteps.push(step);
    },
  });
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

/**
 * Waits for the log file transport to flush, then exits.
 *
 * @example
 * await flushAndExit(log, 1);
 */
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
