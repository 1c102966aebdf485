import type Router from '@koa/router';
import type { Registry } from 'prom-client';

/**
 * `/metrics`: the Prometheus text exposition of the web process's registry (default process metrics plus
 * the database gauges, computed at scrape time).
 *
 * @example
 * registerMetricsRoutes(router, registry);
 */
export function registerMetricsRoutes(router: Router, registry: Registry): void {
  router.get('/metrics', async (ctx) => {
    const body = await registry.metrics();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = registry.contentType;
    ctx.body = body;
  });
}
