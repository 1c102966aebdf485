import { join } from 'node:path';
import { createSql, embeddedDatabaseUrl, MigrationError, migrate, waitForDatabase } from '../db/index.js';
import type { AppName, Container } from './container.js';
import { projectRoot } from './project-root.js';
import { flushAndExit, type StartProcessOptions, startProcess } from './start-process.js';

/** Exit code when the database schema cannot be brought up to date (e.g. a changed migration). */
export const MIGRATION_EXIT_CODE = 79;

/**
 * Options of {@link startApp}.
 *
 * @example
 * const o: StartAppOptions = { poolSize: 20 };
 */
export interface StartAppOptions extends StartProcessOptions {
  /** Connection pool size (default 10). */
  readonly poolSize?: number;
}

/**
 * Starts an app: `startProcess` (config — exits 78 when invalid —, logger, signal handlers registered
 * before anything long-running, heartbeat), then the database (waits with backoff), migrations (exits 79
 * on a changed file), then the app's own `setup`. SIGINT/SIGTERM abort `container.signal`, run the stop
 * steps in reverse, close the database, remove the heartbeat and exit 0.
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
  await startProcess(
    app,
    async (base) => {
      const { config, log, heartbeat, signal } = base;
      const url = config.databaseUrl ?? embeddedDatabaseUrl();
      const sql = createSql(url, { applicationName: app, max: options.poolSize });
      // Registered first, so it runs last: after every step of the app that may still use the database.
      base.onStop(() => sql.end({ timeout: 5 }).catch(() => {}));
      try {
        const latencyMs = await waitForDatabase(sql, {
          signal,
          onRetry: (err, delayMs, attempt) =>
            log.warn('database not reachable yet; retrying', { err: String(err), delayMs, attempt }),
        });
        log.info('database reachable', { latencyMs: Math.round(latencyMs * 10) / 10 });
        const { applied } = await migrate(sql, join(projectRoot(), 'sql'));
        if (applied.length > 0) log.info('migrations applied', { applied });
      } catch (err) {
        if (signal.aborted) return; // stopped while waiting
        if (err instanceof MigrationError) {
          log.error(err.message, { code: err.code, file: err.file });
          heartbeat.stop();
          await flushAndExit(log, MIGRATION_EXIT_CODE);
        }
        throw err;
      }
      await setup({ ...base, sql });
    },
    options,
  );
}
