/**
 * The operators' view: verdicts from heartbeats, PM2 and the database; the status page renderer.
 *
 * @example
 * import { collectStatus, Pm2Client, renderStatusPage } from '../../shared/status/index.js';
 */
export {
  type AppStatus,
  type CollectStatusOptions,
  collectStatus,
  type PollerStatus,
  progressApps,
  type StatusReport,
  type Verdict,
} from './collect-status.js';
export { type DbSnapshot, readDbSnapshot } from './db-snapshot.js';
export { DbSnapshotReader, type DbSnapshotReaderOptions } from './db-snapshot-reader.js';
export { Pm2Client, Pm2UnavailableError } from './pm2-client.js';
export { type RecentError, readRecentErrors, sanitizeMessage } from './recent-errors.js';
export { renderStatusPage } from './render-status-page.js';
