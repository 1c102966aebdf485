import type Koa from 'koa';
import { operatorAuthorized, publicAccess } from '../../../shared/status/index.js';

/**
 * Koa middleware guarding the operators' pages with `STATUS_TOKEN` (no token configured: everything
 * passes, for a web app bound to 127.0.0.1). Without the token a request gets 401 with a basic-auth
 * challenge, except the webhook (open) and `/livez`, `/healthz` (status code and `{ status }` only) —
 * whatever its source address, since behind a proxy every request looks local.
 *
 * @example
 * app.use(operatorAuth(config.web.statusToken));
 */
export function operatorAuth(token: string | undefined): Koa.Middleware {
  return async (ctx, next) => {
    if (!token) return next();
    const access = publicAccess(ctx.path);
    if (access === 'open' || operatorAuthorized(ctx.get('authorization') || undefined, token)) return next();
    if (access === 'status-only') {
      await next();
      ctx.body = { status: ctx.status === 200 ? 'ok' : 'unhealthy' };
      return;
    }
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Basic realm="running coach status", charset="UTF-8"');
    ctx.body = 'Unauthorized: send the STATUS_TOKEN as a bearer token or as the basic-auth password.';
  };
}
