import { z } from 'zod';
import { badRequest, conflict, tooManyRequests } from './errors.js';
import type { MethodContext, MethodHandler } from './method-context.js';
import { boolParam, intParam, parseParams, stringParam } from './param-schemas.js';
import { jsonParam } from './request-params.js';
import { kickWebhookDelivery } from './webhook-delivery.js';

/**
 * A result that also carries Telegram's `description` (setWebhook: "Webhook was set").
 *
 * @example
 * return new DescribedResult(true, 'Webhook was set');
 */
export class DescribedResult {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

function allowedUpdatesParam(v: unknown): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = jsonParam(v, 'bad allowed_updates');
  } catch {
    return undefined;
  }
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : undefined;
}

const getUpdatesSchema = z.object({
  offset: intParam(undefined),
  limit: intParam(undefined),
  timeout: intParam(undefined),
});

const getUpdates: MethodHandler = (ctx) => {
  const p = parseParams(getUpdatesSchema, ctx.params.values);
  const allowed = allowedUpdatesParam(ctx.params.values.allowed_updates);
  return ctx.bot.queue.getUpdates(
    {
      offset: p.offset ?? 0,
      limit: Math.min(100, Math.max(1, p.limit ?? 100)),
      timeoutSec: Math.max(0, p.timeout ?? 0),
      ...(allowed ? { allowedUpdates: allowed } : {}),
      remote: ctx.remote,
    },
    ctx.signal,
  );
};

function checkWebhookUrl(ctx: MethodContext, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (loopback && ctx.state.behaviour.allowLoopbackHttpWebhooks && url.protocol === 'http:') return url;
  if (url.protocol !== 'https:') throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
  if (url.port !== '' && !['80', '88', '443', '8443'].includes(url.port)) {
    throw badRequest('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
  }
  return url;
}

const setWebhookSchema = z.object({
  url: stringParam(),
  secret_token: stringParam(),
  max_connections: intParam(undefined),
  ip_address: stringParam(),
  drop_pending_updates: boolParam(),
});

const setWebhook: MethodHandler = (ctx) => {
  const p = parseParams(setWebhookSchema, ctx.params.values);
  const q = ctx.bot.queue;
  if (p.url === undefined) {
    if (p.drop_pending_updates) q.dropAll();
    const had = q.webhook !== undefined;
    q.webhook = undefined;
    return new DescribedResult(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
  }
  const url = checkWebhookUrl(ctx, p.url);
  if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(p.secret_token)) {
    throw badRequest('secret token contains unallowed characters');
  }
  const allowed = allowedUpdatesParam(ctx.params.values.allowed_updates);
  if (allowed) q.setAllowedUpdates(allowed);
  if (p.drop_pending_updates) q.dropAll();
  const same = q.webhook?.url === url.href;
  q.webhook = {
    url: url.href,
    maxConnections: Math.min(100, Math.max(1, p.max_connections ?? 40)),
    ...(p.secret_token ? { secretToken: p.secret_token } : {}),
    ...(p.ip_address ? { ipAddress: p.ip_address } : {}),
  };
  q.terminatePoll(conflict('terminated by setWebhook request'));
  q.onPush = () => kickWebhookDelivery(ctx.state, ctx.bot);
  kickWebhookDelivery(ctx.state, ctx.bot);
  return new DescribedResult(true, same ? 'Webhook is already set' : 'Webhook was set');
};

const deleteWebhook: MethodHandler = (ctx) => {
  const p = parseParams(z.object({ drop_pending_updates: boolParam() }), ctx.params.values);
  const q = ctx.bot.queue;
  if (p.drop_pending_updates) q.dropAll();
  const had = q.webhook !== undefined;
  q.webhook = undefined;
  return new DescribedResult(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
};

const getWebhookInfo: MethodHandler = (ctx) => {
  const q = ctx.bot.queue;
  const w = q.webhook;
  const allowed = q.allowedUpdates;
  return {
    url: w?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: q.pendingCount,
    ...(w?.ipAddress ? { ip_address: w.ipAddress } : {}),
    ...(w?.lastErrorDate ? { last_error_date: w.lastErrorDate, last_error_message: w.lastErrorMessage } : {}),
    ...(w ? { max_connections: w.maxConnections } : {}),
    ...(w && allowed.length > 0 ? { allowed_updates: allowed } : {}),
  };
};

const close: MethodHandler = (ctx) => {
  const left = ctx.state.behaviour.closeCooldownSeconds - (Date.now() - ctx.bot.startedAt) / 1000;
  if (left > 0) throw tooManyRequests(Math.ceil(left));
  ctx.bot.queue.terminatePoll();
  return true;
};

const logOut: MethodHandler = (ctx) => {
  ctx.bot.loggedOutUntil = Date.now() + ctx.state.behaviour.logOutLockSeconds * 1000;
  ctx.bot.queue.terminatePoll();
  return true;
};

/** Update-delivery Bot API methods (polling, webhooks, close, logOut). */
export const updateMethods: Record<string, MethodHandler> = {
  getUpdates,
  setWebhook,
  deleteWebhook,
  getWebhookInfo,
  close,
  logOut,
};
