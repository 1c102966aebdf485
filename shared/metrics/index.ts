/**
 * Prometheus metrics: a registry per process and the database-derived gauges the web app exposes.
 *
 * @example
 * import { createMetricsRegistry, registerDbGauges } from '../../shared/metrics/index.js';
 */
export { registerDbGauges } from './db-gauges.js';
export { createMetricsRegistry } from './registry.js';
