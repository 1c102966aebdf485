export { createSql, type Sql, type SqlOptions, type TransactionSql } from './client.js';
export {
  EMBEDDED_DB_NAME,
  EMBEDDED_PG_PORT,
  type EmbeddedCluster,
  type EmbeddedClusterOptions,
  embeddedDatabaseUrl,
  startEmbeddedCluster,
} from './embedded.js';
export { type LeasedTable, type LeaseLog, lapseDeadLocalLeases } from './lapse-dead-leases.js';
export { type MigrationFile, type MigrationResult, migrate, readMigrations } from './migrate.js';
export { MigrationError } from './migration-error.js';
export { QUEUE_TABLES, QueueVacuum, type QueueVacuumOptions } from './queue-vacuum.js';
export { type WaitOptions, waitForDatabase } from './wait.js';
