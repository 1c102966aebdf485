export {
  type Heartbeat,
  HeartbeatWriter,
  healthFilePath,
  heartbeatSchema,
  readHeartbeat,
  runDir,
} from './heartbeat.js';
