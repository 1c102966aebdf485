export {
  type Heartbeat,
  HeartbeatWriter,
  healthFilePath,
  heartbeatSchema,
  readHeartbeat,
  runDir,
} from './heartbeat.js';
export { POLLER_ADVISORY_KEY, PollerLock, type PollerLockOptions } from './poller-lock.js';
export {
  DEFAULT_WATCHDOG_POLICY,
  decideRestarts,
  type Pm2AppState,
  type Pm2Control,
  type RestartHistory,
  readAllHeartbeats,
  Watchdog,
  type WatchdogDecision,
  type WatchdogPolicy,
  type WatchedBeat,
} from './watchdog.js';
