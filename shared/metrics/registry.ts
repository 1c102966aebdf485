import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A Prometheus registry for one process, with prom-client's default process metrics (CPU, memory, event
 * loop lag, GC…) labelled with the app name. Each app owns one; the web app exposes its own on /metrics.
 *
 * @example
 * const registry = createMetricsRegistry('web');
 * ctx.body = await registry.metrics();
 */
export function createMetricsRegistry(app: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  return registry;
}
