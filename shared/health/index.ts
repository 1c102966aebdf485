export {
  type Heartbeat,
  HeartbeatWriter,
  healthFilePath,
  heartbeatSchema,
  readHeartbeat,
  runDir,
} from './heartbeat.js';
export { POLLER_ADVISORY_KEY, PollerLock, type PollerLockOptions } from './poller-lock.js';
