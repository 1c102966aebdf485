import type Router from '@koa/router';
import { type CollectStatusOptions, collectStatus, renderStatusPage } from '../../../shared/status/index.js';

/**
 * `/` (HTML status page), `/healthz` (JSON verdicts; 200 when the database answers and bot-poller's
 * heartbeat is fresh, 503 with the reasons otherwise) and `/livez` (200 while this process serves).
 *
 * @example
 * registerStatusRoutes(router, () => ({ config, sql, pm2, staleMs: 60_000, watchdog: dog.decisions }));
 */
export function registerStatusRoutes(router: Router, options: () => CollectStatusOptions): void {
  router.get('/', async (ctx) => {
    const report = await collectStatus(options());
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderStatusPage(report);
  });

  router.get('/healthz', async (ctx) => {
    const report = await collectStatus(options());
    ctx.set('Cache-Control', 'no-store');
    ctx.status = report.healthy ? 200 : 503;
    ctx.body = {
      status: report.healthy ? 'ok' : 'unhealthy',
      reasons: report.problems,
      checkedAt: report.generatedAt,
      staleMs: report.staleMs,
      database: { reachable: report.db.reachable, latencyMs: report.db.latencyMs, error: report.db.error },
      poller: report.poller,
      pm2: report.pm2,
      apps: report.apps.map((a) => ({
        name: a.name,
        verdict: a.verdict,
        reasons: a.reasons,
        pm2Status: a.pm2?.status,
        heartbeat: a.heartbeat,
      })),
      watchdog: report.watchdog,
    };
  });

  router.get('/livez', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok', pid: process.pid, uptimeSec: Math.round(process.uptime()) };
  });
}
