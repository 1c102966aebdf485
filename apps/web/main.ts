import type { Server } from 'node:http';
import { join } from 'node:path';
import Router from '@koa/router';
import Koa from 'koa';
import { startApp } from '../../shared/app/index.js';
import { Watchdog } from '../../shared/health/index.js';
import { createMetricsRegistry, registerDbGauges } from '../../shared/metrics/index.js';
import { DbSnapshotReader, Pm2Client, progressApps } from '../../shared/status/index.js';
import { createTelegram, sharedWebhookSecret } from '../../shared/telegram/index.js';
import { registerCalendarRoutes } from './routes/calendar-routes.js';
import { registerChatRoutes } from './routes/chat-routes.js';
import { registerMetricsRoutes } from './routes/metrics-routes.js';
import { operatorAuth } from './routes/operator-auth.js';
import { registerStatusRoutes } from './routes/status-routes.js';
import { registerWebhook, registerWebhookRoutes, webhookEndpoint } from './routes/webhook-routes.js';

// Status page, /healthz, /livez, /metrics, /chat (local mode), the Telegram webhook (webhook mode) and the
// watchdog that restarts frozen apps through PM2. HEALTH_STALE_MS / WATCHDOG_STALE_MS tune staleness.
await startApp('web', async ({ config, log, sql, signal, onStop }) => {
  const settings = config.health;
  const pm2 = new Pm2Client();
  const watchdog = new Watchdog({
    dataDir: config.dataDir,
    pm2,
    log,
    intervalMs: settings.watchdogIntervalMs,
    policy: { staleMs: settings.watchdogStaleMs, progressApps: progressApps(config) },
    strays: { policy: settings.strayPolicy, pm2Home: pm2.home },
    pm2Logs: { dir: join(config.logDir, 'pm2') },
  });

  // One reader for the page, /healthz and /metrics: the request rate never multiplies database reads.
  const dbReader = new DbSnapshotReader(sql, { totalsMaxAgeMs: settings.totalsMaxAgeMs });
  const readDb = () => dbReader.read();
  const registry = createMetricsRegistry('web');
  registerDbGauges(registry, readDb);

  const router = new Router();
  registerStatusRoutes(router, () => ({
    config,
    sql,
    pm2,
    staleMs: settings.staleMs,
    watchdog: watchdog.decisions,
    strays: watchdog.strays,
    readDb,
  }));
  registerMetricsRoutes(router, registry);
  registerChatRoutes(router, config);
  registerCalendarRoutes(router, sql);
  if (config.telegram.mode === 'webhook' && config.telegram.webhookUrl) {
    const secret = await sharedWebhookSecret(sql);
    registerWebhookRoutes(router, { sql, log, secret });
    void registerWebhook(createTelegram(config), {
      url: webhookEndpoint(config.telegram.webhookUrl),
      secret,
      log,
      signal,
    });
  }

  const app = new Koa();
  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'no-referrer');
    try {
      await next();
    } catch (err) {
      log.error(`request failed: ${ctx.method} ${ctx.path}: ${String((err as Error).message ?? err)}`);
      ctx.status = 500;
      ctx.body = { ok: false, error: 'internal error' };
    }
  });
  app.use(operatorAuth(config.web.statusToken));
  app.use(router.routes()).use(router.allowedMethods());

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.web.host, () => resolve(s));
    s.once('error', reject);
  });
  server.requestTimeout = 30_000;
  log.info('web listening', {
    host: config.web.host,
    port: config.port,
    auth: Boolean(config.web.statusToken),
  });
  watchdog.start();

  onStop(async () => {
    await watchdog.stop();
    pm2.disconnect();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });
});
