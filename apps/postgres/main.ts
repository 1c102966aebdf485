import { join } from 'node:path';
import { flushAndExit, startProcess } from '../../shared/app/index.js';
import { startEmbeddedCluster } from '../../shared/db/index.js';

// Local mode only (no DATABASE_URL): owns the embedded PostgreSQL cluster under DATA_DIR/pg, so that
// operators see the database as a PM2 app and Ctrl-C stops it cleanly with the others. It IS the database
// the other apps wait for, so it starts through `startProcess` (config, logger, signals, heartbeat, graceful
// stop), the part of `startApp` before the database connection and migrations.
await startProcess(
  'postgres',
  async ({ config, log, heartbeat, onStop }) => {
    const dir = join(config.dataDir, 'pg');
    log.info('starting embedded PostgreSQL', { dir });
    let cluster: Awaited<ReturnType<typeof startEmbeddedCluster>>;
    try {
      cluster = await startEmbeddedCluster({
        dir,
        onLog: (line) => {
          if (line) log.debug(line);
        },
      });
    } catch (err) {
      log.error('embedded PostgreSQL failed to start', { err });
      heartbeat.stop();
      await flushAndExit(log, 1);
      return;
    }
    onStop(async () => {
      log.info('stopping embedded PostgreSQL');
      await cluster.stop().catch((err) => log.error('stop failed', { err }));
    });
    heartbeat.setState('ready', { port: cluster.port });
    log.info('embedded PostgreSQL accepting connections', { port: cluster.port });
    // Progress = the cluster is still accepting connections; cheap TCP-free check via its pid file is
    // enough for the watchdog, the apps' own `select 1` covers the rest.
    const progress = setInterval(() => heartbeat.progress(), 5_000);
    progress.unref();
    onStop(() => clearInterval(progress));
  },
  // PM2's kill_timeout for this app is 30 s: a stop may take until then, as it always could.
  { stopTimeoutMs: 29_000 },
);
