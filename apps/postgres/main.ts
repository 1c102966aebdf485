import { join } from 'node:path';
import { flushAndExit } from '../../shared/app/index.js';
import { loadConfigOrExit } from '../../shared/config/index.js';
import { startEmbeddedCluster } from '../../shared/db/index.js';
import { HeartbeatWriter } from '../../shared/health/index.js';
import { createLogger } from '../../shared/log/index.js';

// Local mode only (no DATABASE_URL): owns the embedded PostgreSQL cluster under DATA_DIR/pg, so that
// operators see the database as a PM2 app and Ctrl-C stops it cleanly with the others.
const config = loadConfigOrExit('postgres');
const log = createLogger({
  app: 'postgres',
  dir: config.logDir,
  level: config.logLevel,
  secrets: config.secrets,
});
const heartbeat = new HeartbeatWriter({ dataDir: config.dataDir, app: 'postgres' });
let stopCluster: (() => Promise<void>) | undefined;
let stopping = false;

const stop = async (reason: string) => {
  if (stopping) return;
  stopping = true;
  log.info('stopping embedded PostgreSQL', { reason });
  heartbeat.setState('stopping');
  await stopCluster?.().catch((err) => log.error('stop failed', { err }));
  heartbeat.stop();
  log.info('stopped');
  await flushAndExit(log, 0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

heartbeat.start();
const dir = join(config.dataDir, 'pg');
log.info('starting embedded PostgreSQL', { dir });
try {
  const cluster = await startEmbeddedCluster({
    dir,
    onLog: (line) => {
      if (line) log.debug(line);
    },
  });
  stopCluster = cluster.stop;
  heartbeat.setState('ready', { port: cluster.port });
  log.info('ready', { port: cluster.port });
  // Progress = the cluster is still accepting connections; cheap TCP-free check via its pid file is enough
  // for the watchdog, the apps' own `select 1` covers the rest.
  setInterval(() => heartbeat.progress(), 5_000).unref();
} catch (err) {
  log.error('embedded PostgreSQL failed to start', { err });
  heartbeat.stop();
  await flushAndExit(log, 1);
}
