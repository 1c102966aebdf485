export {
  type Heartbeat,
  HeartbeatWriter,
  healthFilePath,
  heartbeatSchema,
  readHeartbeat,
  runDir,
} from './heartbeat.js';
export { type Pm2LogRotation, rotatePm2Logs } from './pm2-log-rotation.js';
export { POLLER_ADVISORY_KEY, PollerLock, type PollerLockOptions } from './poller-lock.js';
export { type StrayOutcome, terminateStrays } from './stray-terminator.js';
export {
  classifyStrays,
  type ProcessInfo,
  processDataDir,
  type StrayProcess,
  type StrayScan,
  type StrayScanInput,
  scanHostStrays,
  strayFrom409,
} from './strays.js';
export {
  DEFAULT_WATCHDOG_POLICY,
  decideRestarts,
  describeStray,
  type Pm2AppState,
  type Pm2Control,
  type RestartHistory,
  readAllHeartbeats,
  Watchdog,
  type WatchdogDecision,
  type WatchdogPolicy,
  type WatchedBeat,
} from './watchdog.js';
